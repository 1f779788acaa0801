#!/usr/bin/env bash
# Measures the quick start: seconds from `server-config/run.sh` to the first console page, and the memory (RSS) of
# the Payara server and of the embedded PostgreSQL once it serves. Run by hand, with ports 8080/4848/5433 free:
#
#   bench/first-page.sh            # reuses the domain and the data, as a second start does
#   bench/first-page.sh --fresh    # deletes the domain and the embedded data first
#
# Extra arguments go to run.sh. It stops the server at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG=$(mktemp)
PAGE=http://localhost:${C2DESK_HTTP_PORT:-8080}/console/login.xhtml

start=$(date +%s.%N)
setsid "$ROOT/server-config/run.sh" "$@" >"$LOG" 2>&1 &
runner=$!
trap 'kill -TERM "$runner" 2>/dev/null; wait "$runner" 2>/dev/null || true; rm -f "$LOG"' EXIT

for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$PAGE" 2>/dev/null)" = 200 ]; then
    break
  fi
  if ! kill -0 "$runner" 2>/dev/null; then
    echo "run.sh stopped before serving:" >&2
    tail -n 20 "$LOG" >&2
    exit 1
  fi
  sleep 0.5
done
end=$(date +%s.%N)
sleep 5 # let the first request's class loading settle before reading memory

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%.0f", $1 / 1024}'; }
payara=$(pgrep -f "$ROOT/.c2desk/payara6/glassfish/domains/c2desk" | head -n 1 || true)
postgres_total=0
for pid in $(pgrep -f "$ROOT/.c2desk/pgbin|org.c2desk.serverconfig.EmbeddedDatabase" || true); do
  postgres_total=$((postgres_total + $(rss_mb "$pid")))
done

printf 'run.sh %s\n' "$*"
printf 'first page after   %6.1f s\n' "$(echo "$end - $start" | bc)"
printf 'Payara RSS         %6s MB\n' "$( [ -n "$payara" ] && rss_mb "$payara" || echo '?')"
printf 'PostgreSQL RSS     %6s MB (launcher and server processes)\n' "$postgres_total"
