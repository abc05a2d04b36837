/**
 * Brings up the real CMS for the `cms` suite and follows the German guide's WordPress steps:
 * MariaDB, the reference API server (sandbox eID), Apache with Debian's WordPress (installed
 * without the browser installer), the guide's files-and-plugin commands, the guide's CSP in the
 * site's VirtualHost, and a second origin serving the widget files with the guide's CORS block.
 * Returns the teardown; anything started is stopped also when a later step fails.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WIDGETS, guideBlock } from './guide.ts';
import { freePort, giveToWebServer, openForDaemons, removeQuietly, run, startApache, startMariaDb, stop, waitFor, type Daemon } from './servers.ts';
import { install, removeConfig, writeConfig, type Site } from './wordpress.ts';

const repo = resolve(WIDGETS, '../..');

export default async function globalSetup() {
  if (process.getuid?.() !== 0) throw new Error('The cms suite runs Apache and MariaDB as their own users: run it as root (bash scripts/test.sh cms).');
  const started = Date.now();
  const step = (text: string) => console.log(`  cms › ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const dir = mkdtempSync(join(tmpdir(), 'vois-cms-'));
  openForDaemons(dir);
  const daemons: Daemon[] = [];
  let site: Site | undefined;
  const teardown = async () => {
    for (const d of daemons.reverse()) await stop(d);
    if (site) removeConfig(site);
    if (!process.env.CMS_KEEP) removeQuietly(dir);
  };
  try {
    const { version } = JSON.parse(readFileSync(join(WIDGETS, 'package.json'), 'utf8')) as { version: string };
    const manifest = JSON.parse(readFileSync(join(WIDGETS, 'dist/cdn', version, 'manifest.json'), 'utf8'));
    step('MariaDB');
    const db = await startMariaDb(dir);
    daemons.push(db.daemon);

    const [wpPort, apiPort, cdnPort] = [await freePort(), await freePort(), await freePort()];
    const wp = `http://127.0.0.1:${wpPort}`;
    const api = `http://127.0.0.1:${apiPort}`;
    const cdn = `http://127.0.0.1:${cdnPort}`;

    step('reference API server (sandbox eID)');
    const apiLog = join(dir, 'api.log');
    const apiServer = spawn('pnpm', ['-s', '-F', '@vois-online/server', 'start'], {
      cwd: repo, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VOIS_PORT: String(apiPort), VOIS_DATA_DIR: join(dir, 'api-data'), VOIS_PUBLIC_URL: api, VOIS_ALLOWED_ORIGINS: `${wp},${cdn}`, VOIS_SANDBOX_CLOCK: '1' },
    });
    let apiOut = '';
    apiServer.stdout?.on('data', (c: Buffer) => (apiOut += c));
    apiServer.stderr?.on('data', (c: Buffer) => (apiOut += c));
    daemons.push({ name: 'API server', process: apiServer });

    step('WordPress config (/etc/wordpress/config-<name>.php) and wp_install()');
    site = writeConfig(dir, db, wp);
    install(site);

    step('guide, WordPress step 1: files and must-use plugin');
    const commands = guideBlock('install-files')
      .replaceAll('/var/lib/wordpress/wp-content', site.content)
      .replaceAll('package/', WIDGETS)
      .replace(/^sudo /gm, '');
    run('the guide\'s install commands (EMBEDDING.md, WordPress step 1)', 'bash', ['-euo', 'pipefail', '-c', commands]);

    step('guide, WordPress step 6: CSP in the VirtualHost; a widget host on another origin with the guide\'s CORS block');
    // The guide: with files on another host, add it to script-src and frame-src.
    const csp = guideBlock('apache-csp').replaceAll('https://api.example.de', api).replace("script-src 'self'", `script-src 'self' ${cdn}`).replace("frame-src 'self'", `frame-src 'self' ${cdn}`);
    const cdnRoot = join(dir, 'cdn');
    mkdirSync(join(cdnRoot, 'vois-widgets'), { recursive: true });
    cpSync(join(WIDGETS, 'dist/cdn', version), join(cdnRoot, 'vois-widgets', version), { recursive: true });
    giveToWebServer(cdnRoot);
    const cors = guideBlock('cdn-cors').replaceAll('/var/www/cdn', cdnRoot);
    const web = await startApache(dir, {
      configName: site.configName, content: site.content, port: wpPort, site: csp,
      extra: `Listen 127.0.0.1:${cdnPort}
<VirtualHost 127.0.0.1:${cdnPort}>
  DocumentRoot ${cdnRoot}
  <Directory ${cdnRoot}>
    Require all granted
  </Directory>
${cors}
</VirtualHost>`,
    });
    daemons.push(web.daemon);

    await waitFor('API server start (pnpm -F @vois-online/server start)', async () => {
      if (apiServer.exitCode !== null) throw new Error('API server exited');
      return (await fetch(`${api}/v1/kommunen/12064472`)).ok;
    }, 60_000, () => apiOut.slice(-2000));
    step('ready');

    Object.assign(process.env, {
      CMS_WP: wp, CMS_API: api, CMS_CDN: cdn, CMS_DIR: dir, CMS_VERSION: version,
      CMS_SITE: JSON.stringify(site), CMS_BUNDLE_SRI: manifest.files['vois-widgets.js'].integrity, CMS_PARENT_SRI: manifest.files['embed-parent.js'].integrity,
    });
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
