#!/usr/bin/env bash
# Runs every test suite of the project and ends with one line "N passed, N failed".
# Usage: bash scripts/test.sh            (all suites)
#        bash scripts/test.sh server e2e (only these)
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_pnpm && ensure_deps && ensure_chromium || exit 1

rm -rf reports && mkdir -p reports
ALL=(typecheck client server server-postgres identity scenarios scenarios-postgres widgets storybook build e2e cms)
SUITES=("${@:-${ALL[@]}}")

# Real WordPress (Debian packages, installed when missing) with the widgets as the guide says.
cms_suite() {
  ensure_cms || return 1
  local version; version=$(node -p "require('./packages/widgets/package.json').version")
  [ -f "packages/widgets/dist/cdn/$version/manifest.json" ] || pnpm -F @vois-online/widgets build >/dev/null || return 1
  pnpm -F @vois-online/demo test:cms
}

# A suite that dies before writing its report still counts as one failure.
run_suite() {
  local name=$1; shift
  local before; before=$(ls reports | wc -l)
  echo; echo "━━━ $name"
  "$@"
  local rc=$?
  if [ "$rc" != 0 ] && [ "$(ls reports | wc -l)" = "$before" ]; then
    echo "{\"passed\":0,\"failed\":1}" > "reports/$name-crashed.json"
  fi
}

for suite in "${SUITES[@]}"; do
  case "$suite" in
    typecheck) run_suite typecheck node scripts/typecheck.mjs ;;
    client)    run_suite client pnpm -F @vois-online/client test ;;
    server)    run_suite server pnpm -F @vois-online/server test ;;
    # The same server tests against a throwaway PostgreSQL (installed via apt-get when missing).
    server-postgres) run_suite server-postgres bash scripts/with-postgres.sh pnpm -F @vois-online/server test:postgres ;;
    identity)  run_suite identity pnpm -F @vois-online/server test:identity ;;
    scenarios) run_suite scenarios pnpm -F @vois-online/scenarios test ;;
    # The scenarios again with the server on a throwaway PostgreSQL (a fresh database per scenario).
    scenarios-postgres) run_suite scenarios-postgres bash scripts/with-postgres.sh pnpm -F @vois-online/scenarios test:postgres ;;
    widgets)   run_suite widgets pnpm -F @vois-online/widgets test ;;
    storybook) run_suite storybook pnpm -F @vois-online/stories test ;;
    build)     [ -f packages/widgets/scripts/build.mjs ] && run_suite build pnpm -F @vois-online/widgets build:check ;;
    e2e)       [ -f demo/playwright.config.ts ] && run_suite e2e pnpm -F @vois-online/demo test ;;
    cms)       [ -f demo/cms/playwright.config.ts ] && run_suite cms cms_suite ;;
    *) echo "unknown suite $suite" >&2; exit 2 ;;
  esac
done

node scripts/summarize.mjs
