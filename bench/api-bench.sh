#!/usr/bin/env bash
# The C2 API under load, beside the ceiling PostgreSQL itself sets. Run by hand against a running demo server
# (server-config/run.sh) and its database:
#
#   bench/api-bench.sh                       # Ticket/Save at concurrency 1, 8 and 32, each followed by the pgbench
#                                            # ceiling at the same concurrency; three rounds
#   TICKETS=1000000 bench/api-bench.sh list  # first tops the table up to 1,000,000 tickets, then Ticket/List
#
# Needs wrk (Debian: apt-get install wrk), the C load generator that drives the calls: pgbench, which the API is
# compared with, is a C program too. (Until 2026-12-02 a Java HttpClient drove them; it spent 2.5 ms of CPU per call
# on the same two cores, two thirds of what the server spent.)
# Settings: BASE (http://localhost:8080), PGURL (postgresql://postgres@127.0.0.1:5433/c2desk), DURATION of each run
# (20 s), WARMUP (120 s at concurrency 8 first: a freshly started server compiles its hot code for several minutes on
# two cores; after a restart give it 8 minutes), ROUNDS (3), CONCURRENCIES of the Save runs ("1 8 32"), SERVER_PID
# (found by itself: each line then also says how much CPU the server spent per call, a figure that stays meaningful on
# a machine other work keeps busy).
#
# Note: the pgbench ceiling inserts real tickets (hundreds of thousands per run), all newer than the loaded ones;
# run bench/console-bench.sh before this one, or delete them, or its full-text search walks past them.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${BASE:-http://localhost:8080}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5433/c2desk}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-120}
ROUNDS=${ROUNDS:-3}
CONCURRENCIES=${CONCURRENCIES:-1 8 32}
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -n 1)
SAVE_BODY=$ROOT/ear/src/test/resources/c2api/ticket-save-custom-fields.json
SERVER_PID=${SERVER_PID:-$(pgrep -f 'ASMain.*-domainname c2desk' | head -n 1 || true)}
command -v wrk >/dev/null || { echo "api-bench.sh needs wrk (Debian: apt-get install wrk)" >&2; exit 2; }

# CPU time (user + system, ms) the server process has used so far; 0 without SERVER_PID.
server_cpu_ms() {
  if [ -z "$SERVER_PID" ]; then echo 0; return; fi
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER_PID/stat"
}

# wrk: POST body file $2 to $1 from $3 connections for $4 seconds; bench/c2-call.lua prints the line (and what
# failed, if anything did). A call slower than 30 s counts as failed; every other one counts in the percentiles.
load() {
  BODY=$2 LABEL=${1#"$BASE"} CONCURRENCY=$3 wrk -t "$(($3 < 2 ? 1 : 2))" -c "$3" -d "$4s" --timeout 30s \
    -s "$ROOT/bench/c2-call.lua" "$1" | grep -E '^(/| +failed:| +suspect)'
}

# One measured run, then (with SERVER_PID) the server's CPU per call.
bench() {
  local before after line calls
  before=$(server_cpu_ms)
  line=$(load "$1" "$2" "$3" "$DURATION")
  after=$(server_cpu_ms)
  echo "$line"
  calls=$(awk 'NR == 1 {print $5}' <<<"$line")
  if [ -n "$SERVER_PID" ] && [ "${calls:-0}" -gt 0 ]; then
    awk -v ms=$((after - before)) -v calls="$calls" 'BEGIN {printf "    server CPU %.2f ms per call\n", ms / calls}'
  fi
}

# A server just started compiles its hot code for minutes (two cores: the JIT competes with the calls); measure
# after that.
warm_up() {
  echo "warming up: $1 at concurrency 8 for ${WARMUP}s"
  load "$1" "$2" 8 "$WARMUP" >/dev/null
}

# pgbench's ceiling at concurrency $1: the same rows as one Save, in one statement, straight into PostgreSQL. Its -j 2
# means two client threads, as wrk's -t 2: both load generators are C programs. Prints the rate.
ceiling() {
  "$PGBENCH" -n -c "$1" -j 2 -T "$DURATION" -f "$ROOT/bench/save-ceiling.sql" "$PGURL" 2>/dev/null \
    | awk '/^tps/ {printf "%.1f\n", $3}'
}

if [ "${1:-save}" = save ]; then
  warm_up "$BASE/API/Ticket/Save" "$SAVE_BODY"
  # Each Save run is followed at once by pgbench at the same concurrency, and the pair repeated ROUNDS times: the
  # table and its indexes grow and PostgreSQL checkpoints as the runs go on, so a ceiling measured minutes apart
  # from the calls it is compared with would flatter or wrong them.
  for round in $(seq 1 "$ROUNDS"); do
    echo "round $round of $ROUNDS"
    for c in $CONCURRENCIES; do
      line=$(bench "$BASE/API/Ticket/Save" "$SAVE_BODY" "$c")
      echo "$line"
      api=$(awk 'NR == 1 {print $8}' <<<"$line")
      pg=$(ceiling "$c")
      awk -v c="$c" -v api="$api" -v pg="$pg" \
        'BEGIN {printf "    pgbench ceiling, the same rows, concurrency %2d: %.1f calls/s; Save / ceiling = %.2f\n", c, pg, api / pg}'
    done
  done
  exit 0
fi

# Ticket/List: the newest 50 open tickets of one queue.
TICKETS=${TICKETS:-1000000}
PGURL="$PGURL" TICKETS="$TICKETS" "$ROOT/bench/load-tickets.sh"
cat > /tmp/c2desk-list.json <<'JSON'
{"Filter":{"QueueIds":["7ec07c17-828f-47f8-9519-76f7e9a32cb0"],
 "StatusIds":["1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0","20000000-0000-4000-8000-000000000002"]},
 "PageSize":50,"username":"admin","password":"pax123"}
JSON
warm_up "$BASE/API/Ticket/List" /tmp/c2desk-list.json
for c in 1 8; do
  bench "$BASE/API/Ticket/List" /tmp/c2desk-list.json "$c"
done
cat > /tmp/c2desk-list.sql <<'SQL'
select t.id, t.sequence_number, t.summary, t.last_modified_on from ticket t
 where t.is_ticket and t.queue_id = '7ec07c17-828f-47f8-9519-76f7e9a32cb0'
   and t.status_id in ('1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '20000000-0000-4000-8000-000000000002')
 order by t.last_modified_on desc, t.id limit 50;
SQL
printf 'the same query straight in PostgreSQL (pgbench, concurrency 8): '
"$PGBENCH" -n -c 8 -j 2 -T "$DURATION" -r -f /tmp/c2desk-list.sql "$PGURL" 2>/dev/null \
  | awk '/^tps/ {tps=$3} /latency average/ {lat=$4} END {printf "%.1f queries/s, average %.2f ms\n", tps, lat}'
