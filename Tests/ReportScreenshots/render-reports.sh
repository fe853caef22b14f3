#!/usr/bin/env bash
# Renders every kind of HTML report (one evaluation in Swedish and in English, a comparison over
# time, a comparison across versions of Kommunkompassen, peers, plan follow-up) and checks each in
# headless Chromium with check_report.py: the HTML validates (html5lib), axe-core finds no WCAG 2.1
# A/AA violations, nothing overflows sideways at 390 px, full-page screenshots at 1280 and 390 px,
# and an A4 PDF with the expected number of pages.
#
# Usage: Tests/ReportScreenshots/render-reports.sh [OUTPUT_FOLDER]
#   KOMPASS=path/to/kompass  use this binary instead of building one
#
# Chromium and chromium-driver come from Debian's packages, html5lib, Pillow, selenium and axe-core
# from PyPI (install-tools.sh, pinned versions); the script installs whatever is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
output=${1:-"$root/.build/report-screenshots"}
mkdir -p "$output"

"$root/Tests/ReportScreenshots/install-tools.sh"

kompass=${KOMPASS:-}
if [ -z "$kompass" ]; then
  (cd "$root" && swift build --product kompass >&2)
  kompass="$root/.build/debug/kompass"
fi

fixtures="$root/Tests/KommunKompassTests/Fixtures"
plans="$root/Tests/kompassTests/Fixtures/plans"
cd "$root"
"$kompass" report Evaluations/kumla-2020.json --output "$output/kumla-2020.html" --force
"$kompass" report Evaluations/kumla-2020.json --language en --output "$output/kumla-2020-en.html" --force
"$kompass" report "$fixtures/evaluations/testby-2020.json" --compare "$fixtures/evaluations/testby-2018.json" \
  --output "$output/testby-comparison.html" --force 2>/dev/null
"$kompass" report "$fixtures/evaluations/testby-2020.json" \
  --compare "$fixtures/evaluations/testby-2018.json" "$fixtures/evaluations/testby-2016.json" \
  --output "$output/testby-versions.html" --force 2>/dev/null
"$kompass" report Evaluations/tomelilla-2023.json --compare Evaluations/tomelilla-2020-11.json \
  --output "$output/tomelilla-totals.html" --force 2>/dev/null
"$kompass" report "$fixtures/evaluations/testby-2020.json" --peers "$fixtures/peers" \
  --output "$output/testby-peers.html" --force 2>/dev/null
"$kompass" report "$fixtures/evaluations/testby-2020.json" --compare "$fixtures/evaluations/testby-2018.json" \
  --plan "$plans/testby-plan-2018.json" --output "$output/testby-follow-up.html" --force 2>/dev/null

# NAME:MIN-MAX: the printed report has MIN to MAX A4 pages: a cover page, the profile, and for
# evaluations with sub-areas a page or more per area (fonts may move a page break).
python3 "$root/Tests/ReportScreenshots/check_report.py" "$output" \
  kumla-2020:18-24 kumla-2020-en:18-25 testby-comparison:11-14 testby-versions:11-14 \
  tomelilla-totals:2-2 testby-peers:10-13 testby-follow-up:12-16
