#!/usr/bin/env bash
# The console's ticket list at 1,000,000 tickets, as a browser's requests drive it, beside the same queries run
# straight in PostgreSQL. Run by hand against a running demo server (server-config/run.sh) and its database:
#
#   bench/console-bench.sh
#
# Settings: BASE (http://localhost:8080), PGURL (postgresql://postgres@127.0.0.1:5433/c2desk), TICKETS (1000000),
# N (repetitions of each request, 200). Targets: p95 under 150 ms for list pages, under 300 ms for full-text search.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${BASE:-http://localhost:8080}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5433/c2desk}
TICKETS=${TICKETS:-1000000}
N=${N:-200}
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -n 1)
NEW=1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0
QUEUE=74000000-0000-4000-8000-000000000001

PGURL="$PGURL" TICKETS="$TICKETS" "$ROOT/bench/load-tickets.sh"
echo "Machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
echo "The console (admin, the list's Ajax requests with the page's ViewState, $N of each after 10 warm-ups):"
java "$ROOT/bench/ConsoleBench.java" "$BASE" admin pax123 "$N" "$NEW" "$QUEUE" scanner printer "payroll invoice" "bench 123457"

# The statements TicketSearch.page sends for the same requests (administrator: no visibility condition).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/select.sql" <<'SQL'
select t.id, t.sequence_number, t.summary,
       (select c.first_name || ' ' || c.last_name from ticket_client tc join client c on c.id = tc.client_id
         where tc.ticket_id = t.id order by tc.is_principal desc limit 1) as client_name,
       e.name, s.english_name, s.french_name, q.english_name, q.french_name, p.english_name, p.french_name,
       (select r.first_name || ' ' || r.last_name from ticket_assignee ta join resource r on r.id = ta.resource_id
         where ta.ticket_id = t.id order by ta.is_principal desc limit 1) as assignee_name,
       t.due_date, t.last_modified_on, t.version
  from ticket t join ticket_status s on s.id = t.status_id join enterprise e on e.id = t.enterprise_id
  left join queue q on q.id = t.queue_id left join lookup_value p on p.id = t.priority_id
 where t.is_ticket
SQL
query() { # name, conditions and order
  { cat "$work/select.sql"; echo "$2 limit 26 offset 0;"; } > "$work/$1.sql"
}
query first "order by t.last_modified_on desc, t.id"
query status "and t.status_id = '$NEW' order by t.last_modified_on desc, t.id"
query queue "and t.queue_id = '$QUEUE' order by t.last_modified_on desc, t.id"
query sorted "order by t.sequence_number asc, t.id"
query fts-common "and (t.search_vector @@ to_tsquery('simple', 'scanner:*') or exists (select 1 from ticket_communication m
  where m.ticket_id = t.id and m.search_vector @@ to_tsquery('simple', 'scanner:*'))) order by t.last_modified_on desc, t.id"
query fts-rare "and t.id in (select x.id from ticket x where x.search_vector @@ to_tsquery('simple', 'bench:* & 123457:*')
  union select m.ticket_id from ticket_communication m where m.search_vector @@ to_tsquery('simple', 'bench:* & 123457:*'))
  order by t.last_modified_on desc, t.id"
echo "The same statements straight in PostgreSQL (pgbench, one client, $N of each):"
for q in first status queue sorted fts-common fts-rare; do
  (cd "$work" && rm -f pgbench_log.* && "$PGBENCH" -n -c 1 -t "$N" -l -f "$q.sql" "$PGURL" > /dev/null 2>&1)
  cat "$work"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n | awk -v name="$q" '
    { v[NR] = $1 }
    END { i50 = int(NR * .50 + .999); i95 = int(NR * .95 + .999); i99 = int(NR * .99 + .999);
          printf "postgresql %-20s %4d queries   p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms\n", name, NR, v[i50], v[i95], v[i99] }'
done
