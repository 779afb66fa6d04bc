#!/usr/bin/env bash
# Pairing benchmark (issue 17): PairingAlgorithm#propose on realistic campaigns, one fresh JVM per
# size and solver, so that each run's peak heap is its own. Not a test; see bench/README.md.
#
#   bench/pairing.sh                      # 1000 3000 11000 volunteers, sparse solver, -Xmx512m
#   SIZES="1000" REFERENCE=jgrapht REF_XMX=4g bench/pairing.sh   # also the old JGraphT solver
#   SIZES="3000 11000" REFERENCE=dense REF_XMX=4g bench/pairing.sh  # dense Hungarian reference
#
# Prints one RESULT line per run; "optimum_equal=yes|no" compares visits and total cost with the
# reference when one is run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES="${SIZES:-1000 3000 11000}"
XMX="${XMX:-512m}"
REPETITIONS="${REPETITIONS:-3}"
SEED="${SEED:-17}"
REFERENCE="${REFERENCE:-}"        # jgrapht | dense | empty (none)
REF_XMX="${REF_XMX:-4g}"

CP="$(bench_classpath)"
bench_machine
for n in $SIZES; do
  line="$(java -Xmx"$XMX" -cp "$CP" fr.reseau.ecoles.pairing.PairingBench "$n" sparse "$REPETITIONS" "$SEED" | grep '^RESULT')"
  echo "$line"
  if [ -n "$REFERENCE" ]; then
    ref="$(java -Xmx"$REF_XMX" -cp "$CP" fr.reseau.ecoles.pairing.PairingBench "$n" "$REFERENCE" 1 "$SEED" | grep '^RESULT')"
    echo "$ref"
    key() { echo "$1" | grep -o 'visits=[0-9]* ' ; echo "$1" | grep -o 'total_cost_milli=-*[0-9]*'; }
    if [ "$(key "$line")" = "$(key "$ref")" ]; then equal=yes; else equal=no; fi
    echo "COMPARE volunteers=$n reference=$REFERENCE optimum_equal=$equal"
  fi
done
