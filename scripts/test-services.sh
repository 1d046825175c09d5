#!/usr/bin/env bash
# Start (or stop) the real services the test suite talks to: pcscd with the
# vsmartcard virtual reader, and later PostgreSQL. Idempotent.
#
#   start    start pcscd (unless one runs) and wait until it lists the
#            "Virtual PCD" reader; exit 0 when usable, 1 when not
#   stop     stop the pcscd this script started (by its recorded pid)
#   restart  stop, then start
#   status   exit 0 when pcscd lists the virtual reader
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

our_pid() {
    [ -f "$pidfile" ] || return 1
    local pid; pid="$(cat "$pidfile")"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(cat /proc/"$pid"/comm 2>/dev/null)" = "pcscd" ] || return 1
    echo "$pid"
}

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
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        rm -f "$pidfile"
        echo "pcscd: stopped"
    else
        echo "pcscd: not started by this script; leaving it alone"
    fi
}

case "${1:-start}" in
    start) start_pcscd ;;
    stop) stop_pcscd ;;
    restart) stop_pcscd; start_pcscd ;;
    status) virtual_reader_listed ;;
    *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
