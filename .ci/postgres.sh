# Sourced by .ci/run: a throwaway PostgreSQL (Debian's postgresql package) on 127.0.0.1 for the server test suite,
# which then runs against it as well as against SQLite (tests/integration/server-harness.ts).
# Exports NTM_TEST_DATABASE_URL; the cluster is stopped and removed when the script exits.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the server tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
NTM_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
NTM_PG_DIR="$(mktemp -d /tmp/ntm-pg.XXXXXX)"
chown postgres:postgres "$NTM_PG_DIR"
ntm_pg() { runuser -u postgres -- "$@"; }
ntm_pg "$NTM_PG_BIN/initdb" -D "$NTM_PG_DIR/data" -A trust -U postgres -E UTF8 >"$NTM_PG_DIR/initdb.log"
NTM_PG_PORT=""
for port in 55432 55433 55434 55435 55436 55437 55438 55439; do
  if ntm_pg "$NTM_PG_BIN/pg_ctl" -D "$NTM_PG_DIR/data" -l "$NTM_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $NTM_PG_DIR -c fsync=off" start >/dev/null; then
    NTM_PG_PORT=$port
    break
  fi
done
if [ -z "$NTM_PG_PORT" ]; then
  echo "PostgreSQL did not start:" >&2
  cat "$NTM_PG_DIR/server.log" >&2
  exit 1
fi
ntm_pg_stop() {
  runuser -u postgres -- "$NTM_PG_BIN/pg_ctl" -D "$NTM_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$NTM_PG_DIR"
}
trap ntm_pg_stop EXIT
ntm_pg "$NTM_PG_BIN/createdb" -h 127.0.0.1 -p "$NTM_PG_PORT" -U postgres ntm_test
export NTM_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$NTM_PG_PORT/ntm_test"
echo "PostgreSQL $("$NTM_PG_BIN/postgres" --version | awk '{print $3}') for the server tests on 127.0.0.1:$NTM_PG_PORT"
