#!/usr/bin/env bash
# Smoke test of the Linux package: unpack the .deb into a temporary folder, run its launcher's CLI on a sample
# and compare with the jar's answer, as installed and with its ahead-of-time cache required to map.
# Run after `mvn -Pinstaller package`.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/*.deb)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
launcher=$(find "$tmp" -path '*/bin/Crossover' -type f | head -n 1)
sample=assets/scenarios/4-zig-zag-break-even.crossover
"$launcher" evaluate "$sample" --json > "$tmp/installed.json"
java -jar target/dist/crossover.jar evaluate "$sample" --json > "$tmp/jar.json"
if ! cmp -s "$tmp/installed.json" "$tmp/jar.json"; then
  echo "smoke test: the installed launcher's answer differs from the jar's" >&2
  diff "$tmp/jar.json" "$tmp/installed.json" >&2 || true
  exit 1
fi
# The launcher maps the ahead-of-time cache the build made (installer/build.sh, with Java 25): -XX:AOTMode=on refuses to
# start unless the cache maps, and the answer must still be the jar's, byte for byte.
app=$(dirname "$(dirname "$launcher")")/lib/app
cache="no ahead-of-time cache"
if [ -f "$app/crossover.aot" ]; then
  JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" evaluate "$sample" --json > "$tmp/cached.json" 2>/dev/null
  if ! cmp -s "$tmp/cached.json" "$tmp/jar.json"; then
    echo "smoke test: with its ahead-of-time cache required, the installed launcher's answer differs from the jar's" >&2
    diff "$tmp/jar.json" "$tmp/cached.json" >&2 || true
    exit 1
  fi
  cache="its ahead-of-time cache mapped"
fi
echo "smoke test: $(basename "$deb") ($(du -h "$deb" | cut -f1)) gives the jar's answer for $sample ($cache)"
