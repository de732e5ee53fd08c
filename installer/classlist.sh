#!/usr/bin/env bash
# Writes installer/crossover.classlist: the classes the installed app loads to the window's first frame (under
# the startup probe) and for one CLI evaluation, which the .deb's postinst archives for class-data sharing.
# Needs a display (or xvfb-run) and the app-image: mvn -Pinstaller -DskipTests package, then
#   xvfb-run -a -s "-screen 0 1600x1000x24" bash installer/classlist.sh
# A stale list still works: classes it names that no longer exist are skipped when the archive is made, and
# classes it misses load as without an archive.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/Crossover/bin/Crossover
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A home of its own, so that the run sees the first-start window, not this user's last session.
JAVA_TOOL_OPTIONS="-Duser.home=$tmp -Dcrossover.startup.probe=true -XX:DumpLoadedClassList=$tmp/window" \
  XDG_DATA_HOME="$tmp/data" "$launcher" > /dev/null 2>&1
JAVA_TOOL_OPTIONS="-Duser.home=$tmp -XX:DumpLoadedClassList=$tmp/cli" XDG_DATA_HOME="$tmp/data" \
  "$launcher" evaluate assets/scenarios/4-zig-zag-break-even.crossover --json > /dev/null 2>&1
# The window's list, then what the CLI adds, each line once; the JVM's comment lines dropped.
cat "$tmp/window" "$tmp/cli" | grep -v '^#' | awk '!seen[$0]++' > installer/crossover.classlist
echo "installer/crossover.classlist: $(wc -l < installer/crossover.classlist) lines"
