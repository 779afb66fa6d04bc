#!/usr/bin/env bash
# Shared by the algorithm benchmarks (bench/pairing.sh, and the planning one beside it):
# compiles main and test classes once and writes the test classpath, so that a benchmark's main
# class (in src/test/java) runs in a plain JVM, without Spring, a database or Maven's own JVM.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_classpath() {
  (cd "$ROOT" && ./mvnw -B -q test-compile \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test \
         -Dmdep.outputFile=target/bench.classpath) >&2
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/bench.classpath")"
}

# The machine, printed with every run: results depend on it and on the load.
bench_machine() {
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(java -version 2>&1 | head -1)"
}
