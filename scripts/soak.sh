#!/usr/bin/env bash
# Soak: RUNS runs (default 1000) of the exercise's load with each consistent strategy on the
# private server; prints one summary line per strategy and exits 3 if any run was inconsistent.
#   bash scripts/soak.sh [RUNS]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seatsim_install_packages
seatsim_build >/dev/null
exec "$SEATSIM_BUILD/seatsim" --headless --strategy for-update,atomic,serializable \
    --runs "${1:-1000}" --json | grep '"summary":true'
