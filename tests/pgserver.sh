#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests.
#
#   pgserver.sh start DIR   fresh cluster in a temporary directory, on a free port of 127.0.0.1;
#                           writes DIR/url (postgresql://creditdesk@127.0.0.1:PORT/postgres)
#                           and DIR/datadir, prints the URL. Exits non-zero when the server
#                           cannot start, so the tests that need it fail instead of skipping.
#   pgserver.sh stop DIR    stops the server and removes its data; always exits 0.
#
# Both are idempotent. CTest runs them as the setup and cleanup of the "postgres" fixture.
set -euo pipefail

readonly SUPERUSER=creditdesk
readonly DATADIR_PREFIX=creditdesk-pg.
readonly START_ATTEMPTS=8

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

(($# == 2)) || usage
action=$1
case "$action" in
start) mkdir -p "$2" ;;
stop) [[ -d "$2" ]] || exit 0 ;;
*) usage ;;
esac
state_dir=$(cd "$2" && pwd)

find_bindir() {
    local candidate
    if command -v pg_config >/dev/null 2>&1; then
        candidate=$(pg_config --bindir 2>/dev/null || true)
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            echo "$candidate"
            return 0
        fi
    fi
    # Debian installs the server outside PATH; take the newest major version.
    local -a candidates
    mapfile -t candidates < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -rn)
    for candidate in "${candidates[@]}"; do
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

# Runs a server binary as the owner of the data directory: initdb and postgres refuse to run
# as root, so root hands them to the unprivileged postgres system user.
as_owner() {
    local owner=$1
    shift
    if [[ "$owner" == "$(id -un)" ]]; then
        (cd / && "$@")
    else
        (cd / && runuser -u "$owner" -- "$@")
    fi
}

# Our own temporary directories only: never remove anything else, whatever DIR/datadir says.
is_our_datadir() {
    [[ -n "$1" && -d "$1" && "$(basename "$1")" == "$DATADIR_PREFIX"* ]]
}

port_is_free() {
    # A successful connect means something listens there.
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

random_port() {
    local port
    for _ in $(seq 500); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40001))
        if port_is_free "$port"; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

stop_server() {
    local datadir owner pid
    datadir=$(cat "$state_dir/datadir" 2>/dev/null || true)
    if is_our_datadir "$datadir"; then
        owner=$(stat -c %U "$datadir")
        if [[ -f "$datadir/postmaster.pid" ]]; then
            local bindir
            if bindir=$(find_bindir); then
                as_owner "$owner" "$bindir/pg_ctl" -D "$datadir" -m fast -w -t 30 stop >/dev/null 2>&1 || true
            fi
        fi
        # pg_ctl missing or failed: end the postmaster ourselves, after checking the pid is one.
        if [[ -f "$datadir/postmaster.pid" ]]; then
            pid=$(head -n 1 "$datadir/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ && "$(cat "/proc/$pid/comm" 2>/dev/null || true)" == postgres ]]; then
                kill -TERM "$pid" 2>/dev/null || true
                for _ in $(seq 50); do
                    kill -0 "$pid" 2>/dev/null || break
                    sleep 0.1
                done
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
        rm -rf "$datadir" || true
    fi
    rm -f "$state_dir/url" "$state_dir/datadir" || true
}

# Leaves nothing behind: a failed start removes what it made.
fail() {
    echo "pgserver.sh: $*" >&2
    stop_server
    exit 1
}

start_server() {
    local bindir owner datadir locale_args output port attempt server_options
    bindir=$(find_bindir) || fail "no PostgreSQL server binaries found (install the 'postgresql' package)"

    stop_server

    owner=$(id -un)
    if ((EUID == 0)); then
        owner=postgres
        id -u "$owner" >/dev/null 2>&1 || fail "running as root, but there is no '$owner' system user to run the server"
    fi

    datadir=$(mktemp -d "${TMPDIR:-/tmp}/${DATADIR_PREFIX}XXXXXX")
    echo "$datadir" >"$state_dir/datadir"
    if [[ "$owner" != "$(id -un)" ]]; then
        chown "$owner:" "$datadir"
        as_owner "$owner" test -w "$datadir" ||
            fail "user '$owner' cannot write $datadir; set TMPDIR to a directory it can reach"
    fi

    locale_args=(--no-locale)
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale_args=(--locale=C.UTF-8)
    fi
    if ! output=$(as_owner "$owner" "$bindir/initdb" -D "$datadir" -A trust -U "$SUPERUSER" -E UTF8 \
        "${locale_args[@]}" 2>&1); then
        echo "$output" >&2
        fail "initdb failed"
    fi

    for ((attempt = 1; attempt <= START_ATTEMPTS; attempt++)); do
        port=$(random_port) || break
        rm -f "$datadir/log"
        # A test server: durability off for speed, enough connections for parallel tests.
        server_options="-c listen_addresses=127.0.0.1 -p $port -k '$datadir'"
        server_options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        if as_owner "$owner" "$bindir/pg_ctl" -D "$datadir" -w -t 60 -l "$datadir/log" -o "$server_options" start \
            >/dev/null 2>&1; then
            local url="postgresql://$SUPERUSER@127.0.0.1:$port/postgres"
            echo "$url" >"$state_dir/url"
            echo "$url"
            return 0
        fi
        # Another process may have taken the port between the check and the bind: try another.
        if grep -qiE 'could not (bind|create listen socket)|address already in use' "$datadir/log" 2>/dev/null; then
            as_owner "$owner" "$bindir/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
            continue
        fi
        break
    done

    echo "pgserver.sh: the PostgreSQL server did not start; its log follows." >&2
    cat "$datadir/log" >&2 2>/dev/null || true
    fail "no server (last port tried: ${port:-none})"
}

if [[ "$action" == start ]]; then
    start_server
else
    stop_server || true
    exit 0
fi
