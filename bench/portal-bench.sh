#!/usr/bin/env bash
# The self-service portal's pages with 1,000,000 tickets in the database. Run by hand against a running demo server
# (server-config/run.sh, or any domain deployed with C2DESK_MODE=demo) and its database:
#
#   bench/portal-bench.sh            # tops the table up to 1,000,000 tickets, then times the pages
#   bench/portal-bench.sh load       # only the data
#   bench/portal-bench.sh pages      # only the timings
#
# The data: tickets of the demo enterprise "Selenium Tests" (the enterprise of the demo client clientapi), with
# summaries made of a few common words ("laptop", "printer"... each in 1/8 of the tickets) and a rarer one ("lot42":
# 200 tickets each); one ticket in 199 has clientapi as its client (about 5,000), and clientapi is allowed to see
# the enterprise's tickets, so "My requests" and "Enterprise requests" both read real data.
#
# The timings: clientapi signs in through the form (bench/PortalBench.java), then GETs each page N times, one after
# the other, and prints p50/p95/p99 per page.
#
# Settings: BASE (http://localhost:8080), PGURL (postgresql://postgres@127.0.0.1:5433/c2desk), TICKETS (1000000),
# N (200 GETs a page), WARMUP (30 GETs a page, not counted).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${BASE:-http://localhost:8080}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5433/c2desk}
TICKETS=${TICKETS:-1000000}
N=${N:-200}
WARMUP=${WARMUP:-30}
WHAT=${1:-all}

ENTERPRISE=04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46 # Selenium Tests
CLIENT=b9498fa8-9629-49c4-b09d-9dc2d2216675     # clientapi

if [ "$WHAT" = all ] || [ "$WHAT" = load ]; then
  have=$(psql -Atq "$PGURL" -c "select count(*) from ticket")
  if [ "$have" -lt "$TICKETS" ]; then
    echo "Adding $((TICKETS - have)) tickets (a few minutes)..."
    psql -q -v ON_ERROR_STOP=1 "$PGURL" <<SQL
-- The tickets themselves, as bench/api-bench.sh adds them, with searchable words in the summary.
insert into ticket (id, sequence_number, ticket_type_id, status_id, queue_id, enterprise_id, summary, description,
                    created_by, last_modified_by, created_on, last_modified_on)
select gen_random_uuid(), nextval('ticket_number_seq'), '10000000-0000-4000-8000-000000000001',
       (array['1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '20000000-0000-4000-8000-000000000002',
              '20000000-0000-4000-8000-000000000005', '20000000-0000-4000-8000-000000000006'])[1 + g % 4]::uuid,
       (array['7ec07c17-828f-47f8-9519-76f7e9a32cb0', '74000000-0000-4000-8000-000000000001',
              '74000000-0000-4000-8000-000000000002'])[1 + g % 3]::uuid,
       '$ENTERPRISE',
       'Bench ticket ' || g || ' ' || (array['laptop', 'printer', 'vpn', 'mailbox', 'password', 'screen', 'network',
                                            'phone'])[1 + g % 8] || ' lot' || (g % 5000),
       'Generated for bench/portal-bench.sh',
       'bench', 'bench', now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
  from generate_series(1, $((TICKETS - have))) g;
-- One bench ticket in 199 is clientapi's (199, prime: their statuses and words vary like the others').
insert into ticket_client (id, ticket_id, client_id, is_principal)
select gen_random_uuid(), t.id, '$CLIENT', true
  from ticket t
 where t.created_by = 'bench' and t.sequence_number % 199 = 0
   and not exists (select 1 from ticket_client x where x.ticket_id = t.id and x.client_id = '$CLIENT');
analyze ticket;
analyze ticket_client;
SQL
  fi
  # clientapi may see the enterprise's tickets (the role that allows it), so the enterprise list is measured too.
  psql -q "$PGURL" -c "update client set sees_enterprise_tickets = true where id = '$CLIENT'"
  psql -Atq "$PGURL" -c "select count(*) || ' tickets, ' || count(*) filter (where enterprise_id = '$ENTERPRISE')
                                || ' of the enterprise, ' || (select count(*) from ticket_client where client_id = '$CLIENT')
                                || ' of clientapi' from ticket"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = pages ]; then
  # A ticket of clientapi's for the ticket page; the newest, so it has the demo's replies if any.
  ticket=$(psql -Atq "$PGURL" -c "select t.id from ticket t join ticket_client c on c.ticket_id = t.id
                                   where c.client_id = '$CLIENT' order by t.last_modified_on desc limit 1")
  number=$(psql -Atq "$PGURL" -c "select sequence_number from ticket where id = '$ticket'")
  request=3e2eee86-2dd5-4465-b8f9-7df2ecd6c297 # "Sample request 1", its four custom fields
  echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
  java "$ROOT/bench/PortalBench.java" "$BASE" clientapi pax123 "$N" "$WARMUP" \
    "home=/portal/index.xhtml" \
    "catalog=/portal/catalog.xhtml" \
    "request form=/portal/request.xhtml?id=$request" \
    "my requests=/portal/requests.xhtml" \
    "my requests, search 'laptop'=/portal/requests.xhtml?q=laptop" \
    "my requests, search 'lot42'=/portal/requests.xhtml?q=lot42" \
    "my requests, open only=/portal/requests.xhtml?status=open" \
    "enterprise requests=/portal/requests.xhtml?scope=enterprise" \
    "enterprise, search 'lot42'=/portal/requests.xhtml?scope=enterprise&q=lot42" \
    "enterprise, search 'printer'=/portal/requests.xhtml?scope=enterprise&q=printer" \
    "enterprise, number=/portal/requests.xhtml?scope=enterprise&q=$number" \
    "enterprise, resolved=/portal/requests.xhtml?scope=enterprise&status=20000000-0000-4000-8000-000000000005" \
    "ticket page=/portal/ticket.xhtml?id=$ticket"
  echo "after: $(uptime | sed 's/.*load average/load average/')"
fi
