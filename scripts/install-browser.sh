#!/usr/bin/env bash
# Installs Debian's headless Chromium for the UI tests when it is missing. Never downloads a browser build
# of its own (Playwright drives the system Chromium through executablePath).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
source "$(dirname "$0")/apt-prepare.sh"
apt_prepare install-browser "UI tests" chromium
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
