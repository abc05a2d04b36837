import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { ConfigError } from '../config.ts';
import { DatabaseUnavailable, type SqlDatabase } from './sql.ts';

/**
 * The `SqlDatabase` on a shared PostgreSQL server (`VOIS_DATABASE_URL=postgres://…`), for several
 * server instances behind a load balancer. Real transactions (READ COMMITTED) with advisory
 * locks where the server needs mutual exclusion (one change per person at a time, one
 * pending-login quota per address); unique constraints back them up. Versioned migrations in
 * db/postgres/, recorded in `schema_migrations`, applied under an advisory lock so that
 * instances starting together do not race.
 */

/** Ordered migrations (append only): PostgreSQL migration 1 equals SQLite migrations 1–3. */
const MIGRATIONS = ['001-schema.sql'];
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** SQLSTATEs and socket errors that mean "the database is not reachable right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailable) return true;
  const e = error as { code?: string; message?: string } | undefined;
  if (!e) return false;
  if (e.code && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(e.message ?? '');
}
/** Serialization failure, deadlock: the transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);

const int8 = 20;
const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === int8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser };

/** Where the URL points, without the password (for messages). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** A start-up failure in words an operator can act on, naming the variable. */
function startupError(error: unknown, url: string): Error {
  const e = error as { code?: string; message?: string };
  const where = describeUrl(url);
  if (e.code === '28P01' || e.code === '28000') return new ConfigError(`VOIS_DATABASE_URL: the PostgreSQL server refused the login (${where}): wrong user name or password`);
  if (e.code === '3D000') return new ConfigError(`VOIS_DATABASE_URL: the database does not exist on the PostgreSQL server (${where})`);
  if (isUnavailable(error)) return new ConfigError(`VOIS_DATABASE_URL: cannot reach the PostgreSQL server (${where}): ${e.code ?? e.message}`);
  return error instanceof Error ? error : new Error(String(error));
}

export interface PostgresOptions {
  /** Connections of this instance (default 10). */
  maxConnections?: number;
  /** Operational log for connection errors (never personal data). */
  log?: (line: string) => void;
}

/** Connects, checks the credentials, migrates; fails with a `ConfigError` naming VOIS_DATABASE_URL. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    types,
  });
  // An idle connection that dies (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => options.log?.(`database connection lost: ${(error as { code?: string }).code ?? error.name}`));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw startupError(error, url);
  }
  return postgresDatabase(pool);
}

async function migrate(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtextextended('vois:migrate', 0))");
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > MIGRATIONS.length) {
      throw new ConfigError(`VOIS_DATABASE_URL: the database has schema version ${current}, newer than this server knows (${MIGRATIONS.length}); update the server or point it at another database`);
    }
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      const name = MIGRATIONS[version - 1]!;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(new URL(`./postgres/${name}`, import.meta.url), 'utf8'));
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtextextended('vois:migrate', 0))").catch(() => {});
    client.release();
  }
}

function postgresDatabase(pool: pg.Pool): SqlDatabase {
  const current = new AsyncLocalStorage<pg.PoolClient>();
  const wrap = (error: unknown) => (isUnavailable(error) ? new DatabaseUnavailable(error) : error);
  const query = async <T>(text: string, params: readonly unknown[]) => {
    const tx = current.getStore();
    for (let attempt = 1; ; attempt++) {
      try {
        return (await (tx ?? pool).query(text, params as unknown[])) as unknown as pg.QueryResult<T & pg.QueryResultRow>;
      } catch (error) {
        // A single statement chosen as deadlock victim (e.g. two instances trimming the same
        // address's logins) changed nothing: run it again. Inside a transaction, the whole
        // transaction is retried instead (below).
        if (!tx && RETRYABLE.has((error as { code?: string }).code ?? '') && attempt < 5) continue;
        throw wrap(error);
      }
    }
  };

  return {
    engine: 'postgres',
    all: async (text, params = []) => (await query(text, params)).rows as never[],
    get: async (text, params = []) => (await query(text, params)).rows[0] as never,
    run: async (text, params = []) => (await query(text, params)).rowCount ?? 0,

    async transaction(fn) {
      if (current.getStore()) return fn();
      for (let attempt = 1; ; attempt++) {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          throw wrap(error);
        }
        let broken = false;
        // A connection that dies while checked out but idle (between two statements) reports it
        // as an event; the next statement fails anyway and rolls back, so only mark it broken.
        const onError = () => (broken = true);
        client.on('error', onError);
        try {
          await client.query('BEGIN');
          const result = await current.run(client, fn);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          // A lost connection rolls the transaction back on the server; otherwise roll back here.
          if (isUnavailable(error)) broken = true;
          else await client.query('ROLLBACK').catch(() => (broken = true));
          if (!broken && RETRYABLE.has((error as { code?: string }).code ?? '') && attempt < 5) continue;
          throw wrap(error);
        } finally {
          client.off('error', onError);
          client.release(broken || undefined);
        }
      }
    },

    inTransaction: () => current.getStore() !== undefined,

    async lock(name) {
      if (!current.getStore()) throw new Error('lock() outside a transaction');
      await query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [name]);
    },

    close: () => pool.end(),
  };
}
