#!/usr/bin/env bash
# Administration at a district's scale, through the API on PostgreSQL:
#   - the bulk set-up of a district of 40 stations and 400 officers (dry run, real run, and the same
#     file again, which must change nothing);
#   - 260 complaints assigned to 130 of its investigating officers;
#   - a transfer list of 30 of them, then the district's "to reassign" list (how many, how fast);
#   - a transfer list of 100 more, applied at once: enquiries handed on, and how many are left
#     with no one able to act on them (must be 0), counted by the preview and again in SQL.
#
#   bench/administration.sh
#
# Environment (optional): DB=samadhan_admin_bench PORT=8094 PGHOST=127.0.0.1 PGPORT=5432
#   PGUSER=postgres APP_XMX=1g BUILD=1 (rebuild the jar) KEEP_DB=1 (leave the database)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
DB=${DB:-samadhan_admin_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8094}
APP_XMX=${APP_XMX:-1g}
BASE="http://127.0.0.1:$PORT"
JAR="$REPO_DIR/target/samadhan-0.1.0-SNAPSHOT.jar"
RUN_DIR="$BENCH_DIR/target/administration-$(date -u +%Y%m%dT%H%M%SZ)"
DISTRICT=MORADABAD
mkdir -p "$RUN_DIR"
APP_PID=

log() { printf '[admin %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }

for tool in java mvn psql curl python3; do
	command -v "$tool" >/dev/null || { echo "needs $tool on the PATH" >&2; exit 2; }
done
if curl -s -o /dev/null "$BASE/actuator/health"; then
	echo "something already answers on port $PORT: stop it first" >&2
	exit 2
fi

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
	[[ -n ${KEEP_DB:-} ]] || psql -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [[ ! -f $JAR || -n ${BUILD:-} ]]; then
	log "building the application"
	(cd "$REPO_DIR" && mvn -B -ntp -q -DskipTests package)
fi
python3 "$BENCH_DIR/administration/generate.py" "$DISTRICT" "$RUN_DIR/files" >/dev/null
log "fresh database $DB; app on port $PORT (log $RUN_DIR/app.log)"
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
(cd "$RUN_DIR" && exec env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	java -Xmx"$APP_XMX" -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
	--logging.level.samadhan.sms=WARN --samadhan.attachments.directory="$RUN_DIR/attachments" \
	--samadhan.deadline.sweep.enabled=false --samadhan.notification.dispatch.enabled=false >"$RUN_DIR/app.log" 2>&1) &
APP_PID=$!
until curl -sf -o /dev/null "$BASE/actuator/health"; do
	kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$RUN_DIR/app.log" >&2; exit 1; }
	sleep 1
done

as() { printf '%s:demo-only' "$1"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
F="$RUN_DIR/files"

# ---- bulk set-up
setup() {
	curl -s -u "$(as admin.up)" -H 'Accept-Language: en' -F "units=@$F/units.csv" -F "officers=@$F/officers.csv" \
		"$BASE/api/admin/districts/$DISTRICT/setup?apply=$1"
}
await_upload() {
	local id=$1
	while :; do
		local status
		status=$(curl -s -u "$(as admin.up)" "$BASE/api/admin/uploads/$id")
		case $(echo "$status" | json "d['status']") in
			RUNNING) sleep 0.05 ;;
			DONE) echo "$status"; return 0 ;;
			*) echo "$status" >&2; return 1 ;;
		esac
	done
}
T=$(now); DRY=$(setup false); DRY_S=$(since "$T")
log "dry run: $(echo "$DRY" | json "d['counts']") in ${DRY_S} s"
[[ $(echo "$DRY" | json "d['valid']") == True ]] || { echo "$DRY" | head -c 2000 >&2; exit 1; }
T=$(now); ID=$(setup true | json "d['uploadId']"); DONE=$(await_upload "$ID"); REAL_S=$(since "$T")
log "real run: $(echo "$DONE" | json "d['changes']") rows changed in ${REAL_S} s"
T=$(now); ID=$(setup true | json "d['uploadId']"); AGAIN=$(await_upload "$ID"); AGAIN_S=$(since "$T")
log "the same file again: $(echo "$AGAIN" | json "d['changes']") rows changed in ${AGAIN_S} s"
UNITS=$(psql -Atq -d "$DB" -c "select count(*) from jurisdiction_unit where kind <> 'DISTRICT' and district_id = (select id from jurisdiction_unit where code = '$DISTRICT')")
OFFICERS=$(psql -Atq -d "$DB" -c "select count(*) from jurisdiction_officer o join jurisdiction_unit u on u.id = o.posting_unit_id where u.district_id = (select id from jurisdiction_unit where code = '$DISTRICT')")

# The bench's officers sign in with the demo password (the setup links are the accounts' business).
psql -q -d "$DB" -c "update jurisdiction_officer set password_hash = (select password_hash from jurisdiction_officer where username = 'cell.rampur') where username like '%.moradabad%'"

# ---- complaints held by the officers who will move: two each
log "filing and assigning 260 complaints"
T=$(now)
while read -r io; do
	station=${io#io.moradabad}; station=${station%%.*}
	officer=$(psql -Atq -d "$DB" -c "select id from jurisdiction_officer where username = '$io'")
	for k in 1 2; do
		mobile=9$(printf '%09d' $(( (RANDOM * 32768 + RANDOM) % 1000000000 )))
		ref=$(curl -s -H 'Content-Type: application/json' -d "{\"categoryCode\":\"THEFT\",\"complainant\":{\"name\":\"बेंच\",\"mobile\":\"$mobile\"},\"description\":\"बेंच शिकायत $io $k\",\"incidentAddress\":\"ग्राम\",\"districtCode\":\"$DISTRICT\"}" \
			"$BASE/api/public/complaints" | json "d['reference']")
		curl -sf -o /dev/null -u "$(as cell1.moradabad)" -H 'Content-Type: application/json' \
			-d "{\"stationCode\":\"${DISTRICT}_S$station\"}" "$BASE/api/complaints/$ref/mark"
		curl -sf -o /dev/null -u "$(as "sho.moradabad$station")" -H 'Content-Type: application/json' \
			-d "{\"officerId\":$officer}" "$BASE/api/complaints/$ref/assign"
	done
done <"$F/movers.txt"
FILE_S=$(since "$T")
HELD=$(psql -Atq -d "$DB" -c "select count(*) from complaint c join jurisdiction_officer o on o.id = c.enquiry_officer_id where o.username like 'io.moradabad%' and c.status = 'ASSIGNED'")
log "$HELD complaints assigned in ${FILE_S} s"

# ---- transfer lists
transfer() {
	curl -s -u "$(as admin.up)" -H 'Accept-Language: en' -F "file=@$F/$1" "$BASE/api/admin/transfers?apply=$2"
}
move() {
	local file=$1
	T=$(now); local preview; preview=$(transfer "$file" false); PREVIEW_S=$(since "$T")
	[[ $(echo "$preview" | json "d['valid']") == True ]] || { echo "$preview" | head -c 2000 >&2; exit 1; }
	HANDED=$(echo "$preview" | json "d['enquiriesHandedOn']")
	NO_ONE=$(echo "$preview" | json "d['leftWithNoOne']")
	T=$(now); local id; id=$(transfer "$file" true | json "d['uploadId']"); await_upload "$id" >/dev/null; APPLY_S=$(since "$T")
	log "$file: preview ${PREVIEW_S} s ($HANDED enquiries to hand on, $NO_ONE with no one), applied in ${APPLY_S} s"
}
move transfers-30.csv
T30_PREVIEW=$PREVIEW_S T30_APPLY=$APPLY_S T30_HANDED=$HANDED T30_NO_ONE=$NO_ONE
declare -a TIMES=()
for _ in $(seq 1 20); do
	TIMES+=("$(curl -s -o "$RUN_DIR/to-reassign.json" -w '%{time_total}' -u "$(as sp.moradabad)" "$BASE/api/complaints/to-reassign?size=100")")
done
ON_LIST=$(json "len(d)" <"$RUN_DIR/to-reassign.json")
LIST_MS=$(printf '%s\n' "${TIMES[@]}" | sort -n | awk '{a[NR]=$1*1000} END{printf "p50 %.1f ms, p95 %.1f ms", a[int(NR*0.5)], a[int(NR*0.95)]}')
declare -a PAGES=()
for _ in $(seq 1 10); do
	PAGES+=("$(curl -s -o /dev/null -w '%{time_total}' -u "$(as sp.moradabad)" "$BASE/cases/to-reassign")")
done
PAGE_MS=$(printf '%s\n' "${PAGES[@]}" | sort -n | awk '{a[NR]=$1*1000} END{printf "p50 %.1f ms, slowest %.1f ms", a[int(NR*0.5)], a[NR]}')
log "after 30 transfers the district's to-reassign list holds $ON_LIST complaints: API $LIST_MS"

move transfers-100.csv
LEFT=$(psql -Atq -d "$DB" -c "
	select count(*) from complaint c
	where c.status in ('ASSIGNED', 'UNDER_ENQUIRY', 'RETURNED') and c.enquiry_officer_id is null
	  and not exists (
	    select 1 from jurisdiction_officer o join jurisdiction_officer_role r on r.officer_id = o.id
	    where o.status = 'ACTIVE' and ((r.role = 'SHO' and o.posting_unit_id = c.station_id)
	       or (r.role = 'CO' and o.posting_unit_id = c.circle_id)
	       or (r.role in ('ASP', 'SP') and o.posting_unit_id = c.district_id)))")
WAITING=$(psql -Atq -d "$DB" -c "select count(*) from complaint where status in ('ASSIGNED', 'UNDER_ENQUIRY', 'RETURNED') and enquiry_officer_id is null")

log "the raw-SQL yardstick, with the app stopped"
stop_app
RAW_LIMIT=$("$BENCH_DIR/raw-limit.sh" 0 30)

SUMMARY="$RUN_DIR/summary.txt"
{
	echo "Administration benchmark, $(date -u +%Y-%m-%d), PostgreSQL $(psql -Atq -d postgres -c 'show server_version'), app -Xmx$APP_XMX, through the API"
	echo "district set-up: $UNITS units, $OFFICERS officers"
	echo "  dry run ${DRY_S} s; real run ${REAL_S} s; the same file again ${AGAIN_S} s ($(echo "$AGAIN" | json "d['changes']") changes)"
	echo "complaints: $HELD assigned to 130 investigating officers (${FILE_S} s to file, mark and assign)"
	echo "transfer list of 30: preview ${T30_PREVIEW} s, applied ${T30_APPLY} s; $T30_HANDED enquiries handed on, $T30_NO_ONE left with no one"
	echo "  the district's to-reassign list then: $ON_LIST complaints; API $LIST_MS (20 calls); page $PAGE_MS (10 calls)"
	echo "transfer list of 100: preview ${PREVIEW_S} s, applied ${APPLY_S} s; $HANDED enquiries handed on, $NO_ONE left with no one (preview)"
	echo "after both lists: $WAITING enquiries wait for an officer; $LEFT of them with no SHO, CO, ASP or SP over them (SQL)"
	echo "$RAW_LIMIT (same run, same machine: the bare writes of one lifecycle, for scale)"
} | tee "$SUMMARY"
