#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
# The tests start their own PostgreSQL servers (as the postgres account when run as root).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seatsim_install_packages
seatsim_build
cd "$SEATSIM_BUILD"
ctest --output-on-failure --timeout 600 --parallel 2 "$@"
