#!/usr/bin/env bash
# Fuzzes the library's evaluation, rubric and crosswalk loading, validation and scoring, and the
# renderers of everything that loads (text, Markdown, CSV, HTML, JSON), with libFuzzer for the
# given number of seconds (60 by default), then reports executions and crashes.
#
#   Tests/Fuzz/fuzz.sh 600
#
# Linux with a Swift toolchain that ships libFuzzer (swift.org toolchains do). Everything is built
# and kept in .build-fuzz/ (override with FUZZ_WORK=folder); the corpus grows there between runs.
# Exit status: 0 when no crash was found, 1 when one was (the inputs are in .build-fuzz/crashes/).
set -euo pipefail

seconds="${1:-60}"
case "$seconds" in
  '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${FUZZ_WORK:-$root/.build-fuzz}"
mkdir -p "$work/corpus" "$work/seeds" "$work/crashes"
cd "$root"

# 1. The generated source the RubricEmbedderPlugin writes during `swift build`: build the plugin's
#    tool and run it on the same files, in the same order (by name; schemas in their own section).
json_files() {
  find "$1" -maxdepth 1 -name '*.json' ! -name '*.schema.json' | LC_ALL=C sort
}
echo "== building rubric-embedder"
swiftc -O Sources/rubric-embedder/main.swift -o "$work/rubric-embedder"
mapfile -t rubrics < <(json_files Rubrics)
crosswalks=()
if [ -d Rubrics/crosswalks ]; then mapfile -t crosswalks < <(json_files Rubrics/crosswalks); fi
mapfile -t schemas < <(find Rubrics Evaluations -maxdepth 1 -name '*.schema.json' | LC_ALL=C sort)
"$work/rubric-embedder" "$work/EmbeddedDataFiles.swift" --rubrics "${rubrics[@]}" --crosswalks "${crosswalks[@]}" \
  --schemas "${schemas[@]}"
mapfile -t form < <(find Sources/KommunKompassReports/Form/Template -maxdepth 1 -name 'form.*' | LC_ALL=C sort)
"$work/rubric-embedder" "$work/EmbeddedFormFiles.swift" --form "${form[@]}"

# 2. The fuzzer: the library (its sources and the generated file), the report module and the entry
#    point as three modules with one package name, all instrumented for libFuzzer and AddressSanitizer.
echo "== building the fuzzer (this takes a few minutes)"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -wmo -package-name kommunkompass -I "$work/modules")
mkdir -p "$work/modules"
mapfile -t library < <(find Sources/KommunKompass -name '*.swift' | LC_ALL=C sort)
swiftc "${flags[@]}" -module-name KommunKompass -emit-library -static -emit-module \
  -emit-module-path "$work/modules/KommunKompass.swiftmodule" \
  "${library[@]}" "$work/EmbeddedDataFiles.swift" -o "$work/libKommunKompass.a"
mapfile -t reports < <(find Sources/KommunKompassReports -name '*.swift' | LC_ALL=C sort)
swiftc "${flags[@]}" -module-name KommunKompassReports -emit-library -static -emit-module \
  -emit-module-path "$work/modules/KommunKompassReports.swiftmodule" \
  "${reports[@]}" "$work/EmbeddedFormFiles.swift" -o "$work/libKommunKompassReports.a"
swiftc "${flags[@]}" -use-ld=lld -module-name KompassFuzz Tests/Fuzz/FuzzEntry.swift \
  "$work/libKommunKompassReports.a" "$work/libKommunKompass.a" -o "$work/fuzzer"

# 3. Seeds: the Kumla evaluation, the rubrics and crosswalks, the test fixtures and the malformed corpus.
rm -f "$work/seeds/"*
seed=0
while IFS= read -r file; do
  seed=$((seed + 1))
  cp "$file" "$work/seeds/$(printf '%03d' "$seed")-$(basename "$file")"
done < <(
  {
    echo Evaluations/kumla-2020.json
    json_files Rubrics
    json_files Rubrics/crosswalks
    find Tests/KommunKompassTests/Fixtures Tests/KommunKompassTests/Malformed -type f -name '*.json' \
      ! -name manifest.json | LC_ALL=C sort
  }
)
# Pairs of a rubric and an evaluation made with it, separated by a NUL byte (see FuzzEntry.swift).
pair_evaluation='{"rubric":"provrubrik","municipality":{"name":"Provby","code":"1881"},"date":"2024-03","kind":"external","areas":[{"id":"1","subAreas":[{"id":"1.1","points":30},{"id":"1.2","notAssessed":"-"}]},{"id":"2","subAreas":[{"id":"2.1","points":49.5},{"id":"2.2","points":0}]}]}'
for rubric in Tests/KommunKompassTests/Malformed/rubrics/*.json; do
  [ -f "$rubric" ] || continue
  seed=$((seed + 1))
  { cat "$rubric"; printf '\0%s' "$pair_evaluation"; } >"$work/seeds/$(printf '%03d' "$seed")-pair-$(basename "$rubric")"
done
echo "== $seed seed files; corpus in $work/corpus"

# 4. Run.
log="$work/last-run.log"
before=$(find "$work/crashes" -type f | wc -l)
set +e
"$work/fuzzer" "$work/corpus" "$work/seeds" \
  -dict=Tests/Fuzz/json.dict \
  -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=131072 \
  -artifact_prefix="$work/crashes/" -print_final_stats=1 >"$log" 2>&1
status=$?
set -e
after=$(find "$work/crashes" -type f | wc -l)

# 5. Report.
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
elapsed=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
echo "== fuzz report"
echo "executions: ${executions:-unknown}"
echo "seconds:    ${elapsed:-$seconds (requested)}"
echo "corpus:     $(find "$work/corpus" -type f | wc -l) inputs"
echo "crashes:    $((after - before)) new, $after in $work/crashes"
echo "log:        $log"
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
  grep -E 'ERROR|Fatal error|broken promise|==[0-9]+==' "$log" | head -20 || true
  exit 1
fi
