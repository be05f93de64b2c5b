#!/usr/bin/env bash
# Installs Debian's headless Chromium for the UI tests when it is missing. Never downloads a browser build
# of its own (Playwright drives the system Chromium through executablePath).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser: not root and no sudo; UI tests will be skipped (apt-get install chromium)"; exit 0
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get; UI tests will be skipped (install Chromium by hand)"; exit 0
fi
echo "install-browser: installing Debian's chromium (once)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
