#!/usr/bin/env bash
# Load script: the 14 documentalistes of the demo network send their declarations at the same moment,
# through /engine-rest as Tasklist does (submit-form, each with their own login), for ROUNDS campaigns.
# Prints the HTTP status of every first answer; docs/performance.md has the figures.
#
# Needs a running application with the demo data, e.g. on a fresh in-memory database:
#   java -jar target/reseau-ecoles-*.jar --server.port=18080 --spring.datasource.url=jdbc:h2:mem:bench
#   BASE=http://localhost:18080 bench/concurrent-declarations.sh
# Each round opens the campaign of a later school year (one campaign per network and year).
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
ROUNDS=${ROUNDS:-3}
FIRST_YEAR=${FIRST_YEAR:-$(( $(date +%Y) + 1 ))}
NETWORK=ventoux-baronnies
COORDINATOR=mathilde.arnaud
PASSWORD=demo
DOCUMENTALISTES="camille.roux lucie.martin julien.faure sophie.bernard yann.morel helene.garcia marc.dupont ines.moreau
claire.fabre thomas.girard nadia.benali pierre.chabert anne.reynaud elise.blanc"

api() { # user method path [json]
  curl -s -u "$1:$PASSWORD" -X "$2" -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/engine-rest$3"
}

declaration='{"variables":{"volunteer":{"value":true,"type":"Boolean"},"volunteerRole":{"value":"both","type":"String"},
"publicServed":{"value":"college","type":"String"},"ppcrPlanned":{"value":false,"type":"Boolean"},
"needs":{"value":"[\"digital\"]","type":"Json"},"strengths":{"value":"[\"reading-culture\"]","type":"Json"},
"constraintKinds":{"value":"[]","type":"Json"}}}'

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
total_5xx=0
total=0
for (( round = 0; round < ROUNDS; round++ )); do
  y=$(( FIRST_YEAR + round ))
  start="{\"variables\":{\"schoolYear\":{\"value\":\"$y-$(( y + 1 ))\",\"type\":\"String\"},
\"volunteeringDeadline\":{\"value\":\"$y-09-30\",\"type\":\"String\"},\"visitWindowStart\":{\"value\":\"$y-10-05\",\"type\":\"String\"},
\"visitWindowEnd\":{\"value\":\"$(( y + 1 ))-05-28\",\"type\":\"String\"}}}"
  api "$COORDINATOR" POST "/process-definition/key/cdi-tour/tenant-id/$NETWORK/submit-form" "$start" >/dev/null
  # Everyone opens their task first, then all press "Valider" together.
  ids=()
  for user in $DOCUMENTALISTES; do
    id=$(api "$user" GET "/task?assignee=$user&taskDefinitionKey=Task_DeclareVolunteering" | jq -r '.[0].id')
    ids+=("$user:$id")
  done
  for pair in "${ids[@]}"; do
    user=${pair%%:*}
    id=${pair#*:}
    curl -s -o /dev/null -w '%{http_code}\n' -u "$user:$PASSWORD" -X POST -H 'Content-Type: application/json' \
      -d "$declaration" "$BASE/engine-rest/task/$id/submit-form" >"$out/$round-$user" &
  done
  wait
  codes=$(cat "$out"/"$round"-* | sort | uniq -c | tr '\n' ' ')
  n5xx=$(cat "$out"/"$round"-* | grep -c '^5' || true)
  echo "round $((round + 1)) ($y-$(( y + 1 ))): $codes"
  total_5xx=$(( total_5xx + n5xx ))
  total=$(( total + $(ls "$out"/"$round"-* | wc -l) ))
done
echo "first answers: $total, of which 5xx: $total_5xx"
