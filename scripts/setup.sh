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

# Finds Chromium (CHROME_PATH, then /usr/bin/chromium) and poppler's pdftotext (PDF checks);
# installs Debian's packages when missing and running as root, otherwise says what to install.
ensure_chromium() {
  local missing=()
  if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then :
  elif [ -x /usr/bin/chromium ]; then export CHROME_PATH=/usr/bin/chromium
  else missing+=(chromium fonts-dejavu-core); fi
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ ${#missing[@]} = 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian packages: ${missing[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2 \
      || { echo "✗ apt-get install ${missing[*]} failed" >&2; return 1; }
    export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
    return 0
  fi
  echo "✗ Missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) or set CHROME_PATH." >&2
  return 1
}
