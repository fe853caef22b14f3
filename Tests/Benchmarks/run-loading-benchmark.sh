#!/usr/bin/env bash
# Measures how loading time grows with file size and layout: `kompass validate` and `kompass score`
# on evaluations of 100 KB, 1 MB and 10 MB written on one line, pretty-printed with LF and with
# CR-only line ends, and on an object of 100,000 keys. Loading must be linear in the file size, so
# the one-line and CR files take about as long as the pretty ones, and 10 MB about ten times 1 MB.
#
# Usage: Tests/Benchmarks/run-loading-benchmark.sh [WORK_FOLDER]
#
# The inputs are generated into WORK_FOLDER (a temporary folder by default) from the bundled Kumla
# 2020 evaluation. hyperfine comes from Debian's packages and is installed when missing. Not part of
# `swift test`: timings belong here, not in tests.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d -t kompass-loading-XXXXXX)}
mkdir -p "$work"

if ! command -v hyperfine >/dev/null; then
  echo "Installing hyperfine from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >&2
fi

echo "Building kompass (release)…" >&2
(cd "$root" && swift build -c release --product kompass >&2)
kompass="$root/.build/release/kompass"

python3 "$root/Tests/Benchmarks/make_loading_inputs.py" "$root/Evaluations/kumla-2020.json" "$work"

commands=()
for size in 100k 1m 10m; do
  for layout in oneline pretty cr; do
    file="$work/$layout-$size.json"
    commands+=(-n "validate $layout $size" "$kompass validate $file >/dev/null")
  done
done
commands+=(-n "score oneline 10m" "$kompass score $work/oneline-10m.json >/dev/null")
commands+=(-n "score pretty 10m" "$kompass score $work/pretty-10m.json >/dev/null")
# The keyed file is refused (provenance must be a text) after the whole object is parsed.
commands+=(-n "validate 100000 keys" "$kompass validate $work/keys-100000.json >/dev/null || true")

hyperfine --warmup 1 --runs 5 --export-json "$work/loading.json" --shell=bash "${commands[@]}" >&2

python3 - "$work/loading.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| input | mean | ± |")
print("| --- | ---: | ---: |")
for result in results:
    print(f"| {result['command']} | {result['mean'] * 1000:.0f} ms | {result['stddev'] * 1000:.0f} ms |")
PY
