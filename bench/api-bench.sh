#!/usr/bin/env bash
# The C2 API under load, beside the ceiling PostgreSQL itself sets. Run by hand against a running demo server
# (server-config/run.sh) and its database:
#
#   bench/api-bench.sh                       # Ticket/Save at concurrency 1, 8 and 32, then the pgbench ceiling
#   TICKETS=1000000 bench/api-bench.sh list  # first tops the table up to 1,000,000 tickets, then Ticket/List
#
# Settings: BASE (http://localhost:8080), PGURL (postgresql://postgres@127.0.0.1:5433/c2desk), CALLS (2000).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${BASE:-http://localhost:8080}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5433/c2desk}
CALLS=${CALLS:-2000}
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -n 1)
SAVE_BODY=$ROOT/ear/src/test/resources/c2api/ticket-save-custom-fields.json

if [ "${1:-save}" = save ]; then
  for c in 1 8 32; do
    java "$ROOT/bench/ApiBench.java" "$BASE/API/Ticket/Save" "$SAVE_BODY" "$c" "$CALLS"
  done
  for c in 1 8 32; do
    printf 'pgbench ceiling, the same rows, concurrency %2d: ' "$c"
    "$PGBENCH" -n -c "$c" -j 2 -T 15 -f "$ROOT/bench/save-ceiling.sql" "$PGURL" 2>/dev/null \
      | awk '/^tps/ {tps=$3} /latency average/ {lat=$4} END {printf "%.1f calls/s, average %s ms\n", tps, lat}'
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
for c in 1 8; do
  java "$ROOT/bench/ApiBench.java" "$BASE/API/Ticket/List" /tmp/c2desk-list.json "$c" "$CALLS"
done
cat > /tmp/c2desk-list.sql <<'SQL'
select t.id, t.sequence_number, t.summary, t.last_modified_on from ticket t
 where t.is_ticket and t.queue_id = '7ec07c17-828f-47f8-9519-76f7e9a32cb0'
   and t.status_id in ('1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '20000000-0000-4000-8000-000000000002')
 order by t.last_modified_on desc, t.id limit 50;
SQL
printf 'the same query straight in PostgreSQL (pgbench, concurrency 8): '
"$PGBENCH" -n -c 8 -j 2 -T 15 -r -f /tmp/c2desk-list.sql "$PGURL" 2>/dev/null \
  | awk '/^tps/ {tps=$3} /latency average/ {lat=$4} END {printf "%.1f queries/s, average %.2f ms\n", tps, lat}'
