#!/usr/bin/env bash
# The reporting benchmark: a fresh PostgreSQL database with N complaints of the demo district
# (bench/preload.sql), the reporting read model built from them (the backfill migration's own
# file, run again after the preload, timed) and filled out (enrich.sql), then each dashboard, list, ranking and export
# call timed through the running app as the officer who would make it.
#
#   bench/reporting/run.sh            # 1000000
#   bench/reporting/run.sh 100000
#   SCOPE=state bench/reporting/run.sh 10000000
#
# Environment (optional): DB=samadhan_reporting_bench PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT=8082 APP_XMX=1g RUNS=15 BUILD=1 (rebuild the jar) KEEP_DB=1 (leave the database)
#   PARALLEL_WORKERS=n sets max_parallel_workers_per_gather for the database (default: the server's)
#   SCOPE=district (Rampur only, preload.sql) or state (all 75 districts by NCRB weights with bench
#   stations and officers, preload-state.sql; adds the calls of the largest district (Lucknow), the
#   Moradabad range, the Bareilly zone and the state, and checks that the state sees every district)
#   SEARCH_BACKFILL=1 lets the app give the preloaded complaints search terms after start, while
#   the calls are timed (default 1 for district, 0 for state)
# Needs Java 17, Maven, psql, curl, and PostgreSQL with trust auth for PGUSER. Loopback only.
set -euo pipefail

N=${1:-1000000}
[[ $N =~ ^[0-9]+$ ]] && ((N > 0 && N < 100000000)) || { echo "bad size $N" >&2; exit 2; }
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
SCOPE=${SCOPE:-district}
case $SCOPE in
	district) PRELOAD="$BENCH_DIR/preload.sql" SEARCH_BACKFILL=${SEARCH_BACKFILL:-1} ;;
	state) PRELOAD="$BENCH_DIR/preload-state.sql" SEARCH_BACKFILL=${SEARCH_BACKFILL:-0} ;;
	*) echo "SCOPE must be district (Rampur, preload.sql) or state (75 districts, preload-state.sql)" >&2; exit 2 ;;
esac
DB=${DB:-samadhan_reporting_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8082}
APP_XMX=${APP_XMX:-1g}
RUNS=${RUNS:-15}
BASE_URL="http://127.0.0.1:$PORT"
JAR="$REPO_DIR/target/samadhan-0.1.0-SNAPSHOT.jar"
RUN_DIR="$BENCH_DIR/target/reporting-$([[ $SCOPE == state ]] && echo state-$N- || echo)$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN_DIR"
APP_PID=

log() { printf '[reporting %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

for tool in java mvn psql curl; do
	command -v "$tool" >/dev/null || { echo "needs $tool on the PATH" >&2; exit 2; }
done
if curl -s -o /dev/null "$BASE_URL/actuator/health"; then
	echo "something already answers on port $PORT: stop it first" >&2
	exit 2
fi

start_app() {
	log "starting the app on port $PORT (log $RUN_DIR/app-$1.log)"
	(cd "$RUN_DIR" && exec env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
		SPRING_DATASOURCE_USERNAME="$PGUSER" \
		java -Xmx"$APP_XMX" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
		--server.address=127.0.0.1 --samadhan.deadline.sweep.enabled=false --samadhan.ranking.job.enabled=false \
		--samadhan.feedback.audit.enabled=false --logging.level.samadhan.sms=WARN \
		--samadhan.search.backfill.enabled="$([[ $SEARCH_BACKFILL == 0 ]] && echo false || echo true)" \
		--samadhan.attachments.directory="$RUN_DIR/attachments" >"$RUN_DIR/app-$1.log" 2>&1) &
	APP_PID=$!
	local deadline=$((SECONDS + 180))
	until curl -sf -o /dev/null "$BASE_URL/actuator/health"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$RUN_DIR/app-$1.log" >&2; exit 1; }
		((SECONDS < deadline)) || { echo "the app did not become healthy in 180 s" >&2; exit 1; }
		sleep 1
	done
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
	stop_app
	if [[ -z ${KEEP_DB:-} ]]; then
		psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

if [[ ! -f $JAR || -n ${BUILD:-} ]]; then
	log "building the application"
	(cd "$REPO_DIR" && mvn -B -ntp -q -DskipTests package)
fi

log "fresh database $DB"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
start_app migrate
stop_app
log "preloading $N complaints ($SCOPE: $(basename "$PRELOAD"))"
START=$SECONDS
psql -q -d "$DB" -v n="$N" -f "$PRELOAD" >"$RUN_DIR/preload.log" 2>&1 || { tail -30 "$RUN_DIR/preload.log" >&2; exit 1; }
PRELOAD_SECONDS=$((SECONDS - START))
log "preload took $PRELOAD_SECONDS s"
psql -q -d "$DB" -c "truncate reporting_case; truncate reporting_day;"
# A bulk load as an operator would run it: the read model's secondary indexes dropped for the insert
# and built after it (at 10M, kept during the insert, the random index writes stopped the backfill at a
# fifth after 10 minutes); the primary key stays (complaint ids arrive in order).
psql -Atq -d "$DB" -c "select indexdef || ';' from pg_indexes where schemaname = current_schema()
	and tablename = 'reporting_case' and indexname <> 'reporting_case_pkey'" >"$RUN_DIR/reporting-indexes.sql"
START=$SECONDS
psql -Atq -d "$DB" -c "select 'drop index ' || indexname || ';' from pg_indexes where schemaname = current_schema()
	and tablename = 'reporting_case' and indexname <> 'reporting_case_pkey'" | psql -q -d "$DB" -v ON_ERROR_STOP=1
psql -q -d "$DB" -v ON_ERROR_STOP=1 -f "$REPO_DIR/src/main/resources/db/migration/common/V202611290071__reporting_backfill.sql" >"$RUN_DIR/backfill.log" 2>&1 || { tail -30 "$RUN_DIR/backfill.log" >&2; exit 1; }
BACKFILL_ROWS=$((SECONDS - START))
psql -q -d "$DB" -v ON_ERROR_STOP=1 -c "set maintenance_work_mem = '1GB'" -f "$RUN_DIR/reporting-indexes.sql"
BACKFILL=$((SECONDS - START))
log "backfill (the migration's statements) took $BACKFILL s ($BACKFILL_ROWS s the rows, the rest $(wc -l <"$RUN_DIR/reporting-indexes.sql") indexes)"
psql -q -d "$DB" -v ON_ERROR_STOP=1 -f "$BENCH_DIR/reporting/enrich.sql" >"$RUN_DIR/enrich.log" 2>&1 || { tail -30 "$RUN_DIR/enrich.log" >&2; exit 1; }
# as a database that has run a while: autovacuum has set the visibility map that index-only scans
# rely on (right after the backfill every index read also visits the table)
psql -q -d "$DB" -c "vacuum (analyze) reporting_case, reporting_day" -c "checkpoint" >/dev/null
if [[ -n ${PARALLEL_WORKERS:-} ]]; then
	# the database's setting for the app's sessions: on a 2-core server a parallel plan's workers take
	# longer to start than the dashboard's aggregation takes alone
	psql -q -d "$DB" -c "alter database $DB set max_parallel_workers_per_gather = $PARALLEL_WORKERS"
	log "max_parallel_workers_per_gather = $PARALLEL_WORKERS for this database"
fi
start_app measure

unit() { psql -Atq -d "$DB" -c "select id from jurisdiction_unit where code = '$1'"; }
DISTRICT=$(unit RAMPUR)
CIRCLE=$(unit RAMPUR_CIRCLE_CITY)
STATION=$(unit RAMPUR_KOTWALI)
THIS_MONTH=$(date +%Y-%m)
LAST_MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)

RESULTS="$RUN_DIR/results.txt"
printf '%-34s %-14s %8s %8s %8s %8s %10s %10s\n' call user p50_ms p90_ms min_ms max_ms bytes gzip_bytes >"$RESULTS"

# Times one GET: warm-up runs, then RUNS measured; time to first byte as curl sees it on loopback
# (the server's time plus well under a millisecond), and the body's size plain and gzipped.
measure() {
	local name=$1 user=$2 path=$3 times=() t
	for _ in 1 2 3; do curl -sf -o /dev/null -u "$user:demo-only" -H 'Accept-Language: hi' "$BASE_URL$path"; done
	for _ in $(seq 1 "$RUNS"); do
		t=$(curl -sf -o /dev/null -w '%{time_starttransfer}' -u "$user:demo-only" -H 'Accept-Language: hi' "$BASE_URL$path")
		times+=("$(awk -v t="$t" 'BEGIN{ printf "%.1f", t * 1000 }')")
	done
	local bytes gz
	bytes=$(curl -sf -u "$user:demo-only" -H 'Accept-Language: hi' "$BASE_URL$path" | wc -c)
	gz=$(curl -sf -u "$user:demo-only" -H 'Accept-Language: hi' "$BASE_URL$path" | gzip -6 | wc -c)
	printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v user="$user" -v b="$bytes" -v g="$gz" '
		{ a[NR] = $1 } END { printf "%-34s %-14s %8.1f %8.1f %8.1f %8.1f %10d %10d\n", name, user, a[int((NR + 1) / 2)],
		a[int(NR * 0.9 + 0.5)], a[1], a[NR], b, g }' >>"$RESULTS"
}

# Times one page (HTML, as a browser asks for it): warm-up runs, then PAGE_RUNS measured; curl's
# time_total (the whole response, on loopback), and the bytes over the wire gzipped (as a browser
# gets them) and plain. Pages take HTTP Basic like the API; a page is Hindi unless told otherwise.
PAGE_RESULTS="$RUN_DIR/pages.txt"
PAGE_RUNS=${PAGE_RUNS:-10}
printf '%-34s %-14s %8s %8s %8s %8s %10s %10s\n' page user p50_ms p90_ms min_ms max_ms html_bytes gzip_bytes >"$PAGE_RESULTS"
measure_page() {
	local name=$1 user=$2 path=$3 times=() t
	local args=(-sf -u "$user:demo-only" -H 'Accept: text/html' -H 'Accept-Encoding: gzip')
	for _ in 1 2 3; do curl "${args[@]}" -o /dev/null "$BASE_URL$path"; done
	for _ in $(seq 1 "$PAGE_RUNS"); do
		t=$(curl "${args[@]}" -o /dev/null -w '%{time_total}' "$BASE_URL$path")
		times+=("$(awk -v t="$t" 'BEGIN{ printf "%.1f", t * 1000 }')")
	done
	local gz bytes
	gz=$(curl "${args[@]}" -o /dev/null -w '%{size_download}' "$BASE_URL$path")
	bytes=$(curl -sf -u "$user:demo-only" -H 'Accept: text/html' "$BASE_URL$path" | wc -c)
	printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v user="$user" -v b="$bytes" -v g="$gz" '
		{ a[NR] = $1 } END { printf "%-34s %-14s %8.1f %8.1f %8.1f %8.1f %10d %10d\n", name, user, a[int((NR + 1) / 2)],
		a[int(NR * 0.9 + 0.5)], a[1], a[NR], b, g }' >>"$PAGE_RESULTS"
}

log "measuring ($RUNS runs per call after 3 warm-ups)"
measure "dashboard district" sp.rampur "/api/reports/dashboard"
measure "dashboard circle" co.city "/api/reports/dashboard"
measure "dashboard station" sho.kotwali "/api/reports/dashboard"
measure "dashboard own cases (IO)" io.kotwali.1 "/api/reports/dashboard"
measure "list pending district p1" sp.rampur "/api/reports/cases?kind=PENDING&size=50"
measure "list pending >30 d district p1" sp.rampur "/api/reports/cases?kind=PENDING&age=OVER_30&size=50"
measure "list disposed 30 d district p1" sp.rampur "/api/reports/cases?kind=DISPOSED&size=50"
measure "list defaulters station" sho.kotwali "/api/reports/cases?kind=DEFAULTER&size=50"
measure "ranking stations (live)" sp.rampur "/api/reports/ranking?level=STATION&month=$THIS_MONTH"
measure "ranking beats (live)" sp.rampur "/api/reports/ranking?level=BEAT&month=$THIS_MONTH"
measure "ranking districts last month (live)" sp.rampur "/api/reports/ranking?level=DISTRICT&month=$LAST_MONTH"
START_NS=$(date +%s%N)
curl -sf -o "$RUN_DIR/freeze.json" -X POST -u sp.rampur:demo-only "$BASE_URL/api/reports/ranking/freeze?month=$LAST_MONTH"
FREEZE_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
measure "ranking stations last month (frozen)" sp.rampur "/api/reports/ranking?level=STATION&month=$LAST_MONTH"
log "timing the pages ($PAGE_RUNS runs each after 3 warm-ups)"
measure_page "page /dashboard district" sp.rampur "/dashboard"
measure_page "page /dashboard circle" co.city "/dashboard"
measure_page "page /dashboard station" sho.kotwali "/dashboard"
measure_page "page /ranking stations (live)" sp.rampur "/ranking?level=STATION&month=$THIS_MONTH"
measure_page "page /ranking stations (frozen)" sp.rampur "/ranking?level=STATION&month=$LAST_MONTH"
measure_page "page /ranking beats (live)" sp.rampur "/ranking?level=BEAT&month=$THIS_MONTH"
measure_page "page /dashboard/cases pending p1" sp.rampur "/dashboard/cases?kind=PENDING"
measure_page "page meeting pack station" co.city "/dashboard/meeting-pack?station=$STATION"
CHART_GZ=$(curl -sf -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE_URL/webjars/chart.js/dist/chart.umd.min.js" || echo '?')
if [[ $SCOPE == state ]]; then
	# Beside and above Rampur: the largest district, Rampur's range and zone, the whole state.
	log "timing the state-wide calls"
	LUCKNOW=$(unit LUCKNOW)
	measure "dashboard district Lucknow" sp.lucknow "/api/reports/dashboard"
	measure "dashboard range Moradabad" dig.moradabad "/api/reports/dashboard"
	measure "dashboard zone Bareilly" ig.bareilly-zone "/api/reports/dashboard"
	measure "dashboard state" supervisor.up "/api/reports/dashboard"
	measure "dashboard state, unit Lucknow" supervisor.up "/api/reports/dashboard?unit=$LUCKNOW"
	measure "list pending state p1" supervisor.up "/api/reports/cases?kind=PENDING&size=50"
	measure "list pending Lucknow p1" sp.lucknow "/api/reports/cases?kind=PENDING&size=50"
	measure "ranking districts (state, live)" supervisor.up "/api/reports/ranking?level=DISTRICT&month=$THIS_MONTH"
	measure "ranking stations (state, live)" supervisor.up "/api/reports/ranking?level=STATION&month=$THIS_MONTH"
	# the worklists above a district (one branch per district, merged)
	measure "worklist district Lucknow" sp.lucknow "/api/complaints"
	measure "worklist zone Bareilly" ig.bareilly-zone "/api/complaints"
	measure "worklist state" supervisor.up "/api/complaints"
	measure "worklist state, due soonest" supervisor.up "/api/complaints?sort=DUE_SOONEST"
	measure_page "page /dashboard district Lucknow" sp.lucknow "/dashboard"
	measure_page "page /dashboard zone Bareilly" ig.bareilly-zone "/dashboard"
	measure_page "page /dashboard state" supervisor.up "/dashboard"
	# The state's view must reach every district: its dashboard's stations and its district ranking.
	curl -sf -u supervisor.up:demo-only "$BASE_URL/api/reports/dashboard" >"$RUN_DIR/dashboard-state.json"
	curl -sf -u supervisor.up:demo-only "$BASE_URL/api/reports/ranking?level=DISTRICT&month=$LAST_MONTH" \
		>"$RUN_DIR/ranking-districts.json"
	CODES=$(grep -o '"kind":"STATION","code":"[^"]*"' "$RUN_DIR/dashboard-state.json" | sed "s/.*\"code\":\"\([^\"]*\)\"/'\1'/" | paste -sd,)
	COVERAGE="state dashboard (supervisor.up): $(grep -o '"kind":"STATION","code"' "$RUN_DIR/dashboard-state.json" | wc -l) stations \
with pending complaints, in $(psql -Atq -d "$DB" -c "select count(distinct district_id) from jurisdiction_unit where code in (${CODES:-''})") \
districts; district ranking of $LAST_MONTH: $(grep -o '"kind":"DISTRICT"' "$RUN_DIR/ranking-districts.json" | wc -l) districts"
	log "$COVERAGE"
fi
measure "meeting pack station (JSON)" co.city "/api/reports/meeting-pack?station=$STATION"
measure "meeting pack station (PDF)" co.city "/api/reports/meeting-pack.pdf?unit=$STATION"
measure "meeting packs circle (PDF)" co.city "/api/reports/meeting-pack.pdf?unit=$CIRCLE"
measure "pending district (CSV)" sp.rampur "/api/reports/cases.csv?kind=PENDING"
measure "pending district (XLSX)" sp.rampur "/api/reports/cases.xlsx?kind=PENDING"
measure "ranking stations (XLSX)" sp.rampur "/api/reports/ranking.xlsx?level=STATION&month=$LAST_MONTH"

{
	echo
	echo "freeze of $LAST_MONTH (4 levels, POST, once): ${FREEZE_MS} ms; $(cat "$RUN_DIR/freeze.json")"
	echo "preload ($SCOPE, $(basename "$PRELOAD")) of $N complaints: ${PRELOAD_SECONDS} s; database $(psql -Atq -d "$DB" -c \
		"select pg_size_pretty(pg_database_size(current_database()))") at the end"
	[[ -z ${COVERAGE:-} ]] || echo "$COVERAGE"
	echo "search backfill at start: $([[ $SEARCH_BACKFILL == 0 ]] && echo off || echo on)"
	echo "backfill of the read model from $N complaints: ${BACKFILL} s (rows ${BACKFILL_ROWS} s, then the indexes)"
	psql -d "$DB" -c "select relname, pg_size_pretty(pg_total_relation_size(relid)) as total, n_live_tup
		from pg_stat_user_tables where relname in ('complaint', 'complaint_history', 'reporting_case', 'reporting_day')
		order by relname"
	psql -Atq -d "$DB" -c "select 'pending ' || count(*) filter (where pending) || ', disposed ' || count(*) filter (where disposed)
		|| ', defaulters now ' || count(*) filter (where pending and defaulter) from reporting_case"
	echo "PostgreSQL $(psql -Atq -d "$DB" -c 'show server_version') (autovacuum $(psql -Atq -d "$DB" -c 'show autovacuum')); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
} >>"$RESULTS"
{
	echo
	echo "Chart.js (loaded by /dashboard only, cached a year): $CHART_GZ bytes gzipped"
} >>"$PAGE_RESULTS"
log "results ($RESULTS):"
cat "$RESULTS"
log "pages ($PAGE_RESULTS):"
cat "$PAGE_RESULTS"
