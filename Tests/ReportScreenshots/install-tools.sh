#!/usr/bin/env bash
# Installs what the browser checks need, if it is missing: Chromium and its WebDriver from Debian's
# packages; html5lib, Pillow and selenium from PyPI; and axe-core, whose script axe.min.js ships
# inside the PyPI package axe-playwright-python (installed without its Playwright dependency: only
# the script is used, by the evaluation form's check in Tests/FormBrowser).
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >&2
fi
if ! python3 -c "import html5lib, PIL, selenium" >/dev/null 2>&1; then
  echo "Installing html5lib, Pillow and selenium from PyPI…" >&2
  python3 -m pip install -q --disable-pip-version-check html5lib==1.1 pillow==13.0.0 selenium==4.51.0 >&2
fi
if ! python3 -c "import importlib.util; assert importlib.util.find_spec('axe_playwright_python')" >/dev/null 2>&1; then
  echo "Installing axe-core (in axe-playwright-python) from PyPI…" >&2
  python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8 >&2
fi
# Chromium is updated for security and so not pinned: say which versions the checks ran with.
echo "Debian packages used: $(dpkg-query -W -f='${Package} ${Version}, ' chromium chromium-driver 2>/dev/null | sed 's/, $//')"
