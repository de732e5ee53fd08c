#!/usr/bin/env bash
# Smoke test of the Linux package: unpack the .deb into a temporary folder, run its launcher's CLI on a sample
# and compare with the jar's answer, before and after making the class-data archive as the postinst does.
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
# Then with the class-data archive the package's postinst makes, made the same way where the package was unpacked:
# the launcher must map it (-Xshare:on refuses to start otherwise) and still give the jar's answer, byte for byte.
app=$(dirname "$(dirname "$launcher")")/lib/app
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/crossover.classlist" "$launcher" >/dev/null 2>&1
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" evaluate "$sample" --json > "$tmp/archived.json" 2>/dev/null
if ! cmp -s "$tmp/archived.json" "$tmp/jar.json"; then
  echo "smoke test: with its class-data archive, the installed launcher's answer differs from the jar's" >&2
  diff "$tmp/jar.json" "$tmp/archived.json" >&2 || true
  exit 1
fi
"$launcher" evaluate "$sample" --json > "$tmp/archived.json"
cmp "$tmp/archived.json" "$tmp/jar.json"
echo "smoke test: $(basename "$deb") ($(du -h "$deb" | cut -f1)) gives the jar's answer for $sample, without and with its class-data archive"
