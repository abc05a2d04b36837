#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: cluster in a temp folder, free port on
# 127.0.0.1, superuser URL in VOIS_TEST_DATABASE_URL, stopped and deleted at the end (also on
# failure). Installs Debian's postgresql package when missing and running as root (CI).
#   bash scripts/with-postgres.sh pnpm -F @vois-online/server test:postgres
set -uo pipefail
cd "$(dirname "$0")/.."

ensure_postgres() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/postgres" ]; then return 0; fi
  if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian package: postgresql" >&2
    # Only the binaries are needed: keep the package from starting its own cluster/service.
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends postgresql) >&2 \
      || { echo "✗ apt-get install postgresql failed" >&2; return 1; }
    command -v pg_ctlcluster >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | while read -r ver name _; do pg_ctlcluster "$ver" "$name" stop 2>/dev/null; done
    return 0
  fi
  echo "✗ PostgreSQL is missing. Install it (Debian/Ubuntu: sudo apt-get install postgresql) or set PG_BIN to its bin folder." >&2
  return 1
}

ensure_postgres || exit 1
exec node --import tsx packages/server/test/support/with-postgres.ts "$@"
