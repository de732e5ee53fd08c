#!/usr/bin/env bash
# Smoke test of the Linux package: unpack the .deb into a temporary folder, run its launcher's CLI on a sample
# and compare with the jar's answer. Run after `mvn -Pinstaller package`.
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
echo "smoke test: $(basename "$deb") ($(du -h "$deb" | cut -f1)) gives the jar's answer for $sample"
