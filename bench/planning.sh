#!/usr/bin/env bash
# Workshop planning benchmark (issue 17): groups then paths for days shaped like the demo school's,
# each size in its own JVM with a bounded heap. Not a test: it prints figures, it asserts nothing.
#   bench/planning.sh                 # 24, 200 and 500 teachers at -Xmx256m
#   SIZES="500" HEAP=1g bench/planning.sh
# Needs the project's test classes (compiled here with ./mvnw -o if missing, or SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"24 200 500"}
HEAP=${HEAP:-256m}
CP_FILE=target/bench-planning.classpath
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q test-compile
fi
if [[ ! -s "$CP_FILE" ]]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
fi
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"
echo "# $(date -u +%FT%TZ) $(nproc) cores, java $(java -version 2>&1 | head -1), -Xmx$HEAP"
first=1
for n in $SIZES; do
  if [[ $first == 1 ]]; then
    java -Xmx"$HEAP" -cp "$CP" fr.reseau.ecoles.workshop.planning.PlanningBench "$n"
    first=0
  else
    java -Xmx"$HEAP" -cp "$CP" fr.reseau.ecoles.workshop.planning.PlanningBench "$n" | tail -n +2
  fi
done
