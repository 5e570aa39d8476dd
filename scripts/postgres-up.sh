#!/usr/bin/env bash
# Makes a local PostgreSQL available to the tests (development and CI) and prints one line on stdout:
#   TEST_POSTGRES_URL=postgres://yuncai:yuncai@127.0.0.1:<port>/postgres
# Does nothing when TEST_POSTGRES_URL already answers; otherwise installs Debian's postgresql if there is no
# server, starts a cluster and creates the role yuncai (password yuncai, CREATEDB). Progress goes to stderr.
set -euo pipefail

say() { echo "postgres-up: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

psql_bin=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1 || true)

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  if [ -z "$psql_bin" ] || "$psql_bin" "$TEST_POSTGRES_URL" -qAtc 'SELECT 1' >/dev/null 2>&1; then
    say "using the TEST_POSTGRES_URL already set"
    echo "TEST_POSTGRES_URL=$TEST_POSTGRES_URL"
    exit 0
  fi
  say "TEST_POSTGRES_URL is set but does not answer; starting a local server instead"
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  say "installing Debian's postgresql …"
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls -d /usr/lib/postgresql/*/bin/postgres | sed -E 's|.*/postgresql/([0-9]+)/.*|\1|' | sort -n | tail -n 1)

if [ ! -d "/etc/postgresql/$version/main" ]; then
  say "creating the cluster $version/main"
  as_root pg_createcluster "$version" main >&2
fi

# Room for parallel test workers, each with its own pool. Durability stays on: the bench's figures are
# meant to be honest ones.
conf="/etc/postgresql/$version/main/conf.d/yuncai.conf"
changed=0
if [ ! -f "$conf" ]; then
  echo "max_connections = 200" | as_root tee "$conf" >/dev/null
  as_root chown postgres:postgres "$conf"
  changed=1
fi

status=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
if [ "$status" = online ] && [ "$changed" = 1 ]; then
  say "restarting $version/main for the new settings"
  as_root pg_ctlcluster "$version" main restart >&2
elif [ "$status" != online ]; then
  say "starting $version/main"
  as_root pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt >&2 <<'SQL'
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'yuncai') THEN
    ALTER ROLE yuncai LOGIN CREATEDB PASSWORD 'yuncai';
  ELSE
    CREATE ROLE yuncai LOGIN CREATEDB PASSWORD 'yuncai';
  END IF;
END
$$;
SQL

say "PostgreSQL $version is up on port $port"
echo "TEST_POSTGRES_URL=postgres://yuncai:yuncai@127.0.0.1:$port/postgres"
