#!/usr/bin/env bash
# Measures kompass on a synthetic national dataset, side by side with a Python baseline and jq,
# and prints a Markdown table: wall time (hyperfine), peak memory (GNU time) and ratios.
#
# Usage: Tests/Benchmarks/run-benchmarks.sh [WORK_FOLDER]
#
# The dataset is generated (deterministically, seed 1) into WORK_FOLDER, a temporary folder by
# default, never into Evaluations/. hyperfine, jq and GNU time come from Debian's packages and are
# installed when missing. Not part of `swift test`: timings belong here, not in tests.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-$(mktemp -d -t kompass-bench-XXXXXX)}
mkdir -p "$work"

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v jq >/dev/null || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

echo "Building kompass (release)…" >&2
(cd "$root" && swift build -c release --product kompass >&2)
kompass="$root/.build/release/kompass"
rubric="$root/Rubrics/kommunkompassen-2020.json"
subject="$root/Evaluations/kumla-2020.json"
baseline="$root/Tests/Benchmarks/peer_statistics.py"

for size in 1000 10000; do
  folder="$work/dataset-$size"
  if [ ! -d "$folder" ]; then
    "$kompass" generate --municipalities $((size / 5)) --evaluations 5 --seed 1 --output "$folder" 2>/dev/null
  fi
done

# The 10,000-file dataset once more, each file on one line as JSONEncoder and most apps write it.
one_line="$work/dataset-10000-one-line"
if [ ! -d "$one_line" ]; then
  python3 - "$work/dataset-10000" "$one_line" <<'PYTHON'
import json, os, sys
source, target = sys.argv[1], sys.argv[2]
for folder, _, names in os.walk(source):
    out = os.path.join(target, os.path.relpath(folder, source))
    os.makedirs(out, exist_ok=True)
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            value = json.load(handle)
        with open(os.path.join(out, name), "w", encoding="utf-8") as handle:
            json.dump(value, handle, ensure_ascii=False, separators=(",", ":"))
PYTHON
fi
cmp -s <("$kompass" compare --peers "$work/dataset-10000" "$subject" --format json 2>/dev/null) \
  <("$kompass" compare --peers "$one_line" "$subject" --format json 2>/dev/null) \
  || { echo "one-line and pretty datasets give different comparisons" >&2; exit 1; }

# The same statistics from kompass and from the baseline, or the comparison means nothing.
for size in 1000 10000; do
  python3 "$root/Tests/Benchmarks/compare_outputs.py" \
    <("$kompass" compare --peers "$work/dataset-$size" "$subject" --format json --language en 2>/dev/null) \
    <(python3 "$baseline" "$rubric" "$work/dataset-$size" "$subject") >&2
done

jq_sum() {
  # Sums every sub-area's points: a rough floor for just reading the JSON.
  printf 'find %q -name "*.json" -print0 | xargs -0 cat | jq -n "[inputs | .areas[].subAreas[].points // 0] | add" >/dev/null' "$1"
}

hyperfine --warmup 2 --runs 10 --export-json "$work/hyperfine.json" --shell=bash \
  -n "kompass score (1 file)" "$kompass score $subject >/dev/null" \
  -n "kompass compare --peers 1000" "$kompass compare --peers $work/dataset-1000 $subject --format json >/dev/null 2>&1" \
  -n "python baseline 1000" "python3 $baseline $rubric $work/dataset-1000 $subject >/dev/null" \
  -n "jq sum 1000" "$(jq_sum "$work/dataset-1000")" \
  -n "kompass compare --peers 10000" "$kompass compare --peers $work/dataset-10000 $subject --format json >/dev/null 2>&1" \
  -n "kompass compare --peers 10000, one line" "$kompass compare --peers $one_line $subject --format json >/dev/null 2>&1" \
  -n "python baseline 10000" "python3 $baseline $rubric $work/dataset-10000 $subject >/dev/null" \
  -n "jq sum 10000" "$(jq_sum "$work/dataset-10000")" >&2

peak() {
  /usr/bin/time -f "%M" bash -c "$1" 2>&1 >/dev/null | tail -n 1
}
{
  echo "kompass score (1 file)=$(peak "$kompass score $subject")"
  for size in 1000 10000; do
    echo "kompass compare --peers $size=$(peak "$kompass compare --peers $work/dataset-$size $subject --format json 2>/dev/null")"
    echo "python baseline $size=$(peak "python3 $baseline $rubric $work/dataset-$size $subject")"
    echo "jq sum $size=$(peak "$(jq_sum "$work/dataset-$size")")"
  done
  echo "kompass compare --peers 10000, one line=$(peak "$kompass compare --peers $one_line $subject --format json 2>/dev/null")"
} >"$work/memory.txt"

python3 "$root/Tests/Benchmarks/summarize.py" "$work/hyperfine.json" "$work/memory.txt" \
  "$(du -sh "$work/dataset-1000" | cut -f1)" "$(du -sh "$work/dataset-10000" | cut -f1)" \
  "$(du -sh "$one_line" | cut -f1)"
