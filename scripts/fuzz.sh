#!/usr/bin/env bash
# Fuzzes the strategy script parser with libFuzzer for a bounded time (default 60 s):
#   bash scripts/fuzz.sh [seconds]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
seatsim_install_packages clang libclang-rt-14-dev
SEATSIM_BUILD="$SEATSIM_ROOT/build-fuzz"
seatsim_build -DSEATSIM_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
corpus="$SEATSIM_BUILD/fuzz-corpus"
mkdir -p "$corpus"
cp -n "$SEATSIM_ROOT"/tests/fuzz/corpus/* "$SEATSIM_ROOT"/sql/strategies/*.sql "$corpus"/
"$SEATSIM_BUILD/tests/fuzz/fuzz_strategyscript" -max_total_time="${1:-60}" -max_len=65536 \
    -timeout=5 -rss_limit_mb=2048 "$corpus"
