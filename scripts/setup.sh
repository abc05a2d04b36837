# Sourced by start.sh and test.sh: make sure a fresh machine has what the project needs.
# Idempotent and quiet when everything is already there.

PNPM_VERSION=12.4.2

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION" >&2
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null || { echo "✗ could not install pnpm $PNPM_VERSION (npm install -g pnpm@$PNPM_VERSION)" >&2; return 1; }
  fi
}

ensure_deps() {
  # better-sqlite3 compiles from source against Node's own headers.
  export npm_config_nodedir="${npm_config_nodedir:-/usr}"
  if [ ! -d node_modules/.pnpm ] || [ pnpm-lock.yaml -nt node_modules/.pnpm/lock.yaml ]; then
    echo "› installing dependencies (pnpm install --frozen-lockfile)" >&2
    pnpm install --frozen-lockfile --reporter=append-only >&2 || return 1
  fi
}

# Finds Chromium (CHROME_PATH, then /usr/bin/chromium); installs Debian's package as root.
ensure_chromium() {
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then return 0; fi
  if [ -x /usr/bin/chromium ]; then export CHROME_PATH=/usr/bin/chromium; return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian's chromium (apt-get)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core poppler-utils) >&2 \
      || { echo "✗ apt-get install chromium failed" >&2; return 1; }
    export CHROME_PATH=/usr/bin/chromium
    return 0
  fi
  echo "✗ Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH." >&2
  return 1
}
