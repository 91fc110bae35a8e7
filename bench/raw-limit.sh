#!/usr/bin/env bash
# The raw-SQL yardstick (../shared/perf/raw-limit): bare lifecycles per second that PostgreSQL on
# this machine manages right now, with no application in between. A benchmark runs it in the same
# run as its own figures and prints both, so that a ratio holds on a noisy, shared machine where
# absolute figures do not.
#
#   bench/raw-limit.sh [rows preloaded, default 0] [seconds, default 30]
#
# Prints one line: "raw-limit: <tps> lifecycles/s (<rows> rows preloaded, <clients> clients, <s> s)".
# Environment (optional): RAW_LIMIT_DIR (the yardstick's folder), PGHOST PGPORT PGUSER, CLIENTS=8.
set -euo pipefail

ROWS=${1:-0}
SECONDS_RUN=${2:-30}
CLIENTS=${CLIENTS:-8}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=${RAW_LIMIT_DIR:-$BENCH_DIR/../../shared/perf/raw-limit}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[[ $ROWS =~ ^[0-9]+$ && $SECONDS_RUN =~ ^[0-9]+$ ]] || { echo "usage: $0 [rows] [seconds]" >&2; exit 2; }
[[ -f $DIR/schema.sql && -f $DIR/lifecycle.sql ]] || { echo "raw-limit: no yardstick at $DIR (set RAW_LIMIT_DIR)" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "raw-limit: needs pgbench" >&2; exit 2; }

trap 'psql -q -d postgres -c "drop database if exists limitdb" >/dev/null 2>&1 || true' EXIT
psql -q -d postgres -f "$DIR/schema.sql" >/dev/null
if ((ROWS > 0)); then
	psql -q -d limitdb -c "insert into complaint(reference,status,district,mobile,category,description)
		select 'P'||g,'DISPOSED',1,'98'||lpad(g::text,8,'0'),'THEFT',repeat('x',300) from generate_series(1,$ROWS) g" \
		-c "insert into history(complaint_id,actor,to_status) select id,0,'DISPOSED' from complaint" >/dev/null
fi
psql -q -d limitdb -c "vacuum analyze" >/dev/null
tps=$(pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_RUN" -f "$DIR/lifecycle.sql" limitdb 2>/dev/null |
	awk '/^tps = / { printf "%.0f", $3 }')
[[ -n $tps ]] || { echo "raw-limit: pgbench printed no tps" >&2; exit 1; }
echo "raw-limit: $tps lifecycles/s ($ROWS rows preloaded, $CLIENTS clients, $SECONDS_RUN s)"
