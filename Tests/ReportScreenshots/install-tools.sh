#!/usr/bin/env bash
# Installs what the browser check of the HTML report needs, if it is missing: Chromium from
# Debian's packages, html5lib and Pillow from PyPI.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing chromium from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >&2
fi
if ! python3 -c "import html5lib, PIL" >/dev/null 2>&1; then
  echo "Installing html5lib and Pillow from PyPI…" >&2
  python3 -m pip install -q --disable-pip-version-check html5lib pillow >&2
fi
