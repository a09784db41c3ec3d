#!/usr/bin/env bash
# A class on one course server: N students (plain logins, one schema each, set up with the
# README's "Course server" SQL) each run `seatsim --headless --runs R --json` at the same time
# with one strategy, spread over the catalogue and tests/students/*.sql, under the exercise's
# load (the headless default). Every strategy first runs solo with the same seeds; each
# student's verdicts must equal the solo verdicts run by run.
#
#   tests/bench/class.sh [-n STUDENTS] [-r RUNS] [-b SEATSIM] [-d SERVER_DIR] [-j FILE]
#
# Prints the wall time of the class, the peak of client connections (pg_stat_activity sampled
# every 100 ms), the connections the class needs by the README's formula, and every verdict
# that differs from its solo verdict. With -j FILE it also writes one JSON object with the
# figures. Not a test; it exits 1 when a verdict differs or a student's SeatSim failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
students=30
runs=10
seatsim="$root/build/seatsim"
serverDir=""
jsonOut=""
while getopts "n:r:b:d:j:h" opt; do
    case $opt in
    n) students=$OPTARG ;;
    r) runs=$OPTARG ;;
    b) seatsim=$OPTARG ;;
    d) serverDir=$OPTARG ;;
    j) jsonOut=$OPTARG ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done

[ -x "$seatsim" ] || { echo "no seatsim at $seatsim: build first (cmake --build build)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed to read seatsim's JSON" >&2; exit 1; }
psql=$(command -v psql || ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
[ -x "$psql" ] || { echo "psql not found (install postgresql-client)" >&2; exit 1; }

if [ -z "$serverDir" ]; then
    serverDir=$(mktemp -d /tmp/seatsim-class.XXXXXX)
    chmod 0711 "$serverDir"
    removeDir=1
else
    removeDir=0
fi
work=$(mktemp -d /tmp/seatsim-class-out.XXXXXX)

# The private server stays up while this script is one of its registered users.
mkdir -p "$serverDir/clients"
clientFile="$serverDir/clients/$$-bench"
echo $$ >"$clientFile"
sampler=""
cleanup() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    rm -f "$clientFile"
    "$seatsim" --headless --audit --server-dir "$serverDir" >/dev/null 2>&1 || true
    [ "$removeDir" = 1 ] && rm -rf "$serverDir"
    rm -rf "$work"
}
trap cleanup EXIT

"$seatsim" --headless --reset --server-dir "$serverDir" >/dev/null
export PGHOST="$serverDir/socket" PGPORT=5432 PGUSER=seatsim PGDATABASE=seatsim
sql() { "$psql" -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }

# The lecturer's set-up from the README, for N students, on this server's database.
"$psql" -X -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'lecturer') THEN
        CREATE ROLE lecturer LOGIN PASSWORD 'lecturer';
    END IF;
    FOR n IN 0..$students LOOP
        -- student00 runs the solo runs
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = format('student%s', to_char(n, 'FM00'))) THEN
            CONTINUE;
        END IF;
        EXECUTE format('CREATE ROLE student%s LOGIN PASSWORD %L', to_char(n, 'FM00'), 'student');
        EXECUTE format('GRANT CONNECT, CREATE ON DATABASE seatsim TO student%s', to_char(n, 'FM00'));
        EXECUTE format('CREATE SCHEMA student%1\$s AUTHORIZATION student%1\$s', to_char(n, 'FM00'));
        EXECUTE format('COMMENT ON SCHEMA student%s IS %L', to_char(n, 'FM00'),
            'SeatSim demo schema: created by SeatSim, which may drop and recreate its tables.');
        EXECUTE format('GRANT USAGE ON SCHEMA student%s TO lecturer', to_char(n, 'FM00'));
        EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE student%1\$s IN SCHEMA student%1\$s '
                       'GRANT SELECT ON TABLES TO lecturer', to_char(n, 'FM00'));
    END LOOP;
END \$\$;
SQL
[ "$(sql "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'student%' AND NOT rolsuper")" -ge "$students" ]

strategies=($("$seatsim" --headless --list-strategies --json | jq -r .id))
for file in "$root"/tests/students/*.sql; do strategies+=("$file"); done

studentOf() { printf 'student%02d' "$1"; }
seatsimAs() { # login, output file, strategy
    "$seatsim" --headless --runs "$runs" --json --schema "$1" \
        --database "host=$PGHOST port=$PGPORT dbname=seatsim user=$1" --strategy "$3" >"$2" 2>"$2.err"
}
verdicts() { jq -r 'select(.summary != true) | "\(.seed) \(.verdict // "none")"' "$1"; }

echo "solo: ${#strategies[@]} strategies × $runs runs as student00" >&2
for index in "${!strategies[@]}"; do
    seatsimAs student00 "$work/solo-$index.jsonl" "${strategies[$index]}" || true
done

# 100 ms samples of the client connections on the server, as the superuser.
(
    while :; do
        sql "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'" || true
        sleep 0.1
    done
) >"$work/connections" &
sampler=$!

echo "class: $students students × $runs runs at once" >&2
start=$(date +%s.%N)
pids=()
for n in $(seq 1 "$students"); do
    index=$(((n - 1) % ${#strategies[@]}))
    seatsimAs "$(studentOf "$n")" "$work/student-$n.jsonl" "${strategies[$index]}" &
    pids+=($!)
done
failed=0
for n in $(seq 1 "$students"); do
    code=0
    wait "${pids[$((n - 1))]}" || code=$?
    # 0, 3 and 4 are verdicts; 1 and 2 mean the student's SeatSim could not run
    if [ "$code" = 1 ] || [ "$code" = 2 ]; then
        echo "$(studentOf "$n"): exit $code: $(head -c 300 "$work/student-$n.jsonl.err")" >&2
        failed=$((failed + 1))
    fi
done
end=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=""

wall=$(echo "$end - $start" | bc)
peak=$(sort -n "$work/connections" | tail -n 1)
threads=$(jq -r 'select(.summary != true) | .threads' "$work/student-1.jsonl" | head -n 1)
needed=$((students * (threads + 2)))
differing=0
judged=0
for n in $(seq 1 "$students"); do
    index=$(((n - 1) % ${#strategies[@]}))
    if ! diff <(verdicts "$work/solo-$index.jsonl") <(verdicts "$work/student-$n.jsonl") >"$work/diff"; then
        echo "$(studentOf "$n") ($(basename "${strategies[$index]}")): verdict differs from solo:" >&2
        sed 's/^/    /' "$work/diff" >&2
        differing=$((differing + 1))
    fi
    judged=$((judged + $(jq -r 'select(.summary != true and .verdict != null) | 1' \
        "$work/student-$n.jsonl" | wc -l)))
done

printf 'machine: %s cores, %s\n' "$(nproc)" "$(sql 'SHOW server_version')"
printf 'class: %d students × %d runs (%d threads each), wall time %.1f s\n' \
    "$students" "$runs" "$threads" "$wall"
printf 'connections: peak %s client backends sampled (formula: %d × (%d + 2) = %d)\n' \
    "$peak" "$students" "$threads" "$needed"
printf 'verdicts: %d judged runs, %d students differ from solo, %d could not run\n' \
    "$judged" "$differing" "$failed"
if [ -n "$jsonOut" ]; then
    jq -n --argjson students "$students" --argjson runs "$runs" --argjson wall "$wall" \
        --argjson peak "$peak" --argjson needed "$needed" --argjson judged "$judged" \
        --argjson differing "$differing" --argjson failed "$failed" --argjson cores "$(nproc)" \
        '{students: $students, runs: $runs, wall_s: $wall, peak_connections: $peak,
          formula_connections: $needed, judged_runs: $judged, differing_students: $differing,
          failed_students: $failed, cores: $cores}' >"$jsonOut"
fi
[ "$differing" = 0 ] && [ "$failed" = 0 ]
