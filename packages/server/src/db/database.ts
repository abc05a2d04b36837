import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseUnavailable, type SqlDatabase } from './sql.ts';

export type Db = Database.Database;

const sql = (file: string) => (db: Db) => db.exec(readFileSync(new URL(file, import.meta.url), 'utf8'));

/** Ordered migrations; `PRAGMA user_version` records how many have run. Append only. */
const migrations: Array<(db: Db) => void> = [
  sql('./schema.sql'),
  sql('./migrations/002-access-log-by-kind.sql'),
  sql('./migrations/003-operator-store.sql'),
];

export const SQLITE_SCHEMA_VERSION = migrations.length;

export interface OpenedDatabase {
  db: SqlDatabase;
  /** The better-sqlite3 handle (tests and tools only; the server uses `db`). */
  raw: Db;
}

/** Opens (creating if needed) `<dataDir>/register.sqlite` in WAL mode and migrates it. */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const raw = new Database(join(dataDir, 'register.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const from = raw.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) {
    raw.close();
    throw new Error(`VOIS_DATA_DIR: the database ${join(dataDir, 'register.sqlite')} has schema version ${from}, newer than this server (${migrations.length}); start a newer server or use another VOIS_DATA_DIR`);
  }
  for (let version = from; version < migrations.length; version++) {
    raw.transaction(() => {
      migrations[version]!(raw);
      raw.pragma(`user_version = ${version + 1}`);
    })();
  }
  raw.pragma('optimize');
  return { db: sqliteDatabase(raw), raw };
}

/** `$1 … $n` → `?` with the parameters reordered (a placeholder may repeat). */
function translate(text: string): { text: string; order: number[] } {
  const order: number[] = [];
  const out = text.replace(/\$(\d+)/g, (_, n: string) => {
    order.push(Number(n) - 1);
    return '?';
  });
  return { text: out, order };
}

/**
 * The async `SqlDatabase` over one better-sqlite3 connection. Statements run synchronously;
 * a transaction may await between them, so while one is open every statement from outside it
 * waits (a promise queue) instead of slipping into it.
 */
function sqliteDatabase(raw: Db): SqlDatabase {
  const statements = new Map<string, { stmt: Database.Statement; order: number[]; reader: boolean }>();
  const prepare = (text: string) => {
    let entry = statements.get(text);
    if (!entry) {
      const t = translate(text);
      const stmt = raw.prepare(t.text);
      entry = { stmt, order: t.order, reader: stmt.reader };
      statements.set(text, entry);
    }
    return entry;
  };
  const bind = (order: number[], params: readonly unknown[]) => order.map((i) => params[i]);

  const inside = new AsyncLocalStorage<true>();
  /** Tail of the queue of transactions; undefined while none is open. */
  let busy: Promise<void> | undefined;
  const acquire = async (): Promise<() => void> => {
    while (busy) await busy;
    let release!: () => void;
    busy = new Promise<void>((resolve) => (release = resolve));
    return () => {
      busy = undefined;
      release();
    };
  };
  /** Another process holding the file's write lock beyond busy_timeout: answered 503, like a database that is away. */
  const guarded = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseUnavailable(error);
      throw error;
    }
  };
  const exec = async <T>(fn: () => T): Promise<T> => {
    if (busy && !inside.getStore()) {
      const release = await acquire();
      try {
        return guarded(fn);
      } finally {
        release();
      }
    }
    return guarded(fn);
  };

  return {
    engine: 'sqlite',
    all: (text, params = []) => exec(() => { const e = prepare(text); return e.stmt.all(...bind(e.order, params)) as never[]; }),
    get: (text, params = []) => exec(() => { const e = prepare(text); return e.stmt.get(...bind(e.order, params)) as never; }),
    run: (text, params = []) =>
      exec(() => {
        const e = prepare(text);
        // A `… RETURNING` statement is a reader for better-sqlite3; it still changes rows.
        return e.reader ? e.stmt.all(...bind(e.order, params)).length : e.stmt.run(...bind(e.order, params)).changes;
      }),
    async transaction(fn) {
      if (inside.getStore()) return fn();
      const release = await acquire();
      try {
        guarded(() => raw.exec('BEGIN IMMEDIATE'));
        try {
          const result = await inside.run(true, fn);
          raw.exec('COMMIT');
          return result;
        } catch (error) {
          if (raw.inTransaction) raw.exec('ROLLBACK');
          throw error;
        }
      } finally {
        release();
      }
    },
    inTransaction: () => inside.getStore() === true,
    // One connection, transactions queued above: holding the transaction is holding every lock.
    lock: async () => {},
    close: async () => {
      while (busy) await busy;
      raw.close();
    },
  };
}
