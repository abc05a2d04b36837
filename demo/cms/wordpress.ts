/**
 * Sets Debian's WordPress up without the browser installer: the host config file Debian's
 * wp-config.php looks for (README.Debian), then wp_install() from PHP, as WP-CLI's
 * `core install` does (WP-CLI is not a Debian package).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEBIAN_CONFIG_DIR, WORDPRESS, giveToWebServer, run, type Database } from './servers.ts';

export interface Site {
  /** Selects /etc/wordpress/config-<configName>.php. */
  configName: string;
  /** WP_CONTENT_DIR of this site (Debian's default is /var/lib/wordpress/wp-content). */
  content: string;
  users: Record<'admin' | 'redaktion', { login: string; password: string }>;
}

const phpString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Debian's host config + a wp-content folder like /var/lib/wordpress/wp-content, in `dir`. */
export function writeConfig(dir: string, db: Database, origin: string): Site {
  const configName = `vois-cms-test-${process.pid}`;
  const content = join(dir, 'wp-content');
  // What Debian's package puts into /var/lib/wordpress/wp-content: themes and languages.
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  execFileSync('cp', ['-a', `${WORDPRESS}/wp-content/themes/.`, join(content, 'themes')]);
  execFileSync('cp', ['-a', `${WORDPRESS}/wp-content/languages`, content]);
  giveToWebServer(content);
  const password = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  const site: Site = {
    configName,
    content,
    users: { admin: { login: 'admin', password: password() }, redaktion: { login: 'redaktion', password: password() } },
  };
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', ${phpString(password() + password())});`)
    .join('\n');
  writeFileSync(
    join(dir, 'wp-config.php'),
    `<?php
// Host config of the cms test run (Debian: /etc/wordpress/config-<host>.php).
define('DB_NAME', ${phpString(db.name)});
define('DB_USER', ${phpString(db.user)});
define('DB_PASSWORD', ${phpString(db.password)});
define('DB_HOST', ${phpString(`localhost:${db.socket}`)});
define('WP_CONTENT_DIR', ${phpString(content)});
define('WP_CONTENT_URL', ${phpString(`${origin}/wp-content`)});
define('WP_HOME', ${phpString(origin)});
define('WP_SITEURL', ${phpString(origin)});
define('WP_ALLOW_MULTISITE', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${salts}
`,
  );
  writeFileSync(join(DEBIAN_CONFIG_DIR, `config-${configName}.php`), `<?php require ${phpString(join(dir, 'wp-config.php'))};\n`);
  return site;
}

export function removeConfig(site: Pick<Site, 'configName'>) {
  rmSync(join(DEBIAN_CONFIG_DIR, `config-${site.configName}.php`), { force: true });
}

/** Runs PHP with WordPress loaded (as the web server's user, so files it creates are its own). */
export function wpPhp(site: Site, code: string): string {
  const script = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['WORDPRESS_CONFIG'] = ${phpString(site.configName)};
define('WP_INSTALLING', ${/wp_install\(/.test(code) ? 'true' : 'false'});
require '${WORDPRESS}/wp-load.php';
${code}
`;
  return run('PHP with WordPress loaded', 'php', ['-d', 'display_errors=stderr'], script);
}

/**
 * A fresh site in German (WordPress's installer with language de_DE, whose translations
 * Debian's wordpress-l10n ships), an administrator and an Editor without unfiltered_html.
 */
export function install(site: Site) {
  const { admin, redaktion } = site.users;
  wpPhp(
    site,
    `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Stadt Strausberg', ${phpString(admin.login)}, 'webmaster@example.org', false, '', ${phpString(admin.password)}, 'de_DE');
update_option('WPLANG', 'de_DE');
$id = wp_insert_user(array('user_login' => ${phpString(redaktion.login)}, 'user_pass' => ${phpString(redaktion.password)}, 'user_email' => 'redaktion@example.org', 'role' => 'editor'));
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
// On a single site Editors have unfiltered_html; the suite's Editor is one without it, as every
// site admin and editor of a multisite is (the guide, WordPress step 3).
get_role('editor')->remove_cap('unfiltered_html');
echo get_option('template'), ' ', get_locale();`,
  );
}
