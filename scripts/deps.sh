#!/usr/bin/env bash
# Installs the Debian 12 packages CreditDesk needs to build, test and run.
# Quiet and fast when everything is already there: apt is only touched for what is missing.
set -euo pipefail

# One package per line; add new build or runtime dependencies here.
PACKAGES=(
    cmake
    ninja-build
    mold
    g++
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    qt6-charts-dev
    libqt6sql6-sqlite
    libqt6sql6-psql
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    qt6-qpa-plugins
    libqt6svg6
    libgl1-mesa-dev
    libqt6opengl6-dev
    libsodium-dev
    libzip-dev
    libxlsxwriter-dev
    libsqlite3-dev
    libqrencode-dev
    poppler-utils
    fonts-noto-cjk
    fonts-arphic-uming
    fonts-arphic-ukai
    fonts-wqy-zenhei
    postgresql
    postgresql-contrib
)

# Prints the names among "$@" that are not fully installed (one dpkg-query for all of them).
not_installed() {
    local -A installed=()
    local name status
    while read -r name status; do
        [[ "$status" == "install ok installed" ]] && installed[$name]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null || true)
    for name in "$@"; do
        [[ -n "${installed[$name]:-}" ]] || echo "$name"
    done
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "deps.sh: this script needs a Debian-based system (dpkg-query and apt-get)." >&2
    echo "deps.sh: install these packages by other means: ${PACKAGES[*]}" >&2
    exit 1
fi

mapfile -t missing < <(not_installed "${PACKAGES[@]}")
((${#missing[@]} == 0)) && exit 0

sudo=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "deps.sh: missing packages: ${missing[*]}" >&2
        echo "deps.sh: not running as root and sudo is not available; install them as root." >&2
        exit 1
    fi
    sudo=(sudo)
fi

how="apt-get"
((${#sudo[@]} == 0)) || how="sudo apt-get"
echo "deps.sh: installing with $how: ${missing[*]}"
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q; then
    echo "deps.sh: '$how update' failed (see above); check sudo rights, the network and the APT sources." >&2
    exit 1
fi
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    echo "deps.sh: '$how install' failed (see above) for: ${missing[*]}" >&2
    exit 1
fi

mapfile -t still_missing < <(not_installed "${missing[@]}")
if ((${#still_missing[@]} != 0)); then
    echo "deps.sh: still not installed after apt-get: ${still_missing[*]}" >&2
    exit 1
fi
