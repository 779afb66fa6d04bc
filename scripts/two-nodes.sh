#!/usr/bin/env bash
# Two nodes of the packaged jar on one PostgreSQL database (docs/operations.md, "Two nodes").
#
#   scripts/two-nodes.sh [database-name]      (default: reseau_ecoles_two_nodes; dropped and re-created)
#
# 1. creates an empty database and starts node A and node B at the same moment on it (demo profile, job
#    executor on, job lock time 10 s, each node on a free port);
# 2. the coordinator starts « La tournée des CDI » of the demo network through node A, its volunteering
#    deadline in 3 days, so that the reminder timer (7 days before the deadline) is due at once;
# 3. the 14 documentalistes send their declarations over /engine-rest (HTTP Basic), alternately through
#    A and B; node B is killed with kill -9 after the 7th; the rest goes to A;
# 4. waits until no job is left to run (B's locked jobs come back to A after the lock time) and checks:
#    every acknowledged declaration is stored, every job ran exactly once (the engine's job log), no
#    incident. Prints the figures and exits non-zero when a check fails.
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), curl, psql, a JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-reseau_ecoles_two_nodes}"
PGURL="jdbc:postgresql://127.0.0.1:5432/$DB"
LOCK_MS=10000
WORK="target/two-nodes"
mkdir -p "$WORK"
psql_q() { psql -h 127.0.0.1 -U postgres -d "$DB" -qtAX -c "$1"; }

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster 15 main start
fi
JAR="${JAR:-$(ls target/reseau-ecoles-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
if [[ -z "$JAR" || -n "${REBUILD:-}" ]]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/reseau-ecoles-*.jar | grep -v original | head -1)
fi
JAR_ABS=$(realpath "$JAR")
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT_A=$(free_port); PORT_B=$(free_port)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_node() { # name port
  # Not the project folder: each node deploys the processes and forms inside its jar.
  (cd "$WORK" && exec java -Xmx512m -jar "$JAR_ABS" --server.port="$2" \
      --spring.datasource.url="$PGURL" --spring.datasource.username=postgres --spring.datasource.password= \
      --camunda.bpm.job-execution.lock-time-in-millis=$LOCK_MS \
      --camunda.bpm.generic-properties.properties.hostname="node-$1" \
      > "node-$1.log" 2>&1) &
  PIDS+=($!)
  echo "node $1: pid ${PIDS[-1]}, port $2"
}
START=$(date +%s)
start_node a "$PORT_A"; PID_A=${PIDS[-1]}
start_node b "$PORT_B"; PID_B=${PIDS[-1]}

wait_up() { # port pid; START_TIMEOUT seconds from the start (the second node waits for the first one's start-up)
  while (( $(date +%s) - START < ${START_TIMEOUT:-900} )); do
    if curl -fs "http://127.0.0.1:$1/actuator/health" | grep -q UP; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then return 1; fi
    sleep 1
  done
  return 1
}
UP=0
wait_up "$PORT_A" "$PID_A" && { echo "node a up after $(( $(date +%s) - START )) s"; UP=$((UP+1)); } || echo "node a DID NOT START (see $WORK/node-a.log)"
wait_up "$PORT_B" "$PID_B" && { echo "node b up after $(( $(date +%s) - START )) s"; UP=$((UP+1)); } || echo "node b DID NOT START (see $WORK/node-b.log)"
[[ $UP == 2 ]] || exit 1

rest() { # user port method path [json]
  curl -s -o "$WORK/last.json" -w '%{http_code}' -u "$1:demo" -X "$3" -H 'Content-Type: application/json' \
    "http://127.0.0.1:$2/engine-rest$4" ${5:+--data "$5"} || echo 000
}
NETWORK=ventoux-baronnies
DEADLINE=$(date -d '+3 days' +%F); WSTART=$(date -d '+10 days' +%F); WEND=$(date -d '+200 days' +%F)
YEAR="$(date +%Y)-$(( $(date +%Y) + 1 ))"
code=$(rest mathilde.arnaud "$PORT_A" POST "/process-definition/key/cdi-tour/tenant-id/$NETWORK/start" \
  "{\"variables\":{\"schoolYear\":{\"value\":\"$YEAR\"},\"networkId\":{\"value\":\"$NETWORK\"},\"volunteeringDeadline\":{\"value\":\"$DEADLINE\"},\"visitWindowStart\":{\"value\":\"$WSTART\"},\"visitWindowEnd\":{\"value\":\"$WEND\"}}}")
[[ $code == 200 ]] || { echo "campaign start: HTTP $code $(cat "$WORK/last.json")"; exit 1; }
TOUR=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/last.json")
echo "campaign $YEAR started through node a: $TOUR"

DOCS=(camille.roux lucie.martin julien.faure sophie.bernard yann.morel helene.garcia marc.dupont ines.moreau
      claire.fabre thomas.girard nadia.benali pierre.chabert anne.reynaud elise.blanc)
json_list() { python3 -c 'import json,sys; print(json.dumps(json.dumps(sys.argv[1:])))' "$@"; }
DECLARATION="{\"variables\":{\"volunteer\":{\"value\":true},\"volunteerRole\":{\"value\":\"both\"},\"publicServed\":{\"value\":\"college\"},\"needs\":{\"value\":$(json_list digital),\"type\":\"Json\"},\"strengths\":{\"value\":$(json_list reading-culture),\"type\":\"Json\"},\"ppcrPlanned\":{\"value\":false},\"constraintKinds\":{\"value\":$(json_list),\"type\":\"Json\"}}}"
ACKED=(); FAILED=0; FIVE=0; i=0; B_ALIVE=1
for user in "${DOCS[@]}"; do
  port=$PORT_A; node=a
  if (( i % 2 == 1 && B_ALIVE )); then port=$PORT_B; node=b; fi
  code=$(rest "$user" "$port" GET "/task?processInstanceId=$TOUR&assignee=$user")
  task=$(python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print(t[0]["id"] if t else "")' "$WORK/last.json")
  code=$(rest "$user" "$port" POST "/task/$task/complete" "$DECLARATION")
  if [[ $code == 204 ]]; then ACKED+=("$user"); else FAILED=$((FAILED+1)); [[ $code == 5* ]] && FIVE=$((FIVE+1)); echo "  $user via $node: HTTP $code"; fi
  i=$((i+1))
  if (( i == 7 )); then
    LOCKED=$(psql_q "select count(*) from act_ru_job where lock_owner_ is not null")
    kill -9 "$PID_B"; B_ALIVE=0
    echo "node b killed (kill -9) after $i declarations; jobs locked at that moment (either node): $LOCKED"
  fi
done
echo "declarations acknowledged: ${#ACKED[@]} of ${#DOCS[@]} (refused: $FAILED, of which 5xx: $FIVE)"

# Until nothing is left to run; B's locked jobs come back after the lock time.
for _ in $(seq 1 120); do
  due=$(psql_q "select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")
  [[ $due == 0 ]] && break
  sleep 1
done
STORED=$(psql_q "select count(*) from act_hi_taskinst where proc_inst_id_ = '$TOUR' and task_def_key_ = 'Task_DeclareVolunteering' and end_time_ is not null")
MISSING=0
for user in "${ACKED[@]}"; do
  n=$(psql_q "select count(*) from declaration where member_user_id = '$user' and answered")
  [[ $n == 1 ]] || { echo "  acknowledged but not stored: $user"; MISSING=$((MISSING+1)); }
done
JOBS=$(psql_q "select count(distinct job_id_) from act_hi_job_log where process_instance_id_ = '$TOUR' or root_proc_inst_id_ = '$TOUR'")
# The history cleanup job is one job rescheduled after each run (Camunda's design): not a job run twice.
TWICE=$(psql_q "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup' group by job_id_ having count(*) > 1) t")
NEVER=$(psql_q "select count(*) from (select job_id_ from act_hi_job_log group by job_id_ having sum(case when job_state_ in (2,3) then 1 else 0 end) = 0) t where job_id_ not in (select id_ from act_ru_job where duedate_ > now())")
BY_NODE=$(psql_q "select hostname_ || ': ' || count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1" | tr '\n' ' ')
INCIDENTS=$(psql_q "select count(*) from act_ru_incident")
REMINDER=$(psql_q "select coalesce(text_, long_::text) from act_ru_variable where proc_inst_id_ = '$TOUR' and name_ = 'reminderPendingCount'")
echo "stored declarations (history): $STORED; acknowledged but missing: $MISSING"
echo "jobs of the campaign: $JOBS; executed more than once: $TWICE; never executed (and due): $NEVER"
echo "successful job executions by node: $BY_NODE"
echo "timer jobs executed: $(psql_q "select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%'"), \
of which more than once: $(psql_q "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%' group by job_id_ having count(*) > 1) t")"
echo "reminder timer recorded reminderPendingCount=${REMINDER:-none}; incidents: $INCIDENTS"
echo "total: $(( $(date +%s) - START )) s"
[[ $MISSING == 0 && $TWICE == 0 && $NEVER == 0 && $INCIDENTS == 0 && $FIVE == 0 ]]
