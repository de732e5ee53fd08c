#!/usr/bin/env bash
# Builds Crossover's native package with jpackage, on the OS it runs on:
#   Linux: an app-image and a .deb; Windows: an .msi (needs WiX); macOS: a .dmg.
# Run through Maven: mvn -Pinstaller package   (it builds target/dist first). Output: target/installer/.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:?usage: installer/build.sh VERSION}"
dist=target/dist
out=target/installer
rm -rf "$out"
mkdir -p "$out"

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
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --generate-cds-archive --output "$out/runtime"

# Class-data sharing: jlink's --generate-cds-archive gives the trimmed runtime a base archive of its JDK classes,
# which the app-image uses as built. The .deb does more: on Java 17 an archive of the app's own classes loads only
# from the exact class path it was made with, so the package's postinst makes one where it is installed, from the
# classes the window loads to its first frame (installer/crossover.classlist, made by installer/classlist.sh), and
# the launcher names it (a missing or mismatched archive is passed over in silence: no CDS, nothing printed).

common=(--name Crossover --app-version "$version" --vendor "Crossover"
  --description "Cost explorer: API, self-hosted GPUs or a cloud-managed endpoint for an LLM in production"
  --copyright "MIT licence")
launcher=(--input "$dist" --main-jar crossover.jar --main-class crossover.Launcher)

case "$(uname -s)" in
  Linux)
    jpackage --type app-image "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" \
      --icon assets/icons/crossover.png --dest "$out" \
      --java-options '-XX:SharedArchiveFile=$APPDIR/crossover.jsa'
    cp installer/crossover.classlist "$out/Crossover/lib/app/"
    # installer/linux/Crossover.desktop replaces jpackage's entry, whose Exec line passes no file (%f), so a
    # double-clicked scenario would open the window without it; installer/linux/postinst and prerm are jpackage's
    # own with the class-data archive made on install and removed on removal.
    jpackage --type deb "${common[@]}" --app-image "$out/Crossover" --dest "$out" \
      --file-associations installer/crossover-file.properties \
      --linux-package-name crossover --linux-shortcut --linux-menu-group "Office;Development" \
      --linux-app-category office --icon assets/icons/crossover.png \
      --resource-dir installer/linux
    ;;
  Darwin)
    jpackage --type dmg "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" \
      --icon assets/icons/crossover.icns --file-associations installer/crossover-file.properties --dest "$out"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    jpackage --type msi "${common[@]}" "${launcher[@]}" --runtime-image "$out/runtime" \
      --icon assets/icons/crossover.ico --file-associations installer/crossover-file.properties \
      --win-menu --win-shortcut --win-dir-chooser --dest "$out"
    ;;
esac
ls -l "$out"
