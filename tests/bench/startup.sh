#!/usr/bin/env bash
# How long the private server takes to be ready: the very first start (initdb, start,
# CREATE DATABASE) and a warm start (cluster exists, server stopped), each measured as
# `seatsim --headless --audit` on its own server directory, which starts the server, connects,
# audits and stops it again. Prints the median and the worst of several rounds.
#
#   tests/bench/startup.sh [-r ROUNDS] [-b SEATSIM]
#
# Not a test: it asserts nothing. Goals (issue 7): first start < 3 s, warm start < 1 s.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=5
seatsim="$root/build/seatsim"
while getopts "r:b:h" opt; do
    case $opt in
    r) rounds=$OPTARG ;;
    b) seatsim=$OPTARG ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
[ -x "$seatsim" ] || { echo "no seatsim at $seatsim: build first (cmake --build build)" >&2; exit 1; }

work=$(mktemp -d /tmp/seatsim-startup.XXXXXX)
chmod 0711 "$work"
trap 'rm -rf "$work"' EXIT

seconds() { # runs the command, prints its wall time in seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

summary() { # label, then the times
    local label=$1
    shift
    printf '%s\n' "$@" | sort -n | awk -v label="$label" \
        '{ t[NR] = $1 } END { printf "%-34s median %.2f s, worst %.2f s (%d runs)\n", label, t[int((NR + 1) / 2)], t[NR], NR }'
}

# --reset is needed once: the audit of a server without the tables fails on purpose.
first=()
warm=()
for i in $(seq "$rounds"); do
    dir="$work/$i"
    first+=("$(seconds "$seatsim" --headless --reset --server-dir "$dir")")
    warm+=("$(seconds "$seatsim" --headless --audit --server-dir "$dir")")
done
echo "# $(nproc) CPUs: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1); $("$seatsim" --version)"
summary "first start (initdb + start + reset)" "${first[@]}"
summary "warm start (start + audit + stop)" "${warm[@]}"
