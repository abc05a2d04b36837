/**
 * Test databases: which engine the tests run on and a fresh, empty database per test server.
 * Shared by the server's tests and the scenario suite (packages/scenarios), so both run on the
 * same throwaway PostgreSQL (scripts/with-postgres.sh puts its URL into VOIS_TEST_DATABASE_URL).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The engine every test server runs on: SQLite (default, `pnpm test`) or PostgreSQL
 * (`pnpm test:postgres` through scripts/with-postgres.sh, which puts a throwaway server's URL
 * into VOIS_TEST_DATABASE_URL). Each test server gets a fresh database either way.
 */
export const ENGINE = process.env.VOIS_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const adminUrl = process.env.VOIS_TEST_DATABASE_URL;
if (ENGINE === 'postgres' && !adminUrl) throw new Error('VOIS_TEST_ENGINE=postgres needs VOIS_TEST_DATABASE_URL: run it as bash scripts/with-postgres.sh pnpm -F @vois-online/server test:postgres');

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test server: a new PostgreSQL database, or undefined (SQLite in the data dir). */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  if (ENGINE !== 'postgres') return undefined;
  const name = `vois_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return adminUrl!.replace(/\/postgres$/, `/${name}`);
}

export async function dropDatabase(url: string | undefined) {
  if (!url) return;
  await admin(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
}

