#!/usr/bin/env bash
# Start (or stop) the real services the test suite talks to: pcscd with the
# vsmartcard virtual reader, a private PostgreSQL server and a private CUPS
# print server. Idempotent.
#
#   start [SERVICE]    start pcscd (unless one runs) and wait until it lists
#                      the "Virtual PCD" reader; start PostgreSQL; exit 0 when
#                      every service asked for is usable, 1 when one is not
#   stop [SERVICE]     stop what this script started
#   restart [SERVICE]  stop, then start
#   status [SERVICE]   exit 0 when the services answer
#
# SERVICE is pcscd, postgres, cups or all. Without one, start starts all;
# stop, restart and status act on pcscd alone (as they did before PostgreSQL).
#
# PostgreSQL: Debian's server binaries (/usr/lib/postgresql/*/bin), a cluster
# in .test-services/pg owned by an unprivileged user (the "postgres" system
# user when run as root, which initdb requires), listening on 127.0.0.1 and a
# socket in .test-services/pg-sock, trust authentication for the superuser
# "kiosk", database "kiosk_test". Port: $KIOSK_TEST_PG_PORT when set;
# otherwise the port this checkout's cluster used last, or 54329, moving to
# the next free port when something else listens there (another checkout's
# server), so two checkouts can run the tests at once. The URL goes to
# .test-services/pg.url, where tests, bench and fault matrix read it
# (tools/services.py); KIOSK_TEST_PG_URL overrides it.
#
# CUPS: Debian's cupsd with its own configuration, spool and socket under
# $TMPDIR (a Unix socket path must stay short), no web interface, no
# browsing, and a "kiosktcp" backend (scripts/cups-backend-tcp) so a raw queue
# can send its jobs to the tests' TCP ESC/POS emulator. The socket's path is
# written to .test-services/cups.server for the tests (KIOSK_TEST_CUPS_SERVER
# overrides it).
set -u
cd "$(dirname "$0")/.."
state=.test-services
mkdir -p "$state"
pidfile="$state/pcscd.pid"
logfile="$state/pcscd.log"
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo -n"
PCSCD=/usr/sbin/pcscd; command -v pcscd >/dev/null 2>&1 && PCSCD="$(command -v pcscd)"

virtual_reader_listed() {
    # pcsc_scan -r lists readers and exits; fall back to pyscard.
    if command -v pcsc_scan >/dev/null 2>&1; then
        timeout 3 pcsc_scan -r 2>/dev/null | grep -q "Virtual PCD"
    elif [ -x .venv/bin/python ]; then
        .venv/bin/python -c "from smartcard.System import readers; import sys; sys.exit(0 if any('Virtual PCD' in str(r) for r in readers()) else 1)" 2>/dev/null
    else
        return 1
    fi
}

wait_for_reader() {
    for _ in $(seq 1 100); do
        virtual_reader_listed && return 0
        sleep 0.1
    done
    return 1
}

# alive PID [NAME]: PID is a live process (named NAME, when given). Asked of
# ps, not kill -0: a user's kill -0 on the pcscd it started through sudo (a
# root process) fails with EPERM, as if it were gone.
alive() {
    local stat name
    read -r stat name < <(ps -p "$1" -o stat=,comm= 2>/dev/null) || return 1
    case "$stat" in Z*|"") return 1 ;; esac  # a zombie is not alive
    [ -z "${2:-}" ] || [ "$name" = "$2" ]
}

# pid_from FILE NAME: the pid in FILE if that process is alive and is NAME
# (a stale file's pid may belong to another program by now).
pid_from() {
    [ -f "$1" ] || return 1
    local pid; pid="$(cat "$1")"
    [ -n "$pid" ] && alive "$pid" "$2" || return 1
    echo "$pid"
}

our_pid() { pid_from "$pidfile" pcscd; }

pcscd_alive() {
    # A zombie pcscd (killed, not yet reaped) does not count.
    ps -C pcscd -o stat= 2>/dev/null | grep -qv '^Z'
}

start_pcscd() {
    if [ ! -x "$PCSCD" ]; then
        echo "pcscd: not installed (apt-get install pcscd vsmartcard-vpcd); card tests will skip"
        return 1
    fi
    if ! pcscd_alive; then
        rm -f "$pidfile"
        # --foreground keeps it attached to the pid we record; no --auto-exit,
        # which would stop it between tests. setsid detaches it from our job.
        if ! $SUDO sh -c "setsid '$PCSCD' --foreground >'$logfile' 2>&1 </dev/null & echo \$! >'$pidfile'"; then
            echo "pcscd: cannot start (need root or password-less sudo); card tests will skip"
            return 1
        fi
    fi
    if wait_for_reader; then
        echo "pcscd: running, virtual reader listed"
        return 0
    fi
    echo "pcscd: running but no \"Virtual PCD\" reader after 10 s (is vsmartcard-vpcd installed? see $logfile); card tests will skip"
    return 1
}

stop_pcscd() {
    local pid
    if pid="$(our_pid)"; then
        $SUDO kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            alive "$pid" || break
            sleep 0.1
        done
        rm -f "$pidfile"
        echo "pcscd: stopped"
    else
        echo "pcscd: not started by this script; leaving it alone"
    fi
}

# --- PostgreSQL ------------------------------------------------------------------

PG_PORT="${KIOSK_TEST_PG_PORT:-54329}"
PG_PORT_FIXED="${KIOSK_TEST_PG_PORT:+yes}"
PG_USER=kiosk
PG_DB=kiosk_test
pgdata="$PWD/$state/pg"
pgsock="$PWD/$state/pg-sock"
pglog="$PWD/$state/postgres.log"

pg_use_tmp_if_needed() {
    # The cluster lives in .test-services unless the postgres user cannot reach
    # the checkout (a private home directory) or the socket path would be too
    # long for a Unix socket (107 bytes): then under /tmp, one per checkout.
    local reachable=1
    if [ "$(id -u)" = "0" ] && id postgres >/dev/null 2>&1; then
        runuser -u postgres -- test -x "$PWD/$state" 2>/dev/null || reachable=0
    fi
    if [ "$reachable" = "1" ] && [ "${#pgsock}" -lt 80 ] && ! [ -f "$state/pg.location" ]; then
        return 0
    fi
    local base
    base="${TMPDIR:-/tmp}/kiosk-test-services-$(id -u)-$(printf '%s' "$PWD" | md5sum | cut -c1-8)"
    mkdir -p "$base" && chmod 755 "$base"
    pgdata="$base/pg"
    pgsock="$base/pg-sock"
    pglog="$base/postgres.log"
    echo "$base" >"$state/pg.location"
}
pg_use_tmp_if_needed

pg_bin() {
    # The newest installed server version.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] || return 1
    echo "$dir"
}

pg_owner() {
    # initdb and postgres refuse to run as root: use the postgres system user.
    if [ "$(id -u)" = "0" ]; then echo postgres; else id -un; fi
}

as_pg_owner() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_answers() {
    local bin="$1"
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1
}

pg_ours_runs() {
    # Our cluster's server is up (its pid file names a live postgres).
    [ -f "$pgdata/postmaster.pid" ] && kill -0 "$(head -n 1 "$pgdata/postmaster.pid")" 2>/dev/null
}

pg_cluster_port() {
    # The port written into our cluster's configuration, if there is one.
    sed -n 's/^port = \([0-9]*\)$/\1/p' "$pgdata/postgresql.conf" 2>/dev/null | tail -n 1
}

pg_choose_port() {
    # Without KIOSK_TEST_PG_PORT: our running server's port, else the first
    # port from the cluster's last one (or 54329) where nothing listens.
    local bin="$1" port
    [ -n "$PG_PORT_FIXED" ] && return 0
    port="$(pg_cluster_port)"
    PG_PORT="${port:-54329}"
    pg_ours_runs && return 0
    for _ in $(seq 1 20); do
        pg_answers "$bin" || return 0
        PG_PORT=$((PG_PORT + 1))
    done
    return 1
}

pg_set_port() {
    # Our cluster listens on $PG_PORT from its next start.
    if grep -q '^port = ' "$pgdata/postgresql.conf" 2>/dev/null; then
        as_pg_owner sed -i "s/^port = .*/port = $PG_PORT/" "$pgdata/postgresql.conf"
    fi
}

prepare_pg_dirs() {
    if [ "$(id -u)" = "0" ]; then
        if ! id postgres >/dev/null 2>&1; then
            useradd --system --no-create-home --home-dir /var/lib/postgresql \
                --shell /usr/sbin/nologin postgres >/dev/null 2>&1 || return 1
        fi
    fi
    mkdir -p "$pgdata" "$pgsock" || return 1
    touch "$pglog" || return 1
    if [ "$(id -u)" = "0" ]; then
        chown postgres "$pgdata" "$pgsock" "$pglog" || return 1
        # The postgres user must reach the folders on the way (not when the
        # checkout lives in a private home directory).
        runuser -u postgres -- test -w "$pgdata" || return 1
    fi
    chmod 700 "$pgdata"
}

start_postgres() {
    local bin
    if ! bin="$(pg_bin)"; then
        echo "postgres: server not installed (apt-get install postgresql); PostgreSQL tests will skip"
        return 1
    fi
    if ! pg_choose_port "$bin"; then
        echo "postgres: no free port from $PG_PORT on; set KIOSK_TEST_PG_PORT or KIOSK_TEST_PG_URL"
        return 1
    fi
    if pg_answers "$bin"; then
        if ! pg_ours_runs; then
            echo "postgres: something else listens on 127.0.0.1:$PG_PORT; set another KIOSK_TEST_PG_PORT or KIOSK_TEST_PG_URL"
            return 1
        fi
    else
        if ! prepare_pg_dirs; then
            echo "postgres: cannot prepare $pgdata for user $(pg_owner) (is the checkout readable by it?); PostgreSQL tests will skip"
            return 1
        fi
        if ! [ -f "$pgdata/PG_VERSION" ]; then
            if ! as_pg_owner "$bin/initdb" -D "$pgdata" -U "$PG_USER" --auth=trust \
                    --encoding=UTF8 --no-locale >>"$pglog" 2>&1; then
                echo "postgres: initdb failed (see $pglog); PostgreSQL tests will skip"
                return 1
            fi
            cat >>"$pgdata/postgresql.conf" <<CONF
# --- kiosk test server (scripts/test-services.sh) ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$pgsock'
max_connections = 120
log_min_messages = warning
CONF
        fi
        pg_set_port
        # A server killed hard leaves its pid file: pg_ctl copes with a stale one.
        if ! as_pg_owner "$bin/pg_ctl" -D "$pgdata" -l "$pglog" -w -t 60 start >/dev/null 2>&1; then
            echo "postgres: did not start (see $pglog); PostgreSQL tests will skip"
            return 1
        fi
    fi
    if ! "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" 2>/dev/null | grep -q 1; then
        if ! "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$PG_DB" >>"$pglog" 2>&1; then
            echo "postgres: cannot create database $PG_DB (see $pglog); PostgreSQL tests will skip"
            return 1
        fi
    fi
    echo "postgresql+psycopg://$PG_USER@127.0.0.1:$PG_PORT/$PG_DB" >"$state/pg.url"
    echo "postgres: running on 127.0.0.1:$PG_PORT, database $PG_DB"
    return 0
}

stop_postgres() {
    local bin
    bin="$(pg_bin)" || { echo "postgres: not installed"; return 0; }
    if [ -f "$pgdata/postmaster.pid" ]; then
        as_pg_owner "$bin/pg_ctl" -D "$pgdata" -m fast -w -t 60 stop >/dev/null 2>&1 || true
        rm -f "$state/pg.url"
        echo "postgres: stopped"
    else
        echo "postgres: not started by this script; leaving it alone"
    fi
}

status_postgres() {
    local bin
    bin="$(pg_bin)" || return 1
    pg_choose_port "$bin" || return 1
    pg_answers "$bin"
}

# --- CUPS --------------------------------------------------------------------------

cups_dir="${TMPDIR:-/tmp}/kiosk-test-cups-$(id -u)-$(printf '%s' "$PWD" | md5sum | cut -c1-8)"
cups_sock="$cups_dir/cups.sock"
cups_pidfile="$cups_dir/cupsd.pid"

cups_pid() { pid_from "$cups_pidfile" cupsd; }

cups_answers() {
    [ -S "$cups_sock" ] || return 1
    if [ -x .venv/bin/python ] && .venv/bin/python -c "import cups" 2>/dev/null; then
        .venv/bin/python -c "import cups, sys; cups.setServer(sys.argv[1]); cups.Connection().getPrinters()" "$cups_sock" 2>/dev/null
    else
        cups_pid >/dev/null
    fi
}

prepare_cups_dirs() {
    mkdir -p "$cups_dir"/{cache,log,spool,state,tmp,ppd,ssl,lib/backend} || return 1
    chmod 755 "$cups_dir" "$cups_dir/lib" "$cups_dir/lib/backend"
    # The system's filters and helpers, with our backend beside its own.
    local entry
    for entry in /usr/lib/cups/*; do
        [ "$(basename "$entry")" = backend ] && continue
        ln -sfn "$entry" "$cups_dir/lib/$(basename "$entry")"
    done
    for entry in /usr/lib/cups/backend/*; do
        ln -sfn "$entry" "$cups_dir/lib/backend/$(basename "$entry")"
    done
    # A copy, not a link: cupsd refuses backends that others can change.
    install -m 0755 scripts/cups-backend-tcp "$cups_dir/lib/backend/kiosktcp" || return 1
    local user_lines=""
    if [ "$(id -u)" != "0" ]; then
        user_lines="User $(id -un)
Group $(id -gn)"
    fi
    cat >"$cups_dir/cups-files.conf" <<CONF
ServerRoot $cups_dir
StateDir $cups_dir/state
CacheDir $cups_dir/cache
RequestRoot $cups_dir/spool
TempDir $cups_dir/tmp
ServerBin $cups_dir/lib
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
AccessLog $cups_dir/log/access_log
ErrorLog $cups_dir/log/error_log
PageLog $cups_dir/log/page_log
Printcap $cups_dir/printcap
$user_lines
CONF
    cat >"$cups_dir/cupsd.conf" <<CONF
# --- kiosk test print server (scripts/test-services.sh) ---
Listen $cups_sock
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
CONF
}

start_cups() {
    local cupsd=/usr/sbin/cupsd
    command -v cupsd >/dev/null 2>&1 && cupsd="$(command -v cupsd)"
    if ! [ -x "$cupsd" ]; then
        echo "cups: cupsd not installed (apt-get install cups-daemon); CUPS tests will skip"
        return 1
    fi
    if ! cups_answers; then
        cups_pid >/dev/null && kill "$(cups_pid)" 2>/dev/null
        if ! prepare_cups_dirs; then
            echo "cups: cannot prepare $cups_dir; CUPS tests will skip"
            return 1
        fi
        rm -f "$cups_sock"
        # -f keeps it in the foreground of its own session, so it outlives this
        # script and the pid is ours to stop.
        setsid "$cupsd" -f -c "$cups_dir/cupsd.conf" -s "$cups_dir/cups-files.conf" \
            >>"$cups_dir/log/cupsd.out" 2>&1 </dev/null &
        echo $! >"$cups_pidfile"
        for _ in $(seq 1 100); do
            cups_answers && break
            sleep 0.1
        done
        if ! cups_answers; then
            echo "cups: did not start (see $cups_dir/log/error_log); CUPS tests will skip"
            return 1
        fi
    fi
    echo "$cups_sock" >"$state/cups.server"
    echo "cups: running on $cups_sock"
}

stop_cups() {
    local pid
    if pid="$(cups_pid)"; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        echo "cups: stopped"
    else
        echo "cups: not started by this script; leaving it alone"
    fi
    rm -f "$state/cups.server"
}

status_cups() { cups_answers; }
restart_cups() { stop_cups; start_cups; }

# --- dispatch ---------------------------------------------------------------------

run_for() {
    # run_for ACTION SERVICE: the action for one service or for all of them.
    local action="$1" service="$2" rc=0
    case "$service" in
        pcscd) "${action}_pcscd" ;;
        postgres) "${action}_postgres" ;;
        cups) "${action}_cups" ;;
        all)
            "${action}_pcscd" || rc=1
            "${action}_postgres" || rc=1
            "${action}_cups" || rc=1
            return $rc
            ;;
        *) echo "unknown service: $service (pcscd, postgres, cups or all)" >&2; return 2 ;;
    esac
}

status_pcscd() { virtual_reader_listed; }
restart_pcscd() { stop_pcscd; start_pcscd; }
restart_postgres() { stop_postgres; start_postgres; }

case "${1:-start}" in
    start) run_for start "${2:-all}" ;;
    stop|restart|status) run_for "$1" "${2:-pcscd}" ;;
    *) echo "usage: $0 start|stop|restart|status [pcscd|postgres|cups|all]" >&2; exit 2 ;;
esac
