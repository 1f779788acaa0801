#!/usr/bin/env bash
# Tops the ticket table up to TICKETS tickets (1,000,000 by default) for the benchmarks: spread over the demo's
# three queues and four statuses, changed over the last TICKETS seconds, with summaries and descriptions drawn from
# a help desk's vocabulary (so a full-text search finds some tickets, not all) and one communication on every
# tenth ticket. Shared by bench/api-bench.sh and bench/console-bench.sh.
#
#   PGURL=postgresql://postgres@127.0.0.1:5433/c2desk TICKETS=1000000 bench/load-tickets.sh
set -euo pipefail
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5433/c2desk}
TICKETS=${TICKETS:-1000000}
have=$(psql -Atq "$PGURL" -c "select count(*) from ticket")
if [ "$have" -ge "$TICKETS" ]; then
  echo "The database holds $have tickets already."
  exit 0
fi
echo "Adding $((TICKETS - have)) tickets (one statement; a few minutes)..."
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 "$PGURL" <<SQL
create temporary table bench_words as
select array['printer', 'toner', 'laptop', 'screen', 'vpn', 'password', 'email', 'outlook', 'network', 'wifi',
             'badge', 'phone', 'license', 'invoice', 'server', 'backup', 'disk', 'memory', 'keyboard', 'mouse',
             'monitor', 'teams', 'sharepoint', 'excel', 'access', 'account', 'payroll', 'scanner', 'projector',
             'camera', 'headset', 'docking'] as w;
insert into ticket (id, sequence_number, ticket_type_id, status_id, queue_id, enterprise_id, summary, description,
                    created_by, last_modified_by, created_on, last_modified_on)
select gen_random_uuid(), nextval('ticket_number_seq'), '10000000-0000-4000-8000-000000000001',
       (array['1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '20000000-0000-4000-8000-000000000002',
              '20000000-0000-4000-8000-000000000006', '20000000-0000-4000-8000-000000000006'])[1 + g % 4]::uuid,
       (array['7ec07c17-828f-47f8-9519-76f7e9a32cb0', '74000000-0000-4000-8000-000000000001',
              '74000000-0000-4000-8000-000000000002'])[1 + g % 3]::uuid,
       '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46',
       'Bench ticket ' || g || ': ' || w[1 + g % 32] || ' ' || w[1 + (g / 32) % 32],
       'Generated for the benchmarks. The ' || w[1 + (g / 7) % 32] || ' and the ' || w[1 + (g / 1024) % 32]
           || ' of user ' || (g % 5000) || ' need attention.',
       'bench', 'bench', now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
  from generate_series(1, $((TICKETS - have))) g, bench_words;
insert into ticket_communication (id, ticket_id, is_public, channel, body, created_on)
select gen_random_uuid(), t.id, true, 'API',
       'Bench reply: the ' || w[1 + (t.sequence_number / 3) % 32] || ' works again (' || t.sequence_number || ').',
       t.created_on
  from ticket t, bench_words
 where t.created_by = 'bench' and t.sequence_number % 10 = 0
   and not exists (select 1 from ticket_communication m where m.ticket_id = t.id);
analyze ticket;
analyze ticket_communication;
SQL
echo "Loaded in $(( $(date +%s) - start )) s: $(psql -Atq "$PGURL" -c "select count(*) from ticket") tickets."
