#!/usr/bin/env bash
# One command for a fresh machine: installs everything, builds the widget bundle, and starts
# the reference API server and the demo town sites on two origins. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_pnpm
ensure_deps

export VOIS_PORT="${VOIS_PORT:-8787}"
export DEMO_PORT="${DEMO_PORT:-8080}"
export VOIS_PUBLIC_URL="${VOIS_PUBLIC_URL:-http://127.0.0.1:$VOIS_PORT}"
export VOIS_ALLOWED_ORIGINS="${VOIS_ALLOWED_ORIGINS:-http://localhost:$DEMO_PORT,http://127.0.0.1:$DEMO_PORT}"

echo "› building the widget bundle and Storybook" >&2
pnpm -F @vois-online/widgets build >&2
pnpm -F @vois-online/stories build >&2

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; echo; echo "stopped."; }
trap stop INT TERM EXIT

# Plain node processes (no pnpm/tsx wrapper in between), so stopping them really stops them.
(cd packages/server && exec node --import tsx src/main.ts) & pids+=($!)
(cd demo && exec node --import tsx src/serve.ts) & pids+=($!)
wait -n
