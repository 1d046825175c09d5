#!/usr/bin/env bash
# Start (or stop) the real services the test suite talks to: pcscd with the
# vsmartcard virtual reader, and later PostgreSQL. Idempotent.
set -u
cd "$(dirname "$0")/.."
state=.test-services
mkdir -p "$state"
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"

start_pcscd() {
    if pgrep -x pcscd >/dev/null 2>&1; then
        echo "pcscd: already running"
        return 0
    fi
    if ! command -v pcscd >/dev/null 2>&1 && [ ! -x /usr/sbin/pcscd ]; then
        echo "pcscd: not installed; card tests will skip"
        return 0
    fi
    # --auto-exit would stop it between tests; run it in the foreground, detached.
    $SUDO sh -c 'nohup /usr/sbin/pcscd --foreground > /tmp/kiosk-pcscd.log 2>&1 &'
    for _ in $(seq 1 50); do
        pgrep -x pcscd >/dev/null 2>&1 && { echo "pcscd: started"; return 0; }
        sleep 0.1
    done
    echo "pcscd: could not start (see /tmp/kiosk-pcscd.log); card tests will skip"
}

stop_pcscd() {
    $SUDO pkill -x pcscd 2>/dev/null || true
}

case "${1:-start}" in
    start) start_pcscd ;;
    stop) stop_pcscd ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
