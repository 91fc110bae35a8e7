#!/usr/bin/env bash
# The search analyser's cost per registration (see AnalyserCost.java and ../RESULTS.md); no
# database. With arguments, prints the search terms of each instead.
#   bench/search/analyser.sh
#   bench/search/analyser.sh बकरियों "सोने की चेन"
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench-search
mkdir -p "$OUT"
mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath")"
javac -d "$OUT/classes" -cp "$CP" bench/search/AnalyserCost.java
java -cp "$OUT/classes:$CP" org.samadhan.complaint.AnalyserCost "$@"
