#!/usr/bin/env bash
# Benchmark of the client import, run by hand against a running C2 Desk on a Payara domain of your own:
#   1. generates ROWS clients (default 1,000,000) as a CSV file in the template's format;
#   2. imports it through the job (POST /api/v1/imports, no upsert key), sampling the server's heap every second
#      with jstat (used = survivors + eden + old generation) until the run is COMPLETED;
#   3. in the same run, loads the same rows with PostgreSQL COPY (psql \copy) into a scratch table with the same
#      columns, constraints and indexes as client (CREATE TABLE ... LIKE client), then drops it;
#   4. prints rows/s of both, their ratio (target: the job at least 1/4 of COPY), and the heap figures (target: under
#      512 MB).
# The imported clients stay (tag bench<epoch>); delete them with:
#   delete from client where external_id like 'bench<epoch>-%';
#
#   ASADMIN=... DOMAIN=dev-import2 HTTP_PORT=27080 PSQL="psql -h 127.0.0.1 -U postgres -d c2desk_dev_import2" \
#   bench/client-import-bench.sh
set -euo pipefail

ROWS=${ROWS:-1000000}
DOMAIN=${DOMAIN:?set DOMAIN to your domain name}
HTTP_PORT=${HTTP_PORT:-8080}
PSQL=${PSQL:?set PSQL to a psql command for the application database}
USER_PASSWORD=${USER_PASSWORD:-admin:pax123}
BASE=http://localhost:$HTTP_PORT/api/v1
WORK=$(mktemp -d)
TAG=bench$(date +%s)
JSTAT=${JSTAT:-$(command -v jstat || echo "${JAVA_HOME:-/usr/lib/jvm/default-java}/bin/jstat")}
SAMPLER=
cleanup() { [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; rm -rf "$WORK"; $PSQL -X -q -c "drop table if exists bench_client_copy; drop sequence if exists bench_client_copy_seq" >/dev/null 2>&1 || true; }
trap cleanup EXIT

say() { printf '%s  %s\n' "$(date +%T)" "$*"; }
sql() { $PSQL -X -A -t -q -c "$1"; }
json() { sed -n "s/.*\"$1\":\\(\"[^\"]*\"\\|[^,}]*\\).*/\\1/p" | tr -d '"'; }
now() { date +%s.%N; }
server_pid() { pgrep -f -- "-Dcom.sun.aas.instanceRoot=[^ ]*/domains/$DOMAIN( |$)" | head -n 1; }

PID=$(server_pid) || { echo "domain $DOMAIN is not running"; exit 1; }
# The machine may be shared: the load average goes with each figure (the ratio of one run is what compares).
load() { cut -d ' ' -f 1-3 /proc/loadavg; }
COUNTRY=$(sql "select id from country where iso_code = 'CA'")
say "generating $ROWS rows (tag $TAG)"
awk -v n="$ROWS" -v tag="$TAG" -v copy="$WORK/copy.csv" -v country="$COUNTRY" 'BEGIN {
  printf "FirstName,LastName,EmailAddress,UserName,HasPortalAccess,PreferedCulture,OfficePhone,MobilePhone,StreetName,City,PostalCode,CountryCode,Gender,Enterprise,ExternalId,IsActive\r\n";
  for (i = 1; i <= n; i++) {
    printf "Hélène,Côté %d,%s-%d@example.org,,false,fr-CA,819-555-%04d,,\"12, rue de l'\''Église\",Trois-Rivières,G9A 1A1,CA,F,Northwind Health,%s-%d,true\r\n", i, tag, i, i % 10000, tag, i;
    # the same row as COPY gets it: id, then the columns the job writes
    printf "00000000-0000-4000-8000-%012d,Hélène,Côté %d,%s-%d@example.org,,false,fr-CA,819-555-%04d,,\"12, rue de l'\''Église\",Trois-Rivières,G9A 1A1,%s,F,%s-%d,true,bench,bench\n", i, i, tag, i, i % 10000, country, tag, i >copy;
  }
}' >"$WORK/clients.csv"
say "file: $(du -h "$WORK/clients.csv" | cut -f1)"

# --- the job ---------------------------------------------------------------------------------------------------
load_job=$(load)
heap_log=$WORK/heap.log
"$JSTAT" -gc "$PID" 1000 >"$heap_log" 2>/dev/null &
SAMPLER=$!
t0=$(now)
answer=$(curl -s -u "$USER_PASSWORD" -X POST -H 'Content-Type: text/csv' \
  -H "Content-Disposition: attachment; filename=\"$TAG.csv\"" --data-binary @"$WORK/clients.csv" "$BASE/imports")
t_uploaded=$(now)
RUN=$(json id <<<"$answer")
[ -n "$RUN" ] || { echo "upload refused: $answer"; exit 1; }
say "uploaded in $(printf '%.1f' "$(echo "$t_uploaded - $t0" | bc)") s; import $RUN running"
while :; do
  status=$(sql "select status from import_run where id = '$RUN'")
  [ "$status" = RUNNING ] || [ "$status" = NEW ] || break
  sleep 1
done
t1=$(now)
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
[ "$status" = COMPLETED ] || { echo "the import ended $status: $(sql "select message from import_run where id = '$RUN'")"; exit 1; }
read -r inserted pass_seconds <<<"$(sql "select inserted_count, extract(epoch from ended_on - pass_started_on)
  from import_run where id = '$RUN'" | tr '|' ' ')"
in_db=$(sql "select count(*) from client where external_id like '$TAG-%'")
job_total=$(echo "$t1 - $t0" | bc)
job_rate=$(echo "$ROWS / $job_total" | bc)
pass_rate=$(echo "$ROWS / $pass_seconds" | bc)
# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ... ; used = S0U + S1U + EU + OU (KB)
read -r heap_max heap_old_max heap_committed <<<"$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {
    used = $3 + $4 + $6 + $8; if (used > m) m = used; if ($8 > o) o = $8; c = $1 + $2 + $5 + $7; if (c > cm) cm = c }
  END { printf "%.0f %.0f %.0f", m / 1024, o / 1024, cm / 1024 }' "$heap_log")"
max_heap=$(jcmd "$PID" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')

# --- COPY ------------------------------------------------------------------------------------------------------
sql "drop table if exists bench_client_copy; drop sequence if exists bench_client_copy_seq;
     create sequence bench_client_copy_seq;
     create table bench_client_copy (like client including defaults including constraints including indexes);
     alter table bench_client_copy alter column sequence_number set default nextval('bench_client_copy_seq'),
       add foreign key (country_id) references country (id);" >/dev/null
load_copy=$(load)
c0=$(now)
$PSQL -X -q -c "\\copy bench_client_copy (id, first_name, last_name, email_address, user_name, has_portal_access,
  preferred_culture, office_phone, mobile_phone, street_name, city, postal_code, country_id, gender, external_id,
  is_active, created_by, last_modified_by) from '$WORK/copy.csv' with (format csv)"
c1=$(now)
copied=$(sql "select count(*) from bench_client_copy")
copy_total=$(echo "$c1 - $c0" | bc)
copy_rate=$(echo "$copied / $copy_total" | bc)

echo
printf 'rows                          %d (job inserted %d, %d in client; COPY %d)\n' "$ROWS" "$inserted" "$in_db" "$copied"
printf 'load average                  %s at the job'"'"'s start, %s at COPY'"'"'s, %s at the end\n' "$load_job" "$load_copy" "$(load)"
printf 'job, upload to COMPLETED      %8.1f s   %7d rows/s\n' "$job_total" "$job_rate"
printf 'job, import pass only         %8.1f s   %7d rows/s  (after upload and the counting pass)\n' "$pass_seconds" "$pass_rate"
printf 'COPY (psql \\copy)             %8.1f s   %7d rows/s\n' "$copy_total" "$copy_rate"
printf 'job / COPY                    %8.2f (whole job)   %.2f (import pass)   target >= 0.25\n' \
  "$(echo "scale=4; $job_rate / $copy_rate" | bc)" "$(echo "scale=4; $pass_rate / $copy_rate" | bc)"
printf 'server heap during the job    peak used %d MB (old generation peak %d MB, committed peak %d MB, -Xmx %d MB)   target < 512 MB\n' \
  "$heap_max" "$heap_old_max" "$heap_committed" "$(( ${max_heap:-0} / 1048576 ))"
