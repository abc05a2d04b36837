/**
 * The database as an operator meets it: clear start-up errors naming the variable, and a
 * database that goes away while the server runs (503 + Retry-After, nothing half-applied,
 * recovery without a restart). Outage tests need their own PostgreSQL server (stopped and
 * started mid-test), so they run in the server-postgres suite.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { AbmeldungOptions } from '@vois-online/client';
import { createApp } from '../src/app.ts';
import { ConfigError, defaultConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { AGS, api, ENGINE, expectProblem, freshDatabaseUrl, dropDatabase, key, login, personIdOf, sharedSealer, sqlOf, startTestServer } from './helpers.ts';
import { startPostgres, type ThrowawayPostgres } from './support/postgres.ts';

const onPostgres = ENGINE === 'postgres' ? {} : { skip: 'needs PostgreSQL: runs in the server-postgres suite' };
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'vois-test-'));
  dirs.push(d);
  return d;
};
const startWith = async (databaseUrl: string | undefined) =>
  createApp(defaultConfig({ dataDir: tempDir(), databaseUrl, logRequests: false }), { sealer: await sharedSealer(), log: () => {} }).then((app) => app.close());

async function refused(promise: Promise<unknown>, pattern: RegExp) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ConfigError, `a ConfigError, not ${String(e)}`);
    assert.match(e.message, pattern);
    return true;
  });
}

describe('start-up errors name the variable', () => {
  test('unreachable PostgreSQL server', async () => {
    await refused(startWith('postgres://vois:secret@127.0.0.1:1/vois'), /^VOIS_DATABASE_URL: cannot reach the PostgreSQL server \(vois@127\.0\.0\.1:1\/vois\): ECONNREFUSED$/);
  });

  test('the password never appears in the message', async () => {
    await assert.rejects(startWith('postgres://vois:s3cr3t-pw@127.0.0.1:1/vois'), (e: Error) => !e.message.includes('s3cr3t-pw'));
  });

  test('SQLite schema from a newer server', async () => {
    const dir = tempDir();
    openDatabase(dir).raw.close();
    const raw = new Database(join(dir, 'register.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => openDatabase(dir), /^Error: VOIS_DATA_DIR: the database .* has schema version 99, newer than this server \(\d+\)/);
  });

  test('PostgreSQL: wrong credentials', onPostgres, async () => {
    const url = new URL((await freshDatabaseUrl())!);
    try {
      url.password = 'wrong';
      await refused(startWith(url.href), /^VOIS_DATABASE_URL: the PostgreSQL server refused the login \(vois@127\.0\.0\.1:\d+\/\w+\): wrong user name or password$/);
    } finally {
      url.password = new URL(process.env.VOIS_TEST_DATABASE_URL!).password;
      await dropDatabase(url.href);
    }
  });

  test('PostgreSQL: schema from a newer server', onPostgres, async () => {
    const url = (await freshDatabaseUrl())!;
    try {
      const t = await startTestServer({ databaseUrl: url }, { keepData: true });
      await t.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("INSERT INTO schema_migrations (version, name) VALUES (99, '099-future.sql')");
      await client.end();
      await refused(startWith(url), /^VOIS_DATABASE_URL: the database has schema version 99, newer than this server knows \(\d+\)/);
    } finally {
      await dropDatabase(url);
    }
  });
});

describe('migrations', () => {
  test('SQLite and PostgreSQL end with the same tables, columns and indexes', onPostgres, async () => {
    const { raw } = openDatabase(tempDir());
    const sqlite = new Map<string, string[]>();
    for (const { name } of raw.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()) {
      sqlite.set(name, raw.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`).all().map((c) => c.name).sort());
    }
    const sqliteIndexes = raw.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").all().map((r) => r.name).sort();
    raw.close();
    assert.ok(sqlite.size >= 15 && sqliteIndexes.length >= 10, 'the SQLite side was read');

    const url = (await freshDatabaseUrl())!;
    try {
      const t = await startTestServer({ databaseUrl: url }, { keepData: true });
      await t.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const columns = await client.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'");
      const indexes = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'");
      await client.end();
      const postgres = new Map<string, string[]>();
      for (const r of columns.rows) postgres.set(r.table_name, [...(postgres.get(r.table_name) ?? []), r.column_name].sort());
      assert.deepEqual(Object.fromEntries([...postgres].sort()), Object.fromEntries([...sqlite].sort()));
      assert.deepEqual(indexes.rows.map((r) => r.indexname).sort(), sqliteIndexes);
    } finally {
      await dropDatabase(url);
    }
  });
});

describe('the database goes away while the server runs', onPostgres, () => {
  let server: ThrowawayPostgres;
  after(() => server?.stop());

  test('503 with Retry-After, no half-applied change, and recovery by itself when it returns', async () => {
    server = await startPostgres();
    const t = await startTestServer({ databaseUrl: await server.createDatabase() }, { sealer: await sharedSealer() });
    try {
      const session = await login(t.url, 'nur-nebenwohnung', AGS.erkner);
      const options = (await (await api(t.url, session, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
      const body = { residenceId: options.residences[0]!.id, moveOutDate: options.today, childIds: [] as string[] };
      const person = await personIdOf(t, 'nur-nebenwohnung');
      const changes = async () => Number((await sqlOf(t).get<{ n: number }>('SELECT count(*) AS n FROM abmeldungen WHERE person_id = $1', [person]))!.n);

      // The database stops in the middle of the change: after the register update, before the
      // document and the idempotency record.
      const register = t.server.app.services.register;
      const deregister = register.deregister;
      register.deregister = async (input) => {
        const record = await deregister(input);
        await server.pause();
        return record;
      };
      const k = key();
      const cut = await api(t.url, session, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
      await expectProblem(cut, 503, 'SERVICE_UNAVAILABLE');
      assert.equal(cut.headers.get('Retry-After'), '5');
      register.deregister = deregister;

      // While it is down, every call that needs it says 503, also reads.
      const down = await api(t.url, session, '/v1/me');
      await expectProblem(down, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(t.logs.includes('database unavailable: answered 503'));
      assert.equal((await fetch(`${t.url}/healthz`)).status, 503, 'the load balancer sees it');

      await server.resume();
      // Recovery without a restart: the pool replaces its dead connections.
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (Date.now() < deadline && (status = (await api(t.url, session, '/v1/me')).status) !== 200) await new Promise((r) => setTimeout(r, 200));
      assert.equal(status, 200, 'the server answers again once the database is back');
      assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
      assert.equal(await changes(), 0, 'the interrupted change was rolled back as a whole');

      const retried = await api(t.url, session, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
      assert.equal(retried.status, 200, await retried.clone().text());
      assert.equal(await changes(), 1);
    } finally {
      await t.close();
    }
  });
});
