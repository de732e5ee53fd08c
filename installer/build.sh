#!/usr/bin/env bash
# Builds Crossover's native package with jpackage, on the OS it runs on:
#   Linux: an app-image and a .deb; Windows: an .msi (needs WiX); macOS: a .dmg.
# Run through Maven: mvn -Pinstaller package   (it builds target/dist first). Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:?usage: installer/build.sh VERSION}"
# One modification time for the package's files (a reproducible build's usual variable; see aot_training).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"
dist=target/dist
out=target/installer
rm -rf "$out"
mkdir -p "$out"

# The JDK that builds the runtime: CROSSOVER_INSTALLER_JDK if set (whatever its version); else one at version 25 or
# later if there is one (JAVA_HOME or /usr/lib/jvm), for its ahead-of-time cache (below); else the JDK on the PATH.
# The app's classes are Java 17 either way.
# A java command's major version; JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS would add lines to what it prints.
java_major() {
  env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$1" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1
}
usable() { [ -n "$1" ] && [ -x "$1/bin/jpackage" ] && [ -x "$1/bin/jlink" ]; }
jdk=""
if [ -n "${CROSSOVER_INSTALLER_JDK:-}" ]; then
  usable "$CROSSOVER_INSTALLER_JDK" || { echo "CROSSOVER_INSTALLER_JDK has no jpackage and jlink: $CROSSOVER_INSTALLER_JDK" >&2; exit 2; }
  jdk="$CROSSOVER_INSTALLER_JDK"
else
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if usable "$candidate" && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null; then
      jdk="$candidate"
      break
    fi
  done
fi
if [ -n "$jdk" ]; then
  PATH="$jdk/bin:$PATH"
fi
version_major=$(java_major java)
version_major=${version_major:-0}
echo "installer JDK: $(command -v jpackage) (Java $version_major)"

# The JDK modules the app and its libraries use (JavaFX stays on the class path in lib/), found by jdeps jar by
# jar: a jar jdeps cannot analyse (fxgraphics2d's module-info names javafx.swing, unused here) is skipped.
modules="java.desktop,java.xml,jdk.localedata"
for jar in "$dist/crossover.jar" "$dist"/lib/*.jar; do
  found=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 --class-path "$dist/lib/*" "$jar" \
    2>/dev/null | tail -n 1 || true)
  modules="$modules,$found"
done
modules=$(echo "$modules" | tr ',' '\n' | grep -E '^(java|jdk)\.' | sort -u | paste -sd, -)
echo "runtime modules: $modules"
# The runtime's classes are stored uncompressed: the .deb's xz packs them to less than half of what it makes of
# jlink's zip-compressed modules (16 against 35 MB with Java 25), and they load without inflating. jlink's
# class-data archive of those JDK classes serves where no ahead-of-time cache is made (the cache holds them too);
# only the archive for compressed object pointers, the JVM's mode below 32 GB of heap.
compress=0
if [ "$version_major" -ge 21 ]; then compress=zip-0; fi
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress="$compress" \
  --generate-cds-archive --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# Java options of the launcher. From Java 24 the JVM warns on standard error when JavaFX 21 loads its native
# libraries and uses sun.misc.Unsafe; both are allowed here, so the CLI prints only its own output. JVM warnings
# go to standard error, never into the CLI's standard output.
java_options=()
if [ "$version_major" -ge 24 ]; then
  java_options+=(--java-options '--enable-native-access=ALL-UNNAMED'
    --java-options '--sun-misc-unsafe-memory-access=allow'
    --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr')
fi

# The ahead-of-time cache (Java 25, JEP 483 and 514): one training run of the app-image's own launcher under the
# startup probe (a first start to the first painted frame, then it exits) records the classes it loads and links,
# and the JVM writes them, parsed, verified and linked, with the JDK's, to lib/app/crossover.aot, which the
# launcher then maps at every start. The training needs a display: $DISPLAY, or Xvfb through xvfb-run. Without
# Java 25 or a display the package starts without it (with jlink's archive of the JDK classes), as this says.
aot_training() {
  local image="$1"
  if [ "$version_major" -lt 25 ]; then
    echo "no ahead-of-time cache: Java $version_major builds the runtime (needs 25 or later)"
    return 0
  fi
  local display=()
  if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1; then
      display=(xvfb-run -a -s "-screen 0 1600x1000x24")
    else
      echo "no ahead-of-time cache: no display for the training run (set DISPLAY or install xvfb and xauth)"
      return 0
    fi
  fi
  # The cache records the class path's files with their modification times, and may refuse a file whose time
  # differs: the app-image's files get one fixed time before the training, and the .deb's (which jpackage copies,
  # at a later time) are clamped to it by dpkg-deb through SOURCE_DATE_EPOCH, so they install with that time.
  find "$image" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  local home
  home=$(mktemp -d)
  if HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
      JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$image/lib/app/crossover.aot -Duser.home=$home -Dcrossover.startup.probe=true" \
      timeout -k 10 300 ${display[@]+"${display[@]}"} "$image/bin/Crossover" >"$home/training.log" 2>&1 && [ -s "$image/lib/app/crossover.aot" ]; then
    echo 'java-options=-XX:AOTCache=$APPDIR/crossover.aot' >> "$image/lib/app/Crossover.cfg"
    rm -f "$image/lib/runtime/lib/server/classes.jsa"
    echo "ahead-of-time cache: $(du -h "$image/lib/app/crossover.aot" | cut -f1), $(grep -o 'first-frame-ms=[0-9]*' "$home/training.log")"
  else
    # With Java 25 and a display, a window that cannot reach its first frame is a broken build.
    rm -f "$image/lib/app/crossover.aot"
    echo "the training run for the ahead-of-time cache failed (the window did not reach its first frame):" >&2
    tail -n 20 "$home/training.log" >&2
    rm -rf "$home"
    return 1
  fi
  rm -rf "$home"
}

common=(--name Crossover --app-version "$version" --vendor "Crossover"
  --description "Cost explorer: API, self-hosted GPUs or a cloud-managed endpoint for an LLM in production"
  --copyright "MIT licence")
launcher=(--input "$dist" --main-jar crossover.jar --main-class crossover.Launcher)

case "$(uname -s)" in
  Linux)
    jpackage --type app-image "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" \
      --icon assets/icons/crossover.png --dest "$out" ${java_options[@]+"${java_options[@]}"}
    aot_training "$out/Crossover"
    # installer/linux/Crossover.desktop replaces jpackage's entry, whose Exec line passes no file (%f), so a
    # double-clicked scenario would open the window without it.
    jpackage --type deb "${common[@]}" --app-image "$out/Crossover" --dest "$out" \
      --file-associations installer/crossover-file.properties \
      --linux-package-name crossover --linux-shortcut --linux-menu-group "Office;Development" \
      --linux-app-category office --icon assets/icons/crossover.png \
      --resource-dir installer/linux
    ;;
  Darwin)
    jpackage --type dmg "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" ${java_options[@]+"${java_options[@]}"} \
      --icon assets/icons/crossover.icns --file-associations installer/crossover-file.properties --dest "$out"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    jpackage --type msi "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" ${java_options[@]+"${java_options[@]}"} \
      --icon assets/icons/crossover.ico --file-associations installer/crossover-file.properties \
      --win-menu --win-shortcut --win-dir-chooser --dest "$out"
    ;;
esac
ls -l "$out"
