#!/usr/bin/env bash
# Installs Debian's Virtuoso open source for the remote-store tests when it is missing. The tests start their
# own server (own ports, database under a temporary folder): the package's system service is never started.
# Where it cannot be installed, those tests are skipped with the reason.
set -euo pipefail
if command -v virtuoso-t >/dev/null 2>&1; then exit 0; fi
source "$(dirname "$0")/apt-prepare.sh"
apt_prepare install-virtuoso "Virtuoso tests" virtuoso-opensource
if ! apt-cache show virtuoso-opensource >/dev/null 2>&1; then
  echo "install-virtuoso: this distribution has no virtuoso-opensource package; Virtuoso tests will be skipped"; exit 0
fi
# policy-rc.d: the package must not start (or fail to start) its own service on port 8890 / 1111
POLICY=/usr/sbin/policy-rc.d
ADDED=""
if [ ! -e "$POLICY" ]; then printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null; $SUDO chmod +x "$POLICY"; ADDED=1; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq virtuoso-opensource >/dev/null || \
  echo "install-virtuoso: apt-get install failed; Virtuoso tests will be skipped"
if [ -n "$ADDED" ]; then $SUDO rm -f "$POLICY"; fi
