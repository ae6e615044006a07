#!/usr/bin/env bash
# Installs the Debian packages the test suites need when they are missing, so that ./verify works on a fresh
# machine: an X server for the workbench tests, GTK for SWT, Chromium for the HTML report's rendering test,
# ImageMagick's import for the workbench screenshots, GDAL's ogrinfo to read the KML and GeoJSON exports, neovim
# as a real client of the language server, and a JDK 21 or newer when none is installed. Run by ./verify (and so by .ci/run).
#   --check   list what is missing and exit 1 if anything is, without installing
# BULWARK_NO_INSTALL=1 makes ./verify skip it (a machine set up by hand).
set -euo pipefail
cd "$(dirname "$0")/../.."

needed=()
command -v xvfb-run >/dev/null 2>&1 || needed+=(xvfb)
command -v xauth >/dev/null 2>&1 || needed+=(xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || needed+=(libgtk-3-0)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v import >/dev/null 2>&1 || needed+=(imagemagick)
command -v ogrinfo >/dev/null 2>&1 || needed+=(gdal-bin)
command -v nvim >/dev/null 2>&1 || needed+=(neovim)
. releng/scripts/find-jdk.sh
if ! bulwark_find_jdk >/dev/null 2>&1; then
  # Debian's own JDK when the release has one recent enough (trixie: 21 and 25)
  jdk=""
  for candidate in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
    if apt-cache policy "$candidate" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      jdk=$candidate
      break
    fi
  done
  if [ -z "$jdk" ]; then
    bulwark_find_jdk || true # says what to install
    [ "${1:-}" = "--check" ] && echo "missing: ${needed[*]} a JDK 21 or newer"
    exit 2
  fi
  needed+=("$jdk")
fi

if [ ${#needed[@]} -eq 0 ]; then
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  echo "missing: ${needed[*]}"
  exit 1
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "The tests need these Debian packages: ${needed[*]}; install them as root (apt-get install ...)," >&2
    echo "or set BULWARK_NO_INSTALL=1 to run ./verify without them." >&2
    exit 2
  fi
}
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need: ${needed[*]} (Debian package names); this machine has no apt-get: install them by hand," >&2
  echo "then set BULWARK_NO_INSTALL=1." >&2
  exit 2
fi
echo "Installing ${needed[*]} (once: the test suites need them)"
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
