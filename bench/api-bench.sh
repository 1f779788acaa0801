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
# Measured 2026-12-02 on a 2-core machine shared with four other builds (load average 15-30, so PostgreSQL's own
# ceiling was a third of an idle machine's; compare within one run, and prefer the server's CPU per call):
#   Save, before (git 3fb597c):  c=1 8.1/s p99 439 ms; c=8 7.7/s p99 1904 ms; c=32 11.4/s p99 5937 ms
#                                (pgbench 211/473/561)
#   Save, after (git e77b46b):   c=1 18.3/s p50 39 ms p99 199 ms; c=8 20.6/s p50 365 ms p99 896 ms (16.5 ms CPU/call);
#                                c=32 27.6/s p50 1128 ms p99 1626 ms (11.4 ms CPU/call) (pgbench 133/421/508)
#   List at 1,000,000 tickets, after (git b1b3348): c=1 30.3/s p50 29 ms p99 87 ms; c=8 37.1/s p99 487 ms
#                                (7.4 ms CPU/call); its SQL alone in pgbench: 1.9 ms at c=8
#   Save again with b1b3348, on a freshly started domain at load 18-34 (pgbench 57/287/290): c=1 6.4/s p99 449 ms;
#                                c=8 9.9/s p99 1221 ms; c=32 12.3/s p99 4062 ms, 35 ms CPU/call: three times the
#                                e77b46b run's CPU per call, not explained yet (heavier load? see the report).
# Measured again on the merged main (audit trail included) on a quiet machine (load average under 3), 1,000 calls each:
#   Save: c=1 35.5/s p50 26 ms p99 58 ms; c=8 72.2/s p50 105 ms p99 216 ms (16.7 ms CPU/call);
#         c=32 78.8/s p50 402 ms p99 495 ms (15.0 ms CPU/call); pgbench ceiling 436/737/548 per s (0.14 at c=32)
#   List at 1,057,412 tickets: c=1 77.8/s p50 11.7 ms p99 29.9 ms; c=8 142.1/s p99 130 ms; SQL alone 0.92 ms at c=8
# After the caller cache (no authentication reads on a repeated call), List through plain JDBC and a JSON generator,
# and Save answering from its own transaction (git e423f73 and later), quiet machine, embedded PostgreSQL with fsync
# on, 1,000 calls each after a warm-up:
#   Save: c=1 128.4/s p50 6.9 ms p99 18.1 ms; c=8 288.0/s p50 27.1 ms p99 52.5 ms (4.4 ms CPU/call);
#         c=32 303.9/s p50 96.8 ms p99 213.5 ms (3.8 ms CPU/call); pgbench ceiling 850/1715/1691 per s (0.18 at c=32)
#   List at 1,497,866 tickets, 3,000 calls: c=1 329.6/s p50 2.4 ms p99 10.1 ms; c=8 601.4/s p99 44.4 ms;
#         SQL alone 0.53 ms at c=8
# Session 4 (git 8f5ff17: C2 endpoints built once, pool without connection matching, no cluster publish on a lone
# server, layouts from EclipseLink's query cache), driven by wrk from here on, 20 s per run after a long warm-up:
#   quietest run: Save c=1 149.9/s p99 22.9 ms (2.3-3.4 ms CPU/call); c=8 372.5/s p50 21 ms p99 42.6 ms (2.3 ms
#         CPU/call); c=32 305.6/s p99 176 ms (3.0 ms CPU/call); pgbench 451/714/783 (0.39 at c=32). With 12 HTTP worker
#         threads instead of 32 one run gave c=32 376.8/s beside a ceiling of 785 (0.48); not kept, see the notes.
#   later the same afternoon the machine slowed (PostgreSQL's own ceiling fell to 420-620/s, the server's CPU per call
#         rose to 3.2-6.6 ms): paired rounds gave Save/ceiling 0.45, 0.29, 0.52 at c=32 and p99 73-102 ms at c=8.
#   List at 1,469,108 tickets: c=1 309/s p50 2.9 ms p99 7.6 ms (1.4 ms CPU/call); c=8 562/s p99 56 ms; SQL alone
#         1.4 ms at c=8 (at 1,898,596 tickets on the slowed machine: c=1 p99 9.8 ms).
#   Where a Save's CPU goes (JFR, c=8): the server ~2.3 ms, PostgreSQL ~2.2-2.8 ms, as much as pgbench's whole row
#         set costs it; in the server EclipseLink ~30% (its commit alone ~20%), Jersey/Grizzly/Weld/hk2 ~25%, JSON-P
#         ~10%, the JDBC driver ~8%, C2 Desk's own code under 5%.
# Session 5 (git efb28d7 and after: new rows in one round trip (platform/NewRows), sequence numbers outside the
# transaction so a Save holds one pool connection, reference data read-only from the shared cache), a slower afternoon
# (the code before these changes: 3.7-3.9 ms CPU/call at c=8 where it had taken 2.3), three paired rounds:
#   before: Save c=8 223-240/s p99 110-115 ms; c=32 143-144/s (5.0-6.0 ms CPU/call), Save/ceiling 0.27 and 0.38
#   after:  Save c=1 108-131/s p99 19-47 ms; c=8 246-268/s p50 27-30 ms p99 73-89 ms (3.0 ms CPU/call);
#           c=32 205-224/s p99 416-713 ms (3.4-3.5 ms CPU/call); pgbench 373-465 at c=32: Save/ceiling 0.48, 0.58,
#           0.52 (four more rounds 0.49-0.57)
#   List at 1,761,970 tickets: c=1 271-406/s p50 2.2-3.6 ms p99 10.2-13.2 ms; c=8 593/s p99 42.5 ms; SQL alone 1.25 ms
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
