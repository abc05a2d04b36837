/**
 * A throwaway PostgreSQL server for tests: Debian's binaries (package `postgresql`, installed by
 * scripts/with-postgres.sh when missing), a cluster in a temp folder, a free port on 127.0.0.1,
 * password authentication (so wrong credentials can be tested). initdb and postgres refuse to
 * run as root: as root they run as the unprivileged user `postgres` (created by the Debian
 * package). `stop()` removes everything; `pause()`/`resume()` stop and start the same cluster
 * (database outage tests).
 *
 * Used by scripts/with-postgres.sh (one server for a whole test run, URL in
 * VOIS_TEST_DATABASE_URL) and directly by tests that need their own server.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayPostgres {
  /** Superuser URL of the maintenance database `postgres`. */
  url: string;
  port: number;
  /** A fresh, empty database; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  dropDatabase(url: string): Promise<void>;
  /** Stops the server (fast shutdown: clients are disconnected), keeping the cluster. */
  pause(): Promise<void>;
  /** Starts the same cluster again on the same port. */
  resume(): Promise<void>;
  /** Stops the server and deletes the cluster. */
  stop(): Promise<void>;
}

/** Newest installed Debian PostgreSQL (`/usr/lib/postgresql/<n>/bin`), or PG_BIN. */
export function postgresBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'postgres'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** uid/gid to run the server as: ourselves, or `postgres` when we are root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('running as root, but there is no user "postgres" to run PostgreSQL as (install Debian\'s postgresql package: bash scripts/with-postgres.sh)');
  }
}

export async function startPostgres(options: { log?: (line: string) => void } = {}): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (/usr/lib/postgresql/*/bin or PG_BIN); scripts/with-postgres.sh installs Debian\'s postgresql package');
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'vois-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (user) {
    chownSync(dir, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  chmodSync(dir, 0o700);
  const spawnOpts = { ...(user && { uid: user.uid, gid: user.gid }), env: { ...process.env, LC_ALL: 'C.UTF-8' } };
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'vois', '--pwfile', pwfile, '--auth', 'scram-sha-256', '-E', 'UTF8', '--locale', 'C.UTF-8', '--no-sync'], { ...spawnOpts, stdio: 'pipe' });
  const port = await freePort();
  const url = `postgres://vois:${password}@127.0.0.1:${port}/postgres`;

  let server: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'], {
      ...spawnOpts, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    server = child;
    exited = new Promise((resolve) => child.once('exit', () => resolve()));
    // If this process dies without stop() (a crash, a killed test run), take the server along.
    const orphaned = () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
    };
    process.once('exit', orphaned);
    child.once('exit', () => process.off('exit', orphaned));
    // Ready when a real connection succeeds (a slow machine may take a few seconds).
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`PostgreSQL did not start (exit ${child.exitCode}): ${stderr}`);
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        if (Date.now() > deadline) throw new Error(`PostgreSQL on port ${port} not ready after 60 s: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const halt = async () => {
    if (!server || server.exitCode !== null) return;
    server.kill('SIGINT'); // fast shutdown: disconnect clients, roll back their transactions
    await exited;
  };

  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };

  try {
    await start();
  } catch (error) {
    await halt();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  options.log?.(`throwaway PostgreSQL on 127.0.0.1:${port} (${bin})`);

  return {
    url,
    port,
    async createDatabase(name = `vois_${randomBytes(6).toString('hex')}`) {
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async dropDatabase(dbUrl) {
      const name = new URL(dbUrl).pathname.slice(1);
      if (!/^\w+$/.test(name)) throw new Error(`not a test database: ${name}`);
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
    pause: halt,
    resume: start,
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
