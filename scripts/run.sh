#!/usr/bin/env bash
# Installs what is missing, builds, and launches SeatSim. Arguments go to the program.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seatsim_install_packages
seatsim_build >/dev/null
exec "$SEATSIM_BUILD/seatsim" "$@"
