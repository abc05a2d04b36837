/**
 * The real CMS for the `cms` suite: Debian's MariaDB, Apache with mod_php and Debian's WordPress
 * package, each started directly (no systemd) on a free loopback port with its configuration and
 * data in one temporary folder. Every wait has a deadline whose message names what hung.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
/** Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php (README.Debian). */
export const DEBIAN_CONFIG_DIR = '/etc/wordpress';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `check` is true; on timeout throws naming `what` (the hang guard). */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, log?: () => string) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      if (/exited$/.test(String((error as Error).message))) throw new Error(`${what}: ${(error as Error).message}${log ? `\n${log()}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`hung: ${what} (no answer within ${timeoutMs / 1000} s)${log ? `\n${log()}` : ''}`);
}

/** Runs a command to its end (60 s at most); its error output goes into the message. */
export function run(what: string, command: string, args: string[], input?: string): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 60_000, stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined && { input }) });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; signal?: string; message: string };
    throw new Error(`${what} failed${e.signal === 'SIGTERM' ? ' (hung: killed after 60 s)' : ''}: ${(e.stderr || e.stdout || e.message).trim().slice(-2000)}`);
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const tail = (file: string) => () => {
  try {
    return execFileSync('tail', ['-n', '20', file], { encoding: 'utf8' });
  } catch {
    return '';
  }
};

export interface Daemon {
  name: string;
  process: ChildProcess;
}

function start(name: string, command: string, args: string[], logFile: string): Daemon {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  child.stderr?.on('data', (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' }));
  return { name, process: child };
}

/** A daemon that exited makes the wait fail at once instead of at its deadline. */
function alive(daemon: Daemon): boolean {
  if (daemon.process.exitCode !== null || daemon.process.signalCode !== null) throw new Error(`${daemon.name} exited`);
  return true;
}

/** Stops a daemon started here: TERM, then KILL after 10 s; its process group, not by name. */
export async function stop(daemon: Daemon) {
  const { process: child } = daemon;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

// ------------------------------------------------------------------ MariaDB

export interface Database {
  daemon: Daemon;
  socket: string;
  port: number;
  name: string;
  user: string;
  password: string;
}

export async function startMariaDb(dir: string): Promise<Database> {
  const data = join(dir, 'mariadb');
  mkdirSync(data, { recursive: true });
  chownSync(data, uid('mysql'), gid('mysql'));
  // Socket, pid and log in a folder of the mysql user (mariadbd drops root before creating them).
  const runDir = join(dir, 'mariadb-run');
  mkdirSync(runDir, { recursive: true });
  chownSync(runDir, uid('mysql'), gid('mysql'));
  const socket = join(runDir, 'mariadb.sock');
  const log = join(runDir, 'mariadb.log');
  run('mariadb-install-db', 'mariadb-install-db', ['--no-defaults', '--user=mysql', `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=socket']);
  const port = await freePort();
  const daemon = start('MariaDB', '/usr/sbin/mariadbd', [
    '--no-defaults', '--user=mysql', `--datadir=${data}`, `--socket=${socket}`, `--port=${port}`, '--bind-address=127.0.0.1',
    `--pid-file=${join(runDir, 'mariadb.pid')}`, `--log-error=${log}`, '--skip-log-bin', '--innodb-buffer-pool-size=32M',
  ], log);
  await waitFor('MariaDB start (mariadbd)', () => alive(daemon) && existsSync(socket) && portOpen(port), 60_000, tail(log));
  const db = { daemon, socket, port, name: 'wordpress', user: 'wordpress', password: `pw-${Math.random().toString(36).slice(2)}` };
  sql(db, `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${db.password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);
  return db;
}

export function sql(db: Pick<Database, 'socket'>, statements: string) {
  return run('mariadb (SQL)', 'mariadb', ['--no-defaults', `--socket=${db.socket}`, '-u', 'root', '-N', '-e', statements]);
}

// ------------------------------------------------------------------ Apache + PHP

export interface WebServer {
  daemon: Daemon;
  port: number;
  origin: string;
  errorLog: string;
}

/**
 * Apache with mod_php (prefork) serving Debian's WordPress. `site` is added inside the
 * VirtualHost (the guide's CSP block goes there); `configName` selects
 * /etc/wordpress/config-<configName>.php through SetEnv, as README.Debian describes.
 */
export async function startApache(dir: string, options: { configName: string; content: string; port?: number; site?: string; extra?: string }): Promise<WebServer> {
  const port = options.port ?? (await freePort());
  const root = join(dir, 'apache');
  mkdirSync(root, { recursive: true });
  const errorLog = join(root, 'error.log');
  const modules = '/usr/lib/apache2/modules';
  const php = readdirSync(modules).find((f) => /^libphp[\d.]+\.so$/.test(f));
  if (!php) throw new Error('libapache2-mod-php is missing (no libphp*.so in /usr/lib/apache2/modules)');
  const load = ['mpm_prefork', 'authz_core', 'authz_host', 'dir', 'mime', 'env', 'headers', 'alias', 'rewrite', 'setenvif']
    .map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`)
    .join('\n');
  const conf = join(root, 'httpd.conf');
  writeFileSync(conf, `# Written by demo/cms/servers.ts for one test run.
ServerRoot ${root}
${load}
LoadModule php_module ${modules}/${php}
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${join(root, 'httpd.pid')}
Mutex file:${root}
DefaultRuntimeDir ${root}
ErrorLog ${errorLog}
LogLevel warn
LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
CustomLog ${join(root, 'access.log')} common
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 8
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
AddType application/json .json
DirectoryIndex index.php index.html
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
${options.extra ?? ''}
# "A defined Virtual host" of /usr/share/doc/wordpress/examples/apache.conf, wp-content in the temp folder.
<VirtualHost 127.0.0.1:${port}>
  DocumentRoot ${WORDPRESS}
  SetEnv WORDPRESS_CONFIG ${options.configName}
  Alias /wp-content ${options.content}
  <Directory ${WORDPRESS}>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
  </Directory>
  <Directory ${options.content}>
    Options FollowSymLinks
    Require all granted
  </Directory>
${options.site ?? ''}
</VirtualHost>
`);
  run('Apache config test (apache2 -t)', '/usr/sbin/apache2', ['-f', conf, '-t']);
  const daemon = start('Apache', '/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], errorLog);
  await waitFor('Apache start (apache2 -DFOREGROUND)', () => alive(daemon) && portOpen(port), 30_000, tail(errorLog));
  return { daemon, port, origin: `http://127.0.0.1:${port}`, errorLog };
}

const uid = (user: string) => Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
const gid = (user: string) => Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());

/** Hands a folder to the web server's user (uploads, wp-content), like Debian's own package does. */
export function giveToWebServer(path: string) {
  if (process.getuid?.() !== 0) return;
  execFileSync('chown', ['-R', 'www-data:www-data', path]);
}

/** The temp folder must be traversable by mysql and www-data. */
export function openForDaemons(path: string) {
  chmodSync(path, 0o755);
}

export function removeQuietly(path: string) {
  rmSync(path, { recursive: true, force: true });
}
