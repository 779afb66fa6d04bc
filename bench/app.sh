#!/usr/bin/env bash
# The application beside a bare Camunda 7.24 starter (issue 17, parts 3 and 4), in one run on the same
# machine: start-up, RSS, server CPU and wall time per completion, p50/p95/p99 of 20 concurrent users
# on the task list and on completions, gzip of Tasklist's scripts. Bare and application are measured
# one after the other, ROUNDS times (interleaved), so that both see the same load. Not a test: it
# prints figures and asserts nothing. About 4 minutes per round on a 2-core machine (8 minutes for the
# default 2 rounds; measured at a load average of 8, less when idle).
#   bench/app.sh                         # builds both jars if missing, 2 rounds
#   ROUNDS=3 REBUILD=1 bench/app.sh      # rebuild the application's jar first
#   APP_JVM_OPTS="-XX:+UseSerialGC" BARE_JVM_OPTS="-XX:+UseSerialGC" bench/app.sh
#   CDS=1 bench/app.sh                   # both with an AppCDS archive (made first, ~2 more minutes)
#   ONLY=app PROFILE_DIR=/tmp bench/app.sh   # the application alone, JFR of its sequential completions
# Environment: USERS (20), WARMUP (26), SEQUENTIAL (52), PER_USER_COMPLETIONS (5), LIST_REQUESTS (25).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/lib.sh"
ROUNDS=${ROUNDS:-2}
MVN_FLAGS=(-B -q -DskipTests -Dmodels.lint.skip -Dspotless.check.skip)
[[ "${OFFLINE:-1}" == 1 ]] && MVN_FLAGS+=(-o)

# APP_JAR: another build of the application (e.g. a copy of main's jar, for before/after figures).
app_jar=${APP_JAR:-$(ls "$ROOT"/target/reseau-ecoles-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$app_jar" || "${REBUILD:-0}" == 1 ]]; then
  (cd "$ROOT" && ./mvnw "${MVN_FLAGS[@]}" package) >&2
  app_jar=$(ls "$ROOT"/target/reseau-ecoles-*.jar | head -1)
fi
bare_jar=${BARE_JAR:-"$ROOT/bench/bare-starter/target/bare-starter.jar"}
if [[ ! -f "$bare_jar" || "${REBUILD:-0}" == 1 ]]; then
  (cd "$ROOT/bench/bare-starter" && "$ROOT/mvnw" "${MVN_FLAGS[@]}" package) >&2
fi

work=$(mktemp -d /tmp/bench-app.XXXXXX)
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
# CDS=1: both servers from their extracted jars with a class-data archive made by a training run
# (Spring Boot's `-Djarmode=tools extract`, then `-XX:ArchiveClassesAtExit` with
# `-Dspring.context.exit=onRefresh`; docs/operations.md, "JVM options").
cds_archive() { # jar name -> prints the extracted jar; the archive is beside it as NAME.jsa
  local dir="$work/cds-$2"
  java -Djarmode=tools -jar "$1" extract --destination "$dir" >&2
  local jar
  jar=$(ls "$dir"/*.jar | head -1)
  (cd "$dir" && java -XX:ArchiveClassesAtExit="$dir/$2.jsa" -Dspring.context.exit=onRefresh -jar "$jar" \
      --server.port=0 --spring.datasource.url="jdbc:h2:file:$dir/training-db" >"$dir/training.log" 2>&1 || true)
  echo "$jar"
}
if [[ "${CDS:-0}" == 1 ]]; then
  app_jar=$(cds_archive "$app_jar" app)
  bare_jar=$(cds_archive "$bare_jar" bare)
  export APP_JVM_OPTS="-XX:SharedArchiveFile=$work/cds-app/app.jsa ${APP_JVM_OPTS:-}"
  export BARE_JVM_OPTS="-XX:SharedArchiveFile=$work/cds-bare/bare.jsa ${BARE_JVM_OPTS:-}"
fi
bench_machine
echo "# app: $(basename "$app_jar") ${APP_JVM_OPTS:-}; bare: bare-starter.jar ${BARE_JVM_OPTS:-}; $ROUNDS round(s)"
java "$ROOT/bench/ServerBench.java" "$app_jar" "$bare_jar" "$work" "$ROUNDS" \
  "$ROOT/bench/bare-starter/src/main/resources/bench"
