#!/usr/bin/env bash
# Calls per second of a student's Python reserve_seat through SeatSim's bridge against the
# same reserve_seat called in a plain Python loop (5 threads, one connection each, no
# reporting), on one private server with the same table state. The difference is the bridge's
# cost: its reporting cursor, one JSON line per call, and SeatSim reading and judging them.
#
#   tests/bench/python.sh [-t SECONDS] [-r ROUNDS] [-n THREADS] [-a "atomic_update for_update"]
#                         [-b SEATSIM] [-c SEATS_PER_SESSION]
#
# Not a test: it asserts nothing; it prints a table. The best of the rounds counts.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=5
rounds=1
threads=5
answers="atomic_update for_update"
seatsim="$root/build/seatsim"
capacity=1000000
while getopts "t:r:n:a:b:c:h" opt; do
    case $opt in
    t) seconds=$OPTARG ;;
    r) rounds=$OPTARG ;;
    n) threads=$OPTARG ;;
    a) answers=$OPTARG ;;
    b) seatsim=$OPTARG ;;
    c) capacity=$OPTARG ;;
    *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
[ -x "$seatsim" ] || { echo "no seatsim at $seatsim: build first" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed to read seatsim's JSON" >&2; exit 1; }
python=${SEATSIM_PYTHON:-/usr/bin/python3}

serverDir=$(mktemp -d /tmp/seatsim-pybench.XXXXXX)
chmod 0711 "$serverDir"
mkdir -p "$serverDir/clients"
echo $$ >"$serverDir/clients/$$-bench"
cleanup() {
    rm -f "$serverDir/clients/$$-bench"
    "$seatsim" --headless --audit --server-dir "$serverDir" >/dev/null 2>&1 || true
    rm -rf "$serverDir"
}
trap cleanup EXIT
reset() {
    "$seatsim" --headless --reset --capacity "$capacity" --server-dir "$serverDir" >/dev/null
}
reset
export PGHOST="$serverDir/socket" PGPORT=5432 PGUSER=seatsim PGDATABASE=seatsim
export PGOPTIONS="-c search_path=seatsim" PGAPPNAME=seatsim-bench

# The plain loop: the answer's definitions, its get_connection() reaching this server through
# the PG* variables, `threads` threads calling reserve_seat for `seconds`.
plain_loop='
import ast, random, sys, threading, time
import psycopg2
original = psycopg2.connect
psycopg2.connect = lambda *a, **k: original("")
path, threads, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
tree = ast.parse(open(path, encoding="utf-8").read())
tree.body = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom, ast.FunctionDef))]
ns = {}
exec(compile(tree, path, "exec"), ns)
counts = [0] * threads
start = threading.Barrier(threads + 1)
def work(i):
    conn = ns["get_connection"]()
    rng = random.Random(i)
    start.wait()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ns["reserve_seat"](conn, rng.randint(1, 100), rng.randint(1, 8))
        counts[i] += 1
    conn.close()
workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
for t in workers: t.start()
start.wait()
began = time.monotonic()
for t in workers: t.join()
print("%.1f" % (sum(counts) / (time.monotonic() - began)))
'

echo "# $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1); $($python --version)"
echo "# ${seconds} s per measurement, best of ${rounds}, ${threads} threads, ${capacity} seats per session"
printf '%-16s %12s %12s %7s %14s\n' answer plain/s bridge/s ratio "cost/call µs"
for answer in $answers; do
    file="$root/tests/students/python/$answer.py"
    plainRate=0
    bridgeRate=0
    for round in $(seq "$rounds"); do
        reset
        rate=$("$python" -c "$plain_loop" "$file" "$threads" "$seconds")
        plainRate=$(awk -v a="$rate" -v b="$plainRate" 'BEGIN { print (a > b ? a : b) }')
        json=$("$seatsim" --headless --json --strategy "$file" --threads "$threads" \
            --duration-ms $((seconds * 1000)) --capacity "$capacity" --server-dir "$serverDir" |
            head -n 1) || true
        rate=$(jq -r '.attempts_per_s' <<<"$json")
        [ -n "$rate" ] && [ "$rate" != null ] || { echo "seatsim failed: $json" >&2; exit 1; }
        bridgeRate=$(awk -v a="$rate" -v b="$bridgeRate" 'BEGIN { print (a > b ? a : b) }')
    done
    # Per call and thread: the time a bridged call takes beyond a plain one.
    awk -v a="$answer" -v p="$plainRate" -v b="$bridgeRate" -v n="$threads" 'BEGIN {
        printf "%-16s %12.0f %12.0f %7.2f %14.0f\n", a, p, b, (p > 0 ? b / p : 0),
               (b > 0 && p > 0 ? (n / b - n / p) * 1e6 : 0) }'
done
