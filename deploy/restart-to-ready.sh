#!/usr/bin/env bash
# Restart to ready, and the web client's first Portfolio visit after it (docs/benchmarks.md):
#   deploy/restart-to-ready.sh NAME DATA_DIR PORT BOLT_PORT [service arguments...]
# starts the jar on an existing embedded store, waits for the "Ecosystem Graph is ready at" line,
# times the Portfolio view's queries twice (first visit, second visit) over HTTP, and stops it.
# JAR (default graph-api/target/ecosystem-graph.jar), JAVA_HOME and the demo viewer password are used.
set -u
name=$1; dir=$2; port=$3; bolt=$4; shift 4
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$root/graph-api/target/ecosystem-graph.jar}
docs=$root/graph-api/src/main/resources/warm-up
log=$dir.$name.log
: > "$log"
started=$(date +%s.%N)
load_start=$(cut -d' ' -f1 /proc/loadavg)
ECOSYSTEM_DATA_DIR=$dir PORT=$port ECOSYSTEM_BOLT_PORT=$bolt ECOSYSTEM_PAGE_CACHE=${ECOSYSTEM_PAGE_CACHE:-256MB} \
  "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -Xmx1500m -jar "$jar" "$@" > "$log" 2>&1 &
pid=$!
until grep -q "Ecosystem Graph is ready at" "$log"; do
  kill -0 $pid 2>/dev/null || { echo "$name: the service stopped; see $log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
printf '%s: ready %.1f s after launch (load %s at launch, %s at ready)\n' "$name" "$(echo "$ready - $started" | bc)" \
  "$load_start" "$(cut -d' ' -f1 /proc/loadavg)"
grep -o "Warm-up: .*\|Ecosystem Graph is ready at.*" "$log"
auth=$(printf 'viewer:viewer-demo' | base64)
for visit in first second; do
  row="$visit visit:"
  for doc in 02-ecosystemKpis 01-dealStats 03-partnerReturns 04-tierMismatches 06-investmentPlan 07-channelConflicts; do
    body=$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$docs/$doc.graphql")
    out=$(curl -s -o "$log.response" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      -H "Authorization: Basic $auth" --data "$body" --max-time 120 "http://localhost:$port/graphql")
    status=${out%% *}
    grep -q '"errors"' "$log.response" && status="$status with errors"
    row="$row ${doc#*-} ${out#* } s ($status),"
  done
  echo "$row"
done
kill $pid
wait $pid 2>/dev/null
