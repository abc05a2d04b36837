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
    # Only the binaries are needed: a temporary policy-rc.d keeps the package from starting its
    # own service (the Debian way for containers); the tests start their own throwaway server.
    local policy=/usr/sbin/policy-rc.d own_policy=0
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && own_policy=1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2
    local rc=$?
    [ "$own_policy" = 1 ] && rm -f "$policy"
    [ "$rc" = 0 ] || { echo "✗ apt-get install postgresql failed" >&2; return 1; }
    return 0
  fi
  echo "✗ PostgreSQL is missing. Install it (Debian/Ubuntu: sudo apt-get install postgresql) or set PG_BIN to its bin folder." >&2
  return 1
}

ensure_postgres || exit 1
exec node --import tsx packages/server/test/support/with-postgres.ts "$@"
