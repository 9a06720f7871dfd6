#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests; installs Debian's
# `chromium` when none is found and we are root. Override with CHROMIUM_PATH.
set -euo pipefail
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "==> installing Chromium (apt-get install chromium)" >&2
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }) >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
