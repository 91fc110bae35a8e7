#!/usr/bin/env bash
# The lifecycle benchmark at one data size, start to finish:
#   fresh database -> start the app (Flyway + demo district) -> stop it -> preload N complaints
#   -> start the app again -> Gatling warm-up -> measured Gatling run -> figures -> stop app, drop db
#
#   bench/run.sh 100000
#   SCOPE=state bench/run.sh 10000000
#
# Environment (all optional):
#   SCOPE=district  where the N preloaded complaints lie: district (Rampur only, preload.sql) or
#                   state (all 75 districts by NCRB weights, bench stations and officers,
#                   preload-state.sql); the lifecycles run in Rampur either way
#   SEARCH_BACKFILL 1 lets the app give the preloaded complaints their search terms after start
#                   (about 3,600 a second, on its own thread, during the load); default 1 for
#                   district, 0 for state (10 M would keep it busy for most of an hour)
#   USERS=8         concurrent lifecycles (closed model)
#   WARMUP=90       seconds of warm-up load, then DURATION=120 seconds measured, in one Gatling run
#   DB=samadhan_bench  PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT=8080       APP_XMX=2g
#   APP_ARGS="..."  more arguments for the app, separated by spaces (none inside an argument)
#   APP_JVM_OPTS="..."  options for the app's JVM, e.g. a flight recording:
#                   -XX:StartFlightRecording=delay=90s,duration=120s,settings=profile,filename=app.jfr
#   TEXTS=varied    the complaints' and reports' texts: varied (slots filled at random, as many
#                   complainants and officers write) or same (every report a copy of all before it,
#                   complaints alike: the detector's worst case, as every run before 2026-12-05)
#   BUILD=1         rebuild the application jar even if it exists
#   KEEP_DB=1       leave the database (and stop nothing else) for inspection afterwards
#   REUSE_DB=1      measure on the database DB as it is (preloaded with N by an earlier run with
#                   KEEP_DB=1, e.g. bench/reporting/run.sh): no fresh database, no preload; kept
# Everything goes to 127.0.0.1 only. The load stops by itself after WARMUP + DURATION seconds
# (Gatling's maxDuration cuts the run at WARMUP + DURATION + 60 s).
set -euo pipefail

N=${1:?usage: bench/run.sh N  (number of complaints to preload, e.g. 100000)}
if ! [[ $N =~ ^[0-9]+$ ]] || (( N > 99999999 )); then
	echo "N must be a whole number below 100,000,000 (the reference has 8 digits of serial)" >&2
	exit 2
fi

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SCOPE=${SCOPE:-district}
case $SCOPE in
	district) PRELOAD="$BENCH_DIR/preload.sql" SEARCH_BACKFILL=${SEARCH_BACKFILL:-1} ;;
	state) PRELOAD="$BENCH_DIR/preload-state.sql" SEARCH_BACKFILL=${SEARCH_BACKFILL:-0} ;;
	*) echo "SCOPE must be district (Rampur, preload.sql) or state (75 districts, preload-state.sql)" >&2; exit 2 ;;
esac
USERS=${USERS:-8}
DURATION=${DURATION:-120}
WARMUP=${WARMUP:-90}
DB=${DB:-samadhan_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8080}
APP_XMX=${APP_XMX:-2g}
APP_ARGS=${APP_ARGS:-}
APP_JVM_OPTS=${APP_JVM_OPTS:-}
TEXTS=${TEXTS:-varied}
[[ $TEXTS == varied || $TEXTS == same ]] || { echo "TEXTS must be varied or same" >&2; exit 2; }
if [[ $SEARCH_BACKFILL == 0 ]]; then
	APP_ARGS="$APP_ARGS --samadhan.search.backfill.enabled=false"
fi
BASE_URL="http://127.0.0.1:$PORT"
JAR="$REPO_DIR/target/samadhan-0.1.0-SNAPSHOT.jar"
RUN_DIR="$BENCH_DIR/target/run-$([[ $SCOPE == state ]] && echo state-)$N-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN_DIR"
APP_PID=
GATLING_PID=

log() { printf '[run %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

for tool in java mvn psql curl; do
	command -v "$tool" >/dev/null || { echo "needs $tool on the PATH" >&2; exit 2; }
done
if curl -s -o /dev/null "$BASE_URL/actuator/health"; then
	echo "something already answers on port $PORT: stop it first" >&2
	exit 2
fi

if [[ $(psql -Atq -d postgres -c 'show autovacuum') != on ]]; then
	# Production runs autovacuum; without it the tables the load fills keep the statistics of the
	# preload (empty) and their dead rows: a plan can read a whole table where an index would do.
	log "warning: this server runs with autovacuum off (alter system set autovacuum = on; select pg_reload_conf())"
fi

start_app() {
	log "starting the app on port $PORT (-Xmx$APP_XMX), log $RUN_DIR/app-$1.log"
	(cd "$RUN_DIR" && exec env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
		SPRING_DATASOURCE_USERNAME="$PGUSER" \
		java -Xmx"$APP_XMX" $APP_JVM_OPTS -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
		--logging.level.samadhan.sms=WARN --samadhan.attachments.directory="$RUN_DIR/attachments" $APP_ARGS \
		>"$RUN_DIR/app-$1.log" 2>&1) &
	APP_PID=$!
	local deadline=$((SECONDS + 180))
	until curl -sf -o /dev/null "$BASE_URL/actuator/health"; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "the app died on start; see $RUN_DIR/app-$1.log" >&2
			tail -30 "$RUN_DIR/app-$1.log" >&2
			exit 1
		fi
		if ((SECONDS > deadline)); then
			echo "the app did not become healthy in 180 s" >&2
			exit 1
		fi
		sleep 1
	done
	log "app is up (pid $APP_PID)"
}

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
		kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

cleanup() {
	if [[ -n ${GATLING_PID:-} ]] && kill -0 "$GATLING_PID" 2>/dev/null; then
		kill "$GATLING_PID" 2>/dev/null || true
	fi
	stop_app
	if [[ -z ${KEEP_DB:-} ]]; then
		psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

# CPU seconds: the whole machine (busy, from /proc/stat), one process, and all postgres processes.
machine_busy() { awk '/^cpu /{print ($2+$3+$4+$7+$8+$9)/100; exit}' /proc/stat; }
machine_total() { awk '/^cpu /{s=0; for(i=2;i<=NF;i++) s+=$i; print s/100; exit}' /proc/stat; }
proc_cpu() { awk '{print ($14+$15)/100}' "/proc/$1/stat"; }
postgres_cpu() { ps -u postgres -o times= | awk '{s+=$1} END{print s+0}'; }

if [[ ! -f $JAR || -n ${BUILD:-} ]]; then
	log "building the application"
	(cd "$REPO_DIR" && mvn -B -ntp -q -DskipTests package)
fi
log "compiling the Gatling simulation"
mvn -B -ntp -q -f "$BENCH_DIR/pom.xml" test-compile

if [[ -n ${REUSE_DB:-} ]]; then
	KEEP_DB=1
	PRELOAD_SECONDS="(reused)"
	log "reusing database $DB as it is (no preload)"
else
	log "fresh database $DB"
	psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

	start_app migrate
	stop_app

	log "preloading $N complaints ($SCOPE: $(basename "$PRELOAD"))"
	PRELOAD_START=$SECONDS
	psql -d "$DB" -v n="$N" -f "$PRELOAD" >"$RUN_DIR/preload.log" 2>&1 || {
		tail -30 "$RUN_DIR/preload.log" >&2
		exit 1
	}
	PRELOAD_SECONDS=$((SECONDS - PRELOAD_START))
	log "preload took ${PRELOAD_SECONDS} s (log $RUN_DIR/preload.log)"
fi
DB_SIZE=$(psql -Atq -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")
HISTORY_ROWS=$(psql -Atq -d "$DB" -c "select count(*) from complaint_history")
SPREAD=$(psql -Atq -d "$DB" -c "select count(distinct c.district_id) || ' districts, ' || count(*) filter (where u.code = 'RAMPUR')
	|| ' in Rampur, ' || (select count(*) from jurisdiction_unit where kind = 'STATION') || ' stations, '
	|| (select count(*) from jurisdiction_officer) || ' officers'
	from complaint c join jurisdiction_unit u on u.id = c.district_id")

start_app load

log "load: $WARMUP s warm-up then $DURATION s measured, $USERS concurrent lifecycles (log $RUN_DIR/gatling.log)"
GATLING_LOG="$RUN_DIR/gatling.log"
mvn -B -ntp -q -f "$BENCH_DIR/pom.xml" gatling:test -DbaseUrl="$BASE_URL" -Dusers="$USERS" \
	-Dwarmup="$WARMUP" -Dduration="$DURATION" -Dlabel=measure -DsameTexts="$([[ $TEXTS == same ]] && echo true || echo false)" \
	>"$GATLING_LOG" 2>&1 &
GATLING_PID=$!
wait_mark() {
	until grep -q "BENCH_MARK $1" "$GATLING_LOG" 2>/dev/null; do
		kill -0 "$GATLING_PID" 2>/dev/null || return 1
		sleep 0.2
	done
}
wait_mark measure-start || true
CPU0_BUSY=$(machine_busy) CPU0_TOTAL=$(machine_total) CPU0_APP=$(proc_cpu "$APP_PID") CPU0_PG=$(postgres_cpu)
# Statements and commits while measuring, counted by PostgreSQL itself: pg_stat_statements where
# the server preloads it (shared_preload_libraries; it needs a restart, so the script only uses
# it), and the database's commit counter.
STATEMENTS=
if [[ $(psql -Atq -d "$DB" -c "show shared_preload_libraries") == *pg_stat_statements* ]] \
	&& psql -q -d "$DB" -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" >/dev/null 2>&1; then
	STATEMENTS=1
fi
COMMITS0=$(psql -Atq -d "$DB" -c "select xact_commit from pg_stat_database where datname = current_database()")
WAL0=$(psql -Atq -d "$DB" -c "select wal_sync from pg_stat_wal")
log "measuring"
# What the app's PostgreSQL backends are doing, sampled twice a second while measuring
# (a state 'active' backend with no wait event is on the CPU).
(
	while [[ ! -f $RUN_DIR/.measure-end ]]; do
		psql -Atq -d "$DB" -c "select coalesce(wait_event_type || ':' || wait_event, 'on CPU')
			from pg_stat_activity where datname = current_database() and state = 'active'
			and pid <> pg_backend_pid() and backend_type = 'client backend'" || true
		sleep 0.5
	done | sort | uniq -c | sort -rn >"$RUN_DIR/pg-waits.txt"
) &
SAMPLER_PID=$!
wait_mark measure-end || true
touch "$RUN_DIR/.measure-end"
CPU1_BUSY=$(machine_busy) CPU1_TOTAL=$(machine_total) CPU1_APP=$(proc_cpu "$APP_PID") CPU1_PG=$(postgres_cpu)
COMMITS1=$(psql -Atq -d "$DB" -c "select xact_commit from pg_stat_database where datname = current_database()")
WAL1=$(psql -Atq -d "$DB" -c "select wal_sync from pg_stat_wal")
if [[ -n $STATEMENTS ]]; then
	# the app's statements only: the sampler's and this script's own queries left out
	psql -d "$DB" -c "create temporary table measured as select s.query, s.calls, s.total_exec_time, s.rows
		from pg_stat_statements s join pg_roles r on r.oid = s.userid
		where s.dbid = (select oid from pg_database where datname = current_database())
		and s.query not like '%pg_stat_activity%' and s.query not like '%pg_stat_statements%'
		and s.query not like '%pg_stat_database%';" \
		-c "\\copy measured to '$RUN_DIR/pg-statements.tsv'" >/dev/null 2>&1 || STATEMENTS=
	SAMPLER_CALLS=$(psql -Atq -d "$DB" -c "select coalesce(sum(calls), 0) from pg_stat_statements
		where dbid = (select oid from pg_database where datname = current_database()) and query like '%pg_stat_activity%'")
fi
LOAD_AVG=$(cut -d' ' -f1-3 /proc/loadavg)
wait "$SAMPLER_PID" || true
if ! wait "$GATLING_PID"; then
	grep -v DEBUG "$GATLING_LOG" | tail -40 >&2
	exit 1
fi
REPORT=$(grep -ho 'file://[^ ]*index.html' "$GATLING_LOG" | tail -1 || true)
COUNT_AFTER=$(psql -Atq -d "$DB" -c "select count(*) from complaint")

# Reads that are not part of the lifecycle but that every officer's screen makes: the worklist.
# Ten sequential calls each on the now idle app; median and max of curl's total time.
log "probing worklists (GET /api/complaints), 10 calls each"
probe() {
	local user=$1 query=$2 times
	times=$(for _ in $(seq 1 10); do
		curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept-Language: en' -u "$user:demo-only" \
			"$BASE_URL/api/complaints$query"
	done | sort -n)
	printf '  %-16s %-28s median %4.0f ms  max %4.0f ms\n' "$user" "${query:-(all statuses)}" \
		"$(echo "$times" | sed -n 5p | awk '{print $1 * 1000}')" "$(echo "$times" | tail -1 | awk '{print $1 * 1000}')"
}
{
	probe sho.kotwali ''
	probe sho.kotwali '?status=STATION_INBOX'
	probe io.kotwali.1 '?mine=true'
	probe co.city ''
	probe asp.rampur ''
	probe asp.rampur '?status=IN_REVIEW'
	probe cell.rampur '?status=DISTRICT_INBOX'
	if [[ $SCOPE == state ]]; then
		# Above and beside Rampur: the largest district (Lucknow), its first bench station, the
		# Bareilly zone (Rampur's) and the state.
		probe sp.lucknow ''
		probe sp.lucknow '?status=IN_REVIEW'
		probe sho.lucknow-s001 ''
		probe ig.bareilly-zone ''
		probe supervisor.up ''
	fi
} >"$RUN_DIR/probes.txt"
psql -d "$DB" -c "select relname, n_live_tup, n_dead_tup, n_tup_ins, n_tup_upd, n_tup_hot_upd,
	autovacuum_count, autoanalyze_count, last_autovacuum from pg_stat_user_tables
	where n_tup_ins + n_tup_upd > 0 order by n_tup_ins + n_tup_upd desc" >"$RUN_DIR/pg-tables.txt" 2>&1 || true
log "EXPLAIN ANALYZE of the lifecycle's and the worklists' queries -> $RUN_DIR/explain.txt"
psql -d "$DB" -f "$BENCH_DIR/explain.sql" >"$RUN_DIR/explain.txt" 2>&1 || true

{
	echo
	echo "================ Samadhan lifecycle benchmark ================"
	echo "date (UTC)          $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "machine             $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM; app, PostgreSQL and Gatling share it"
	echo "database            $(psql -Atq -d "$DB" -c 'select version()' | cut -d' ' -f1-2), db $DB, $DB_SIZE after preload, autovacuum $(psql -Atq -d "$DB" -c 'show autovacuum')"
	echo "app JVM             $(java -version 2>&1 | head -1), -Xmx$APP_XMX $APP_JVM_OPTS"
	echo "preloaded           $N complaints, $HISTORY_ROWS history rows, in ${PRELOAD_SECONDS} s ($SCOPE: $SPREAD)"
	echo "search backfill     $([[ $SEARCH_BACKFILL == 0 ]] && echo 'off (no search terms for the preloaded complaints)' || echo 'on at start (runs during the load)')"
	echo "complaints now      $COUNT_AFTER"
	echo "load                $USERS concurrent lifecycles, ${WARMUP} s warm-up + ${DURATION} s measured, texts $TEXTS"
	grep -h '^\[bench\] measure' "$GATLING_LOG" | sed 's/^\[bench\] measure: //'
	awk -v b0="$CPU0_BUSY" -v b1="$CPU1_BUSY" -v t0="$CPU0_TOTAL" -v t1="$CPU1_TOTAL" \
		-v a0="$CPU0_APP" -v a1="$CPU1_APP" -v p0="$CPU0_PG" -v p1="$CPU1_PG" -v cores="$(nproc)" 'BEGIN {
		wall = (t1 - t0) / cores; busy = b1 - b0; app = a1 - a0; pg = p1 - p0;
		printf "CPU during the measured run (%.0f s wall, %d cores = %.0f core-s):\n", wall, cores, wall * cores;
		printf "  machine busy %.0f%%; app %.0f core-s (%.0f%%), postgres %.0f core-s (%.0f%%), Gatling and the rest %.0f core-s (%.0f%%)\n",
			100 * busy / (wall * cores), app, 100 * app / (wall * cores), pg, 100 * pg / (wall * cores),
			busy - app - pg, 100 * (busy - app - pg) / (wall * cores) }'
	echo "load average        $LOAD_AVG (at the end of the measured window)"
	LIFECYCLES=$(grep -ho 'BENCH_RESULT label=measure [^ ]* lifecycles=[0-9]*' "$GATLING_LOG" | sed 's/.*lifecycles=//' | tail -1)
	if [[ -n $STATEMENTS && ${LIFECYCLES:-0} -gt 0 ]]; then
		# every statement of the app while measuring, background jobs included, over the lifecycles completed
		awk -F'\t' -v n="$LIFECYCLES" -v c="$((COMMITS1 - COMMITS0 - SAMPLER_CALLS - 2))" -v w="$((WAL1 - WAL0))" '
			{ calls += $2; ms += $3; if ($1 ~ /^(insert|update|delete|INSERT|UPDATE|DELETE)/) writes += $2 }
			END { printf "statements          %.1f per lifecycle (%.1f writes), %.1f ms of statement time per lifecycle (pg_stat_statements; top statements in pg-statements.txt)\n", calls / n, writes / n, ms / n;
				printf "commits             %.1f per lifecycle (read-only ones included), %.1f WAL flushes per lifecycle (pg_stat_wal, one flush serves the commits waiting on it)\n", c / n, w / n }' \
			"$RUN_DIR/pg-statements.tsv"
		sort -t$'\t' -k3,3 -g -r "$RUN_DIR/pg-statements.tsv" | head -40 | awk -F'\t' -v n="$LIFECYCLES" '
			BEGIN { printf "%9s %9s %9s  %s\n", "per lc", "ms/lc", "ms/call", "statement (by total time)" }
			{ q = $1; gsub(/[ \t]+/, " ", q); printf "%9.2f %9.3f %9.3f  %s\n", $2 / n, $3 / n, $3 / ($2 > 0 ? $2 : 1), substr(q, 1, 160) }' \
			>"$RUN_DIR/pg-statements.txt"
		head -9 "$RUN_DIR/pg-statements.txt" | sed 's/^/  /'
	else
		echo "statements          not counted: PostgreSQL does not preload pg_stat_statements (bench/README.md says how); commits per lifecycle $(( (COMMITS1 - COMMITS0) / (LIFECYCLES > 0 ? LIFECYCLES : 1) ))"
	fi
	echo "PostgreSQL client backends while measuring (samples, 2/s; wait event or 'on CPU'):"
	head -6 "$RUN_DIR/pg-waits.txt" | sed 's/^/  /'
	echo "complaint table after the run (pg_stat_user_tables; full list in pg-tables.txt):"
	grep -E '^ *(relname|complaint) ' "$RUN_DIR/pg-tables.txt" | sed 's/^/  /'
	echo "worklist probes (after the load, app idle, 10 sequential calls each):"
	cat "$RUN_DIR/probes.txt"
	echo "Gatling report      ${REPORT:-none}"
	echo "logs                $RUN_DIR"
	echo "=============================================================="
} | tee "$RUN_DIR/summary.txt"
