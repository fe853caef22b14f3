#!/usr/bin/env bash
# Checks the evaluation form in headless Chromium: writes the form with `kompass form`, then drives
# it with selenium (check_form.py): opening, typing, saving, refusing, restoring, axe-core.
#
# Usage: Tests/FormBrowser/run-form-check.sh [OUTPUT_FOLDER]
#   KOMPASS=path/to/kompass  use this binary instead of building one
#
# Chromium and chromium-driver come from Debian's packages, selenium and axe-core from PyPI; the
# script installs whatever is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
output=${1:-"$root/.build/form-check"}
mkdir -p "$output"

"$root/Tests/ReportScreenshots/install-tools.sh"

kompass=${KOMPASS:-}
if [ -z "$kompass" ]; then
  (cd "$root" && swift build --product kompass >&2)
  kompass="$root/.build/debug/kompass"
fi

python3 "$root/Tests/FormBrowser/check_form.py" "$kompass" "$output"
