#!/usr/bin/env bash
# The rules against recycled evidence: false flags on genuine reports and cost per report
# (see EvidenceBenchmark.java and ../RESULTS.md).
# Usage: bench/evidence/run.sh                    (20,000 reports preloaded, 200 measured)
#        PRELOAD=2000 MEASURED=200 bench/evidence/run.sh
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); drops and creates $DB.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-samadhan_evidence_bench}
PRELOAD=${PRELOAD:-20000}
MEASURED=${MEASURED:-200}
OUT=target/bench-evidence
mkdir -p "$OUT"
# the generated site photos and the movable clock come from the test sources
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat "$OUT/classpath")"
javac -d "$OUT/classes" -cp "$CP" bench/detector/DetectorBenchmark.java bench/evidence/EvidenceBenchmark.java
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
java -Xmx1g -Djava.awt.headless=true -Dpreload="$PRELOAD" -Dmeasured="$MEASURED" -cp "$OUT/classes:$CP" \
  org.samadhan.bench.EvidenceBenchmark \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password= --server.port=0 --server.address=127.0.0.1 \
  --samadhan.attachments.directory="$OUT/attachments" --logging.level.root=WARN \
  --samadhan.deadline.sweep.enabled=false --samadhan.feedback.audit.enabled=false \
  --samadhan.notification.dispatch.enabled=false --samadhan.ranking.job.enabled=false 2>&1 | tee "$OUT/result.txt"
if [ "${KEEP_DB:-0}" != 1 ]; then dropdb -h 127.0.0.1 -U postgres "$DB"; fi
rm -rf "$OUT/attachments"
