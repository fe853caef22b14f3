#!/usr/bin/env bash
# Builds the DocC documentation of the KommunKompass and KommunKompassReports libraries from their
# symbol graphs and fails on any warning (an ambiguous or broken link, an undocumented parameter).
#
# Usage: Tests/Documentation/build-docs.sh [OUTPUT_FOLDER]
#
# Prints the number of public symbols of each library. The archives go to OUTPUT_FOLDER, a
# temporary folder by default.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$(mktemp -d -t kompass-docs-XXXXXX)}
cd "$root"
swift package dump-symbol-graph --minimum-access-level public >&2
graphs="$root/.build/$(uname -m)-unknown-linux-gnu/symbolgraph"
[ -d "$graphs" ] || graphs=$(dirname "$(find "$root/.build" -name KommunKompass.symbols.json -path '*symbolgraph*' | head -n 1)")

status=0
for module in KommunKompass KommunKompassReports; do
  module_graphs="$out/graphs-$module"
  rm -rf "$module_graphs"
  mkdir -p "$module_graphs"
  cp "$graphs/$module.symbols.json" "$module_graphs/"
  for extension in "$graphs/$module@"*.symbols.json; do
    [ -e "$extension" ] && cp "$extension" "$module_graphs/"
  done
  catalog="Sources/$module/$module.docc"
  arguments=(convert --additional-symbol-graph-dir "$module_graphs" --fallback-display-name "$module"
    --fallback-bundle-identifier "se.kommunkompass.$module" --output-path "$out/$module.doccarchive")
  [ -d "$catalog" ] && arguments=(convert "$catalog" "${arguments[@]:1}")
  log="$out/$module.log"
  docc "${arguments[@]}" >"$log" 2>&1 || status=1
  warnings=$(grep -c "warning:" "$log" || true)
  symbols=$(python3 -c 'import json,sys; print(sum(1 for s in json.load(open(sys.argv[1]))["symbols"]))' "$graphs/$module.symbols.json")
  echo "$module: $symbols public symbols, $warnings documentation warnings" >&2
  if [ "$warnings" -gt 0 ]; then
    grep -A3 "warning:" "$log" >&2
    status=1
  fi
done
exit $status
