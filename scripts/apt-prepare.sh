# Sourced by the install-*.sh scripts: exits 0 (tests skipped with the reason) where Debian packages cannot be
# installed, else sets SUDO and refreshes the package lists. Usage: apt_prepare <script name> <what is skipped> <package>
apt_prepare() {
  local name="$1" skipped="$2" package="$3"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "$name: not root and no sudo; $skipped will be skipped (apt-get install $package)"; exit 0
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$name: no apt-get; $skipped will be skipped (install $package by hand)"; exit 0
  fi
  echo "$name: installing Debian's $package (once)"
  $SUDO apt-get update -qq
}
