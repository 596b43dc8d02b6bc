#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists: $CHROMIUM_PATH, else Debian's
# /usr/bin/chromium, installed with apt-get when we are root (Playwright's own browser download
# cannot reach its servers from these machines).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium from Debian for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found. Install Debian's (sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
