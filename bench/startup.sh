#!/usr/bin/env bash
# Start-up of two builds of the application, alternated (A B A B ...), PAIRS times: the CPU the server
# process used (utime + stime, /proc/PID/stat) until a demo user can list her tasks, on a fresh H2
# file each time, then once more on the same file (a restart). On a shared 2-core machine one start-up's
# CPU varies by a quarter from run to run; alternating the two jars and comparing pair by pair shows a
# difference that one bench/app.sh round cannot. Not a test: prints figures, asserts nothing.
#   bench/startup.sh /tmp/before.jar target/reseau-ecoles-0.1.0-SNAPSHOT.jar   # 5 pairs
#   PAIRS=8 bench/startup.sh A.jar B.jar
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/lib.sh"
PAIRS=${PAIRS:-5}
PORT=${PORT:-18181}
READY_USER=camille.roux # a documentaliste of the demo data, seeded after start-up
jars=("$(realpath "$1")" "$(realpath "$2")")
work=$(mktemp -d /tmp/bench-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)

cpu_seconds() { # pid -> utime + stime in seconds
  awk -v t="$tick" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"
}

# jar dir -> "wall_seconds cpu_seconds" when READY_USER's task list answers 200
start_once() {
  local jar=$1 dir=$2 t0 pid code
  t0=$(date +%s.%N)
  java -jar "$jar" --server.port="$PORT" \
    "--spring.datasource.url=jdbc:h2:file:$dir/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" \
    >>"$dir/server.log" 2>&1 &
  pid=$!
  while true; do
    kill -0 "$pid" 2>/dev/null || { echo "server stopped, see $dir/server.log" >&2; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$READY_USER:demo" \
      "http://127.0.0.1:$PORT/engine-rest/task?assignee=$READY_USER" || true)
    [[ "$code" == 200 ]] && break
    sleep 0.1
  done
  local figures
  figures="$(echo "$(date +%s.%N) - $t0" | bc -l | xargs printf '%.1f') $(cpu_seconds "$pid")"
  kill "$pid"
  wait "$pid" 2>/dev/null || true # the port is free again before the figures are read
  echo "$figures"
}

bench_machine
echo "# A: ${jars[0]}"
echo "# B: ${jars[1]}"
printf '%-5s %-3s %12s %12s %14s %14s\n' pair jar "fresh wall" "fresh CPU" "restart wall" "restart CPU"
for pair in $(seq 1 "$PAIRS"); do
  for i in 0 1; do
    name=$([[ $i == 0 ]] && echo A || echo B)
    dir="$work/$pair-$name"
    mkdir -p "$dir"
    read -r fresh_wall fresh_cpu < <(start_once "${jars[$i]}" "$dir")
    read -r again_wall again_cpu < <(start_once "${jars[$i]}" "$dir")
    printf '%-5s %-3s %12s %12s %14s %14s\n' "$pair" "$name" "$fresh_wall" "$fresh_cpu" \
      "$again_wall" "$again_cpu"
    rm -rf "$dir"
  done
done
