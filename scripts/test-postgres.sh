#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (and the PostgreSQL benchmarks): Debian's `postgresql`
# package, a cluster in a temporary folder, listening on a Unix socket there and on a loopback port, with
# trust authentication for the user `rulesd`.
#
#   scripts/test-postgres.sh start   prints the address (postgres://rulesd@127.0.0.1:PORT/rulesd) and the folder
#   scripts/test-postgres.sh stop DIR stops the server of that folder and removes it
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user the package made.
set -euo pipefail

bindir=""
for candidate in "$(command -v pg_config >/dev/null 2>&1 && pg_config --bindir || true)" /usr/lib/postgresql/*/bin; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then bindir="$candidate"; fi
done
if [ -z "$bindir" ]; then
    echo "test-postgres: no PostgreSQL server found; install Debian's postgresql package" >&2
    exit 3
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    dir="$(mktemp -d /tmp/rulesd-pg.XXXXXX)"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U rulesd --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    port="${RULESD_TEST_POSTGRES_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    # fsync off: a test server's data need not survive a power cut, and the tests run faster.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    as_owner "$bindir/createdb" -h "$dir" -p "$port" -U rulesd rulesd
    echo "postgres://rulesd@127.0.0.1:$port/rulesd?sslmode=disable $dir"
    ;;
stop)
    dir="${2:?usage: test-postgres.sh stop DIR}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: scripts/test-postgres.sh start | stop DIR" >&2
    exit 2
    ;;
esac
