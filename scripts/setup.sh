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

# The real-CMS suite: Debian's WordPress on Apache (mod_php) and MariaDB. Installs what is missing
# when running as root (services are not started by the packages: the suite starts its own
# daemons on free loopback ports), otherwise says what to install.
ensure_cms() {
  local missing=()
  [ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
  [ -f /usr/share/wordpress/wp-content/languages/de_DE.mo ] || missing+=(wordpress-l10n)
  [ -x /usr/sbin/apache2 ] || missing+=(apache2)
  ls /usr/lib/apache2/modules/libphp*.so >/dev/null 2>&1 || missing+=(libapache2-mod-php)
  php -m 2>/dev/null | grep -qx mysqli || missing+=(php-mysql)
  [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ ${#missing[@]} = 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "› installing Debian packages for the cms suite: ${missing[*]}" >&2
    # No service may start during the install (no systemd here; the suite runs its own daemons).
    local policy=/usr/sbin/policy-rc.d created=
    if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created=1; fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >&2
    local rc=$?
    [ -n "$created" ] && rm -f "$policy"
    [ $rc = 0 ] || { echo "✗ apt-get install ${missing[*]} failed" >&2; return 1; }
    return 0
  fi
  echo "✗ The cms suite needs: ${missing[*]} (Debian: sudo apt-get install ${missing[*]}); it must run as root." >&2
  return 1
}
