#!/usr/bin/env bash
# The search benchmark: a fresh PostgreSQL database with N complaints of the demo district
# (bench/preload.sql) written in the words of the field (bench/search/texts.sql), their search
# terms given by the app's own start-up backfill (timed), then searches by mobile number and by
# Hindi words, and the work lists with filters and orders, timed through the API (HTTP) as the
# officers who would make them; and the plans of the searches' SQL (explain.sql).
#
#   bench/search/run.sh            # 1000000
#   bench/search/run.sh 100000
#
# Environment (optional): DB=samadhan_search_bench PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   PORT=8083 APP_XMX=1g REPEAT=5 BUILD=1 (rebuild the jar even if no source is newer) KEEP_DB=1 (leave the database)
# Needs Java 17, Maven, psql, curl, and PostgreSQL with trust auth for PGUSER. Loopback only.
set -euo pipefail

N=${1:-1000000}
[[ $N =~ ^[0-9]+$ ]] && ((N > 0 && N < 100000000)) || { echo "bad size $N" >&2; exit 2; }
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
DB=${DB:-samadhan_search_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8083}
APP_XMX=${APP_XMX:-1g}
REPEAT=${REPEAT:-5}
BASE_URL="http://127.0.0.1:$PORT"
JAR="$REPO_DIR/target/samadhan-0.1.0-SNAPSHOT.jar"
RUN_DIR="$BENCH_DIR/target/search-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN_DIR"
APP_PID=

log() { printf '[search %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

for tool in java mvn psql curl; do
	command -v "$tool" >/dev/null || { echo "needs $tool on the PATH" >&2; exit 2; }
done
case $DB in samadhan_ci_*) echo "refusing a CI database name: $DB" >&2; exit 2 ;; esac
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

# A jar older than the sources would measure other code than the one in the working tree.
if [[ ! -f $JAR || -n ${BUILD:-} || -n $(find "$REPO_DIR/src/main" "$REPO_DIR/pom.xml" -newer "$JAR" -print -quit) ]]; then
	log "building the application"
	(cd "$REPO_DIR" && mvn -B -ntp -q -DskipTests package)
fi

log "fresh database $DB"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
start_app migrate
stop_app
log "preloading $N complaints"
START=$SECONDS
psql -q -d "$DB" -v n="$N" -f "$BENCH_DIR/preload.sql" >"$RUN_DIR/preload.log" 2>&1 || { tail -30 "$RUN_DIR/preload.log" >&2; exit 1; }
log "preload took $((SECONDS - START)) s; writing the texts"
START=$SECONDS
psql -q -d "$DB" -f "$BENCH_DIR/search/texts.sql" >"$RUN_DIR/texts.log" 2>&1 || { tail -30 "$RUN_DIR/texts.log" >&2; exit 1; }
log "texts took $((SECONDS - START)) s"

START=$SECONDS
start_app measure
log "waiting for the start-up backfill of the search terms"
until grep -q 'search terms: .* given their terms in' "$RUN_DIR/app-measure.log"; do
	grep -q 'search terms backfill stopped' "$RUN_DIR/app-measure.log" && { grep 'search terms' "$RUN_DIR/app-measure.log" >&2; exit 1; }
	sleep 2
done
BACKFILL_LINE=$(grep -o 'search terms: .* given their terms in .*' "$RUN_DIR/app-measure.log")
log "$BACKFILL_LINE"
# Autovacuum would analyse the new rows within minutes; the benchmark does not wait for it.
psql -q -d "$DB" -c "vacuum (analyze) complaint_search_terms" -c "checkpoint"

RESULTS="$RUN_DIR/results.txt"
printf '%-44s %-14s %6s %8s %8s %8s %8s %8s\n' search user calls p50_ms p95_ms min_ms max_ms rows_p50 >"$RESULTS"

# Times GETs of the API: each query once to warm up, then REPEAT rounds over all of them; curl's
# time_total on loopback. Arguments: a name, the officer, a file of query strings (one per line,
# already URL-encoded).
measure() {
	local name=$1 user=$2 queries=$3 times="$RUN_DIR/times-$RANDOM.txt" rows="$RUN_DIR/rows-$RANDOM.txt"
	while read -r q; do curl -sf -o /dev/null -u "$user:demo-only" "$BASE_URL/api/complaints?$q"; done <"$queries"
	for _ in $(seq 1 "$REPEAT"); do
		while read -r q; do
			curl -sf -o "$RUN_DIR/body.json" -w '%{time_total}\n' -u "$user:demo-only" "$BASE_URL/api/complaints?$q" >>"$times"
			printf '%s %s %s\n' "$(tail -1 "$times")" "$user" "$q" >>"$RUN_DIR/per-query.txt"
			grep -o '"reference"' "$RUN_DIR/body.json" | wc -l >>"$rows"
		done <"$queries"
	done
	local rows_p50
	rows_p50=$(sort -n "$rows" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	rm -f "$RUN_DIR/body.json"
	sort -g "$times" | awk -v name="$name" -v user="$user" -v r="$rows_p50" '
		{ a[NR] = $1 * 1000 } END { p50 = a[int(NR * 0.50 + 0.999)]; p95 = a[int(NR * 0.95 + 0.999)];
		printf "%-44s %-14s %6d %8.1f %8.1f %8.1f %8.1f %8d\n", name, user, NR, p50, p95, a[1], a[NR], r }' >>"$RESULTS"
}

encode() { python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.rstrip("\n"), safe="=&")) for l in sys.stdin]'; }

# 200 mobile numbers of the district, 100 of them of Kotwali's complaints, each as a caller gives it.
psql -Atq -d "$DB" -c "select 'mobile=' || m from (select complainant_mobile m from complaint tablesample bernoulli (1)
	limit 200) s" | awk 'NR % 2 { print; next } { sub(/mobile=/, "mobile=%2B91+"); print }' >"$RUN_DIR/q-mobile.txt"
psql -Atq -d "$DB" -c "select 'mobile=0' || complainant_mobile from complaint tablesample bernoulli (1)
	where station_id = (select id from jurisdiction_unit where code = 'RAMPUR_KOTWALI') limit 100" >"$RUN_DIR/q-mobile-station.txt"

# Hindi words as people type them: a thing in another inflection than the text's (~3 % of
# complaints each), a thing and what happened, a village (~0.8 %), a thing at a village, a
# name, an act.
cat >"$RUN_DIR/words.txt" <<'WORDS'
q=बकरियों
q=भैंस
q=गायें
q=मोटरसाइकिलें चोरी
q=साइकिल चोरी
q=मोबाइल फोन छीन
q=सोने की चेन
q=नकदी चोरी
q=ट्रैक्टर बैटरी
q=पायल
q=बकरी पटवाई
q=भैंसें धनेली खुर्द
q=मिलक कलां
q=रेबड़ी कलां
q=सैफनी पुख्ता
q=अजीमनगर बुजुर्ग
q=केमरी
q=दढ़ियाल नया गांव
q=शबाना बानो
q=इरफान खान
q=सुरेश यादव
q=कमला देवी मसवासी
q=दहेज प्रताड़ित
q=जान से मारने की धमकी
q=मेड़ तोड़
q=जमीन कब्जा
q=लाठी डंडों हमला
q=दबंग मारपीट
q=ससुराल वाले दहेज
q=ट्यूबवेल मोटर चोरी
WORDS
encode <"$RUN_DIR/words.txt" >"$RUN_DIR/q-words.txt"
printf 'q=%s\n' goats motorcycle+stolen threatened+kill >"$RUN_DIR/q-english.txt"

cat >"$RUN_DIR/q-lists.txt" <<'LISTS'
status=DISTRICT_INBOX
status=DISTRICT_INBOX&category=THEFT
status=DISTRICT_INBOX&sort=DUE_SOONEST
status=DISTRICT_INBOX&channel=HELPLINE_1076&age=UP_TO_7
defaulter=true
flagged=true
station=RAMPUR_MILAK&status=ASSIGNED,UNDER_ENQUIRY,RETURNED
age=DAYS_16_TO_30&status=UNDER_ENQUIRY
sort=OLDEST&status=REPORT_SUBMITTED,IN_REVIEW
LISTS
cat >"$RUN_DIR/q-station.txt" <<'LISTS'
status=STATION_INBOX
status=STATION_INBOX&sort=DUE_SOONEST
defaulter=true
flagged=true&sort=OLDEST
category=LAND_DISPUTE&age=DAYS_8_TO_15
LISTS
cat >"$RUN_DIR/q-mine.txt" <<'LISTS'
mine=true&status=ASSIGNED,UNDER_ENQUIRY,RETURNED,SPECIAL_CLOSURE_PROPOSED&sort=DUE_SOONEST
mine=true
mine=true&defaulter=true
mine=true&sort=OLDEST&status=DISPOSED
LISTS

log "measuring ($REPEAT rounds after one warm-up round)"
measure "by mobile, district (200 numbers)" cell.rampur "$RUN_DIR/q-mobile.txt"
measure "by mobile, station (100 numbers)" sho.kotwali "$RUN_DIR/q-mobile-station.txt"
measure "by Hindi words, district (30 queries)" cell.rampur "$RUN_DIR/q-words.txt"
measure "by Hindi words, station (30 queries)" sho.kotwali "$RUN_DIR/q-words.txt"
measure "by English words, district (3 queries)" cell.rampur "$RUN_DIR/q-english.txt"
measure "district lists with filters (9)" cell.rampur "$RUN_DIR/q-lists.txt"
measure "station lists with filters (5)" sho.kotwali "$RUN_DIR/q-station.txt"
measure "my cases with filters (4)" io.kotwali.1 "$RUN_DIR/q-mine.txt"

log "plans"
psql -d "$DB" -v ON_ERROR_STOP=1 -f "$BENCH_DIR/search/explain.sql" >"$RUN_DIR/explain.txt" 2>&1 || { tail -30 "$RUN_DIR/explain.txt" >&2; exit 1; }
grep -E '^ *(Execution Time|->|Limit|Index|Bitmap)' "$RUN_DIR/explain.txt" | grep -E 'Execution Time|Scan' >"$RUN_DIR/plans-short.txt" || true

log "the raw-SQL yardstick at $N rows, with the app stopped"
stop_app
RAW_LIMIT=$("$BENCH_DIR/raw-limit.sh" "$N" 30)
log "$RAW_LIMIT"

{
	echo
	echo "$RAW_LIMIT (same run, same machine: the bare writes of one lifecycle, for scale)"
	echo "backfill at start-up: $BACKFILL_LINE"
	psql -d "$DB" -c "select relname, pg_size_pretty(pg_total_relation_size(relid)) as total, n_live_tup
		from pg_stat_user_tables where relname in ('complaint', 'complaint_search_terms') order by relname"
	psql -d "$DB" -c "select indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) from pg_stat_user_indexes
		where relname in ('complaint', 'complaint_search_terms') order by indexrelname"
	echo "PostgreSQL $(psql -Atq -d "$DB" -c 'show server_version'); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
} >>"$RESULTS"
# The slowest single calls, to find the query behind a long tail.
sort -gr "$RUN_DIR/per-query.txt" >"$RUN_DIR/per-query-sorted.txt"
head -15 "$RUN_DIR/per-query-sorted.txt" | sed 's/^/slowest: /' >>"$RESULTS"
log "results ($RESULTS):"
cat "$RESULTS"
