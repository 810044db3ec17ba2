# Shared by deploy/up and deploy/down: where the local stack lives, which ports it uses, and how its
# processes are found. Every value can be overridden from the environment (see docs/running-locally.md).

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${FYP_DATA_DIR:-$REPO/.data}"
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
export FYP_DATA_DIR="$DATA"
LOGS="$DATA/logs"
PIDS="$DATA/pids"

GATEWAY_PORT="${FYP_GATEWAY_PORT:-8080}"
KAFKA_PORT="${FYP_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${FYP_KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${FYP_MONGO_PORT:-27017}"
export FYP_KAFKA_PORT="$KAFKA_PORT" FYP_KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" FYP_MONGO_PORT="$MONGO_PORT"

# Start order; stopping goes the other way round.
SERVICES=(plan-catalog departments projects indicators tracking)
declare -A DEFAULT_PORT=([plan-catalog]=8081 [departments]=8082 [projects]=8083 [indicators]=8084 [tracking]=8085)

# A process's name as it appears in its settings' names: plan-catalog -> PLAN_CATALOG (FYP_PORT_PLAN_CATALOG).
env_name() {
  echo "$1" | tr 'a-z-' 'A-Z_'
}

service_port() {
  local var
  var="FYP_PORT_$(env_name "$1")"
  echo "${!var:-${DEFAULT_PORT[$1]}}"
}

service_jar() {
  echo "$REPO/services/$1/target/$1-0.1.0-SNAPSHOT.jar"
}

pid_of() {
  local file="$PIDS/$1.pid"
  [[ -f "$file" ]] && cat "$file"
}

is_running() {
  local pid
  pid="$(pid_of "$1")" && [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"

# Stops one process: TERM (graceful: services finish requests, Kafka flushes, H2 commits), then KILL.
stop_process() {
  local name="$1" pid
  pid="$(pid_of "$name")" || return 0
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  $name did not stop in 30 s; killing it"
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  rm -f "$PIDS/$name.pid"
}

stop_all() {
  local names=(gateway)
  for ((i=${#SERVICES[@]}-1; i>=0; i--)); do names+=("${SERVICES[$i]}"); done
  names+=(kafka mongo)
  for name in "${names[@]}"; do
    if is_running "$name"; then
      echo "stopping $name"
      stop_process "$name"
    else
      rm -f "$PIDS/$name.pid"
    fi
  done
}
