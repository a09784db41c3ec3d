#!/usr/bin/env bash
# Installs what SeatSim needs on Debian 12 (when something is missing) and builds it.
# Sourced by run.sh and test.sh; fast when everything is in place.
set -euo pipefail

SEATSIM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEATSIM_BUILD="${SEATSIM_BUILD:-$SEATSIM_ROOT/build}"

SEATSIM_PACKAGES=(
    build-essential cmake
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    libpq-dev postgresql postgresql-contrib
    python3 python3-psycopg2
    appstream desktop-file-utils fonts-dejavu-core poppler-utils
)

seatsim_install_packages() {
    local missing=() package
    for package in "${SEATSIM_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "seatsim: this system has no apt-get. Install these packages (Debian names):" >&2
        printf '  %s\n' "${missing[@]}" >&2
        exit 1
    fi
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "seatsim: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

seatsim_build() {
    if [ ! -f "$SEATSIM_BUILD/CMakeCache.txt" ]; then
        cmake -S "$SEATSIM_ROOT" -B "$SEATSIM_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$SEATSIM_BUILD" --parallel "$(nproc)"
}
