#!/usr/bin/env bash
# Crash test of the default H2 database (docs/operations.md): kill -9 of the packaged application at
# random moments while a client completes tasks through /engine-rest; after each restart on the same
# ./data folder every acknowledged request must still be there, with no 5xx and no incident.
#
#   scripts/crash-test.sh [--kills N] [--short] [--seed S] [--jar JAR] [--keep] [-- extra application arguments]
#
# --short: 3 kills (CI). Default: 20 kills. Uses target/reseau-ecoles-*.jar (built if missing) or --jar.
# Exit status 0 only if nothing acknowledged was lost, no request answered 5xx and no incident exists.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=20
seed=$RANDOM
keep=false
jar=
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills=$2; shift 2 ;;
    --short) kills=3; shift ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --jar) jar=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[ -n "$jar" ] || jar=$(ls target/reseau-ecoles-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/reseau-ecoles-*.jar | grep -v '\.original$' | head -n 1)
fi

jar=$(realpath "$jar")
work=$(mktemp -d "${TMPDIR:-/tmp}/crash-test.XXXXXX")
driver_pid=
cleanup() {
  # Only what this script started: the driver, then the application it launched (its pid file).
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill "$driver_pid" 2>/dev/null || true
    wait "$driver_pid" 2>/dev/null || true
  fi
  if [ -f "$work/app.pid" ]; then
    app_pid=$(cat "$work/app.pid")
    if kill -0 "$app_pid" 2>/dev/null; then
      kill -9 "$app_pid" 2>/dev/null || true
    fi
  fi
  if [ "$keep" = true ]; then
    echo "crash test files kept in $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The driver reads JSON with the Jackson of the application's own jar.
mkdir -p "$work/lib" "$work/app"
(cd "$work/lib" && unzip -q -j "$jar" 'BOOT-INF/lib/jackson-core-*.jar' 'BOOT-INF/lib/jackson-databind-*.jar' \
  'BOOT-INF/lib/jackson-annotations-*.jar')

echo "crash test: $kills kills, seed $seed, jar $jar, working directory $work/app"
java -cp "$work/lib/*" scripts/crash/CrashTest.java "$jar" "$work/app" "$kills" "$seed" -- "${extra[@]}" &
driver_pid=$!
status=0
wait "$driver_pid" || status=$?
driver_pid=
if [ "$status" -ne 0 ]; then
  echo "crash test FAILED (exit $status); application logs:" >&2
  tail -n 40 "$work"/app/app-*.log | tail -n 120 >&2 || true
fi
exit "$status"
