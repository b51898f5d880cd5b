#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: installs Debian's `postgresql` when missing,
# initdb's a cluster in a temp directory, starts it on a free loopback port, creates a database,
# runs "$@" with FRONTWATCH_TEST_PG set to its URL, then stops the server and removes the directory.
# Usage: scripts/test-postgres.sh COMMAND [ARG…]     (with no command: prints the URL and waits for Ctrl-C)
set -euo pipefail

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "test-postgres: installing Debian package postgresql" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
fi
bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"

# The server refuses to run as root; then it runs as the package's `postgres` user.
as=()
if [ "$(id -u)" -eq 0 ]; then
  getent passwd postgres >/dev/null || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  as=(runuser -u postgres --)
fi

dir="$(mktemp -d /tmp/frontwatch-pg.XXXXXX)"
chmod 755 "$dir"
[ ${#as[@]} -eq 0 ] || chown postgres "$dir"
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"
"${as[@]}" "$bin/initdb" -D "$dir/data" -U frontwatch --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
  -o "-k $dir -p $port -h 127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
"$bin/createdb" -h 127.0.0.1 -p "$port" -U frontwatch frontwatch_test

export FRONTWATCH_TEST_PG="postgres://frontwatch:frontwatch@127.0.0.1:$port/frontwatch_test"
echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $FRONTWATCH_TEST_PG" >&2
if [ $# -eq 0 ]; then
  echo "$FRONTWATCH_TEST_PG"
  sleep infinity
else
  "$@"
fi
