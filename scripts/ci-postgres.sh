#!/usr/bin/env bash
# For those who want a system PostgreSQL rather than the embedded one the tests start themselves: makes sure
# Debian's answers on 127.0.0.1:5432 with the role ops/ops (installs postgresql where it is missing, starts its
# cluster, creates the role once). Then run the tests with
# HUB_TEST_DATABASE_URL=postgres://ops:ops@127.0.0.1:5432/postgres. With it already set, nothing is done here.
set -euo pipefail

if [ -n "${HUB_TEST_DATABASE_URL:-}" ]; then
  echo "PostgreSQL for the sync tests: HUB_TEST_DATABASE_URL is set, using that server"
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing Debian's postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
if ! pg_lsclusters --no-header | awk -v c="$cluster" '$1 " " $2 == c && $4 == "online" { found = 1 } END { exit !found }'; then
  pg_ctlcluster $cluster start
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ops') THEN
    CREATE ROLE ops LOGIN SUPERUSER PASSWORD 'ops';
  END IF;
END
$$;
SQL
echo "PostgreSQL for the sync tests: $cluster on 127.0.0.1:5432, role ops"
