#!/usr/bin/env bash
# The deadline-sweep benchmark: for each size, a fresh PostgreSQL database with N open complaints
# and their clocks (bench/deadline-preload.sql), then the sweep timed through the running app
# (POST /api/deadlines/sweep as the demo administrator) when nothing is due, when 1 % is due and
# when 5 % is due (bench/deadline-due.sql). The reporting read model is backfilled from the preload
# (its migration's own statements), since the sweep writes to it; the search backfill is off.
#
#   bench/deadline-sweep.sh                     # 250000 500000 1000000
#   bench/deadline-sweep.sh 100000 200000
#
# Environment (optional): DB=samadhan_deadline_bench PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT=8081 APP_XMX=1g BATCH=500 (samadhan.deadline.sweep.batch-size) BUILD=1 (rebuild the jar)
#   KEEP_DB=1 (leave the last database for inspection)
# Needs Java 17, Maven, psql, curl, and PostgreSQL with trust auth for PGUSER. Loopback only.
set -euo pipefail

SIZES=("$@")
if ((${#SIZES[@]} == 0)); then SIZES=(250000 500000 1000000); fi
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
DB=${DB:-samadhan_deadline_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8081}
APP_XMX=${APP_XMX:-1g}
BATCH=${BATCH:-500}
BASE_URL="http://127.0.0.1:$PORT"
JAR="$REPO_DIR/target/samadhan-0.1.0-SNAPSHOT.jar"
RUN_DIR="$BENCH_DIR/target/deadline-sweep-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN_DIR"
APP_PID=

log() { printf '[sweep %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

for size in "${SIZES[@]}"; do
	[[ $size =~ ^[0-9]+$ ]] && ((size > 0 && size < 100000000)) || { echo "bad size $size" >&2; exit 2; }
done
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
		--server.address=127.0.0.1 --samadhan.deadline.sweep.enabled=false \
		--samadhan.deadline.sweep.batch-size="$BATCH" --logging.level.samadhan.sms=WARN \
		--samadhan.search.backfill.enabled=false \
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

# One sweep through the app; prints "<app ms> <claimed> <warnings> <escalations> <defaulted> <batches>".
sweep() {
	curl -sf -X POST -u admin.rampur:demo-only -H 'Accept-Language: en' "$BASE_URL/api/deadlines/sweep" |
		sed -E 's/.*"batches":([0-9]+).*"claimed":([0-9]+).*"warnings":([0-9]+).*"escalations":([0-9]+).*"defaulted":([0-9]+).*"millis":([0-9]+).*/\6 \2 \3 \4 \5 \1/'
	echo # the JSON has no final newline, and read needs one
}

if [[ ! -f $JAR || -n ${BUILD:-} ]]; then
	log "building the application"
	(cd "$REPO_DIR" && mvn -B -ntp -q -DskipTests package)
fi

RESULTS="$RUN_DIR/results.txt"
printf '%-9s %-11s %8s %9s %8s %8s %8s %8s %10s\n' complaints case sweep_ms claimed warned escalated defaulted batches us_per_due >"$RESULTS"
for N in "${SIZES[@]}"; do
	log "fresh database $DB for $N complaints"
	psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
	start_app "$N"
	log "preloading $N open complaints with their clocks"
	START=$SECONDS
	psql -d "$DB" -v n="$N" -f "$BENCH_DIR/deadline-preload.sql" >"$RUN_DIR/preload-$N.log" 2>&1 || {
		tail -30 "$RUN_DIR/preload-$N.log" >&2; exit 1; }
	log "preload took $((SECONDS - START)) s"
	# The read model as the app keeps it, so that the sweep's changes to it cost what they cost
	# (without its rows its updates found nothing to change).
	START=$SECONDS
	psql -q -d "$DB" -v ON_ERROR_STOP=1 -c "truncate reporting_case; truncate reporting_day;" \
		-f "$REPO_DIR/src/main/resources/db/migration/common/V202611290071__reporting_backfill.sql" \
		-c "vacuum analyze reporting_case" -c checkpoint >"$RUN_DIR/backfill-$N.log" 2>&1 || {
		tail -30 "$RUN_DIR/backfill-$N.log" >&2; exit 1; }
	log "read model backfilled in $((SECONDS - START)) s; $(psql -Atq -d "$DB" -c "select pg_size_pretty(pg_database_size(current_database()))")"
	# Warm-up, not measured: a sweep with 1 % due (complaints whose id ends in 99), for the JIT.
	psql -q -d "$DB" -v pct=1 -v slot=99 -f "$BENCH_DIR/deadline-due.sql" >/dev/null
	sweep >/dev/null
	for run in 1 2 3; do
		read -r ms claimed warned escalated defaulted batches < <(sweep)
		printf '%-9s %-11s %8s %9s %8s %8s %8s %8s %10s\n' "$N" "none-due#$run" "$ms" "$claimed" "$warned" "$escalated" "$defaulted" "$batches" - >>"$RESULTS"
	done
	slot=0
	for pct in 1 5; do
		psql -q -d "$DB" -v pct="$pct" -v slot="$slot" -f "$BENCH_DIR/deadline-due.sql" >/dev/null
		slot=$((slot + 1 + pct))
		read -r ms claimed warned escalated defaulted batches < <(sweep)
		printf '%-9s %-11s %8s %9s %8s %8s %8s %8s %10s\n' "$N" "${pct}%-due" "$ms" "$claimed" "$warned" "$escalated" "$defaulted" "$batches" \
			"$(awk -v ms="$ms" -v c="$claimed" 'BEGIN{ if (c > 0) printf "%.0f", ms * 1000 / c; else print "-" }')" >>"$RESULTS"
		read -r ms claimed _ < <(sweep)
		printf '%-9s %-11s %8s %9s %8s %8s %8s %8s %10s\n' "$N" "after" "$ms" "$claimed" - - - - - >>"$RESULTS"
	done
	psql -d "$DB" -c "select relname, pg_size_pretty(pg_total_relation_size(relid)) as total, n_live_tup
		from pg_stat_user_tables where relname in ('complaint', 'deadline_clock', 'complaint_history',
		'notification_outbox', 'deadline_escalation', 'deadline_notice') order by relname" >"$RUN_DIR/tables-$N.txt" 2>&1 || true
	psql -d "$DB" -c "explain (analyze, buffers) select complaint_id from deadline_clock where next_check_at <= now()
		order by next_check_at limit $BATCH for update skip locked" >"$RUN_DIR/explain-$N.txt" 2>&1 || true
	stop_app
done

{
	echo
	echo "================ Samadhan deadline-sweep benchmark ================"
	echo "date (UTC)   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "machine      $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM; the app and PostgreSQL share it"
	echo "database     $(psql -Atq -d postgres -c 'select version()' | cut -d' ' -f1-2); batch size $BATCH"
	echo "app JVM      $(java -version 2>&1 | head -1), -Xmx$APP_XMX"
	echo "sweep_ms is the sweep's own time (SweepReport.millis); us_per_due = sweep_ms / claimed"
	echo
	cat "$RESULTS"
	echo
	echo "tables and plans: $RUN_DIR/tables-*.txt, $RUN_DIR/explain-*.txt"
} | tee "$RUN_DIR/summary.txt"
