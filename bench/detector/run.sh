#!/usr/bin/env bash
# The paper-disposal detector's cost per report (see DetectorBenchmark.java and ../RESULTS.md).
# Usage: bench/detector/run.sh            (5,000 reports preloaded, 300 measured)
#        PRELOAD=20000 MEASURED=500 bench/detector/run.sh
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth); drops and creates $DB.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-samadhan_detector_bench}
PRELOAD=${PRELOAD:-5000}
MEASURED=${MEASURED:-300}
OUT=target/bench-detector
mkdir -p "$OUT"
mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath")"
javac -d "$OUT/classes" -cp "$CP" bench/detector/DetectorBenchmark.java
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
java -Xmx1g -Dpreload="$PRELOAD" -Dmeasured="$MEASURED" -cp "$OUT/classes:$CP" org.samadhan.bench.DetectorBenchmark \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password= --server.port=0 --server.address=127.0.0.1 \
  --samadhan.attachments.directory="$OUT/attachments" --logging.level.root=WARN 2>&1 | tee "$OUT/result.txt"
if [ "${KEEP_DB:-0}" != 1 ]; then dropdb -h 127.0.0.1 -U postgres "$DB"; fi
