#!/usr/bin/env bash
# Crash test of CSV imports, run by hand against a Payara domain of your own (not in the Arquillian suite:
# the managed container owns its server process, and a test cannot kill -9 it and start it again). It
#   1. generates a file of ROWS clients (default 200,000), each with a unique e-mail address and external id;
#   2. uploads it through POST /api/v1/imports, without an upsert key (a row written twice would be a duplicate);
#   3. kills the server with kill -9 once about a third of the rows are committed;
#   4. starts the domain again: the application takes the interrupted run back by itself (ImportRecovery) and
#      continues after the last committed record;
#   5. checks that the database then holds exactly ROWS clients of the file, each once, and prints PASS or FAIL.
#
# The domain must exist and have C2 Desk deployed; the C2DESK_* variables of the application (C2DESK_DB_URL...)
# must be set, since this script starts the domain again with them. Example (the domain of the imports branch):
#
#   C2DESK_DB_URL=jdbc:postgresql://127.0.0.1:5432/c2desk_dev_import2 C2DESK_DB_USER=postgres C2DESK_DB_PASSWORD= \
#   C2DESK_MODE=demo ASADMIN=/work/main/ear/target/payara6/bin/asadmin DOMAIN=dev-import2 HTTP_PORT=27080 \
#   PSQL="psql -h 127.0.0.1 -U postgres -d c2desk_dev_import2" bench/import-crash.sh
#
# Only the Java process whose command line names this domain's directory is killed.
set -euo pipefail

ROWS=${ROWS:-200000}
ASADMIN=${ASADMIN:?set ASADMIN to the asadmin of your Payara}
DOMAIN=${DOMAIN:?set DOMAIN to your domain name}
HTTP_PORT=${HTTP_PORT:-8080}
PSQL=${PSQL:?set PSQL to a psql command for the application database, e.g. psql -h 127.0.0.1 -U postgres -d c2desk}
USER_PASSWORD=${USER_PASSWORD:-admin:pax123}
KILL_AT=${KILL_AT:-$((ROWS / 3))}
BASE=http://localhost:$HTTP_PORT/api/v1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TAG=crash$(date +%s)

say() { printf '%s  %s\n' "$(date +%T)" "$*"; }
sql() { $PSQL -X -A -t -q -c "$1"; }
json() { sed -n "s/.*\"$1\":\\(\"[^\"]*\"\\|[^,}]*\\).*/\\1/p" | tr -d '"'; }
server_pid() { pgrep -f -- "-Dcom.sun.aas.instanceRoot=[^ ]*/domains/$DOMAIN( |$)" | head -n 1 || true; }

[ -n "$(server_pid)" ] || { say "starting domain $DOMAIN"; "$ASADMIN" start-domain "$DOMAIN" >/dev/null; }
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_PASSWORD" "$BASE/imports?limit=1")" = 200 ] && break
  sleep 1
done

say "generating $ROWS rows (tag $TAG)"
awk -v n="$ROWS" -v tag="$TAG" 'BEGIN {
  printf "FirstName,LastName,EmailAddress,UserName,HasPortalAccess,PreferedCulture,OfficePhone,MobilePhone,StreetName,City,PostalCode,CountryCode,Gender,Enterprise,ExternalId,IsActive\r\n";
  for (i = 1; i <= n; i++)
    printf "Hélène,Côté %d,%s-%d@example.org,,false,fr-CA,819-555-%04d,,\"12, rue de l'\''Église\",Trois-Rivières,G9A 1A1,CA,F,Northwind Health,%s-%d,true\r\n", i, tag, i, i % 10000, tag, i;
}' >"$WORK/clients.csv"

say "uploading $(du -h "$WORK/clients.csv" | cut -f1)"
answer=$(curl -s -u "$USER_PASSWORD" -X POST -H 'Content-Type: text/csv' \
  -H "Content-Disposition: attachment; filename=\"$TAG.csv\"" --data-binary @"$WORK/clients.csv" "$BASE/imports")
RUN=$(json id <<<"$answer")
[ -n "$RUN" ] || { echo "upload refused: $answer"; exit 1; }
say "import $RUN started"

while :; do
  last=$(sql "select last_record from import_run where id = '$RUN'")
  status=$(sql "select status from import_run where id = '$RUN'")
  [ "$status" = RUNNING ] || { say "FAIL: the import ended ($status) before the kill; raise ROWS"; exit 1; }
  [ "$last" -ge "$KILL_AT" ] && break
  sleep 0.2
done
pid=$(server_pid)
kill -9 "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
at_kill=$(sql "select last_record from import_run where id = '$RUN'")
rows_at_kill=$(sql "select count(*) from client where external_id like '$TAG-%'")
say "killed the server (pid $pid, kill -9) with $at_kill records committed ($rows_at_kill clients in the database)"

start=$(date +%s)
"$ASADMIN" start-domain "$DOMAIN" >/dev/null
say "domain started again in $(( $(date +%s) - start )) s; waiting for the import to be taken back and to end"
deadline=$(( $(date +%s) + 1800 ))
while :; do
  status=$(sql "select status from import_run where id = '$RUN'")
  case "$status" in COMPLETED | FAILED | STOPPED | REFUSED) break ;; esac
  [ "$(date +%s)" -lt "$deadline" ] || { say "FAIL: not ended after 30 minutes ($status)"; exit 1; }
  sleep 2
done
say "import $status after the restart ($(( $(date +%s) - start )) s after start-domain)"

read -r total distinct_ext distinct_mail <<<"$(sql "select count(*), count(distinct external_id), count(distinct lower(email_address))
  from client where external_id like '$TAG-%'" | tr '|' ' ')"
read -r inserted rejected last restarts <<<"$(sql "select inserted_count, rejected_count, last_record, auto_restarts
  from import_run where id = '$RUN'" | tr '|' ' ')"
missing=$(sql "select count(*) from generate_series(1, $ROWS) g
  where not exists (select 1 from client c where c.external_id = '$TAG-' || g)")
echo
echo "rows in the file           $ROWS"
echo "committed at the kill      $at_kill"
echo "clients in the database    $total (distinct external ids $distinct_ext, distinct e-mails $distinct_mail)"
echo "rows of the file missing   $missing"
echo "run: status $status, inserted $inserted, rejected $rejected, last record $last, taken back $restarts time(s)"
# The batch runtime's own record (its job repository in PostgreSQL, schema batch, when server-config/40-batch.asadmin
# configured the domain): the execution the kill interrupted, marked ABANDONED at the restart, and the one that ended.
exec_id=$(sql "select job_execution_id from import_run where id = '$RUN'")
repository=$(sql "select string_agg(jobexecid || ' ' || batchstatus, ', ' order by jobexecid)
  from batch.executioninstancedata where jobexecid between $exec_id - 1 and $exec_id" 2>/dev/null || echo "not in PostgreSQL")
echo "job repository             executions $repository"
if [ "$status" = COMPLETED ] && [ "$total" = "$ROWS" ] && [ "$distinct_ext" = "$ROWS" ] && [ "$distinct_mail" = "$ROWS" ] \
   && [ "$missing" = 0 ] && [ "$inserted" = "$ROWS" ] && [ "$restarts" -ge 1 ] && [ "$at_kill" -lt "$ROWS" ]; then
  echo "PASS: exactly $ROWS clients, each once, after kill -9 in the middle"
else
  echo "FAIL"
  exit 1
fi
