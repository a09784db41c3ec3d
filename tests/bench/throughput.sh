#!/usr/bin/env bash
# Throughput of seatsim --headless against pgbench on the same strategy scripts, the same
# number of clients, the same duration and the same table state, on one private server.
#
#   tests/bench/throughput.sh [-t SECONDS] [-r ROUNDS] [-n "5 32"] [-s "naive atomic ..."]
#                             [-b SEATSIM] [-d SERVER_DIR] [-c SEATS_PER_SESSION|exercise] [-j FILE]
#                             [-p PGBENCH_THREADS]
#
# With -r, the two tools take turns and the best rate of each counts (on a shared machine the
# best is the least disturbed). -p sets pgbench's threads (-j; default 2, at most N): with
# -p 32 pgbench, like seatsim, gives each connection its own thread. Not a test: it asserts
# nothing; it prints a table (and, with -j FILE, JSON Lines).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=5
rounds=1
clients="5 32"
strategies="naive for-update atomic serializable"
seatsim="$root/build/seatsim"
serverDir=""
capacity=1000000
jsonOut=""
pgbenchThreads=2 # pgbench -j: 2 threads share the N connections (seatsim: one thread each)
while getopts "t:r:n:s:b:d:c:j:p:h" opt; do
    case $opt in
    t) seconds=$OPTARG ;;
    r) rounds=$OPTARG ;;
    n) clients=$OPTARG ;;
    s) strategies=$OPTARG ;;
    b) seatsim=$OPTARG ;;
    d) serverDir=$OPTARG ;;
    c) capacity=$OPTARG ;;
    j) jsonOut=$OPTARG ;;
    p) pgbenchThreads=$OPTARG ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done

[ -x "$seatsim" ] || { echo "no seatsim at $seatsim: build first (cmake --build build)" >&2; exit 1; }
pgbench=$(command -v pgbench || true)
if [ -z "$pgbench" ]; then
    pgbench=$(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1)
fi
[ -x "$pgbench" ] || { echo "pgbench not found (install postgresql-contrib or postgresql-client)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed to read seatsim's JSON" >&2; exit 1; }

if [ -z "$serverDir" ]; then
    serverDir=$(mktemp -d /tmp/seatsim-bench.XXXXXX)
    chmod 0711 "$serverDir"
    removeDir=1
else
    removeDir=0
fi

# A private server stops when its last SeatSim process leaves. This script registers itself
# as one more user of the server (as every SeatSim process does, by a file named after its
# pid), so that the server stays up between the runs.
mkdir -p "$serverDir/clients"
clientFile="$serverDir/clients/$$-bench"
echo $$ >"$clientFile"
cleanup() {
    rm -f "$clientFile"
    # the last SeatSim process to leave stops the server
    "$seatsim" --headless --audit --server-dir "$serverDir" >/dev/null 2>&1 || true
    if [ "$removeDir" = 1 ]; then
        rm -rf "$serverDir"
    fi
}
trap cleanup EXIT

capacityOption=()
if [ "$capacity" = exercise ]; then
    : # the exercise's 40 seats: sold out early, so most attempts are refusals
elif "$seatsim" --help 2>/dev/null | grep -q -- '--capacity'; then
    capacityOption=(--capacity "$capacity")
else
    echo "note: this seatsim has no --capacity: the 40 seats sell out at once and both tools" >&2
    echo "      measure mostly \"full\" attempts (still the same work for both)." >&2
fi

reset() {
    "$seatsim" --headless --reset "${capacityOption[@]}" --server-dir "$serverDir" >/dev/null
}

reset # creates the cluster on the first use and starts the server
export PGHOST="$serverDir/socket" PGPORT=5432 PGUSER=seatsim PGDATABASE=seatsim
export PGOPTIONS="-c search_path=seatsim"
export PGAPPNAME=seatsim-bench

echo "# $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1)"
echo "# $("$pgbench" --version); $("$seatsim" --version 2>/dev/null || echo seatsim)"
echo "# ${seconds} s per measurement, best of ${rounds}, ${capacity} seats per session, think_ms=0, -M simple, pgbench -j ${pgbenchThreads}"
printf '%-14s %4s %12s %12s %7s\n' strategy N pgbench/s seatsim/s ratio
[ -n "$jsonOut" ] && : >"$jsonOut"

for strategy in $strategies; do
    script="$root/sql/strategies/$strategy.sql"
    tries=()
    case $strategy in
    serializable | repeatable-read | for-share | multi-unordered) tries=(--max-tries=10) ;;
    esac
    for n in $clients; do
        pgRate=0
        ssRate=0
        for round in $(seq "$rounds"); do
            reset
            out=$("$pgbench" -n -f "$script" -c "$n" -j "$(( pgbenchThreads < n ? pgbenchThreads : n ))" -T "$seconds" -M simple \
                -D sessions=8 -D think_ms=0 "${tries[@]}" 2>&1) || {
                echo "$out" >&2
                exit 1
            }
            # pgbench's tps counts the committed transactions; an attempt that gave up after
            # --max-tries is an attempt too, as it is for seatsim.
            processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$out")
            failedTx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
            tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' <<<"$out")
            rate=$(awk -v t="$tps" -v p="$processed" -v f="${failedTx:-0}" \
                'BEGIN { printf "%.1f", (p > 0 ? t * (p + f) / p : 0) }')
            pgRate=$(awk -v a="$rate" -v b="$pgRate" 'BEGIN { print (a > b ? a : b) }')

            json=$("$seatsim" --headless --json --strategy "$strategy" --threads "$n" \
                --duration-ms $((seconds * 1000)) --think-ms 0 --server-dir "$serverDir" \
                "${capacityOption[@]}" | head -n 1) || true
            rate=$(jq -r '.attempts_per_s' <<<"$json")
            if [ -z "$rate" ] || [ "$rate" = null ]; then
                echo "seatsim failed: $json" >&2
                exit 1
            fi
            ssRate=$(awk -v a="$rate" -v b="$ssRate" 'BEGIN { print (a > b ? a : b) }')
        done
        ratio=$(awk -v a="$ssRate" -v b="$pgRate" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        printf '%-14s %4d %12.0f %12.0f %7s\n' "$strategy" "$n" "$pgRate" "$ssRate" "$ratio"
        if [ -n "$jsonOut" ]; then
            jq -nc --arg s "$strategy" --argjson n "$n" --argjson pg "$pgRate" \
                --argjson ss "$ssRate" --argjson r "$ratio" --argjson t "$seconds" \
                '{strategy:$s, clients:$n, seconds:$t, pgbench_per_s:$pg, seatsim_per_s:$ss, ratio:$r}' \
                >>"$jsonOut"
        fi
    done
done
