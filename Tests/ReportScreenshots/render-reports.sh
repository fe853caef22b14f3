#!/usr/bin/env bash
# Renders the Kumla 2020 report and a comparison report to HTML, validates the HTML and takes
# screenshots with headless Chromium, then checks that the screenshots are not blank.
#
# Usage: Tests/ReportScreenshots/render-reports.sh [OUTPUT_FOLDER]
#   KOMPASS=path/to/kompass  use this binary instead of building one
#
# Chromium comes from Debian's packages and html5lib and Pillow from PyPI; the script installs
# whatever is missing.
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

fixtures="$root/Tests/KommunKompassTests/Fixtures/evaluations"
cd "$root"
"$kompass" report Evaluations/kumla-2020.json --output "$output/kumla-2020.html"
"$kompass" report "$fixtures/testby-2020.json" --compare "$fixtures/testby-2018.json" "$fixtures/testby-2016.json" \
  --output "$output/testby-comparison.html" 2>/dev/null

for name in kumla-2020 testby-comparison; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1000,1400 --screenshot="$output/$name.png" "file://$output/$name.html" >/dev/null 2>&1
  python3 "$root/Tests/ReportScreenshots/check_report.py" "$output/$name.html" "$output/$name.png"
done
