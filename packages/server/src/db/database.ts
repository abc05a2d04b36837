import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const sql = (file: string) => (db: Db) => db.exec(readFileSync(new URL(file, import.meta.url), 'utf8'));

/** Ordered migrations; `PRAGMA user_version` records how many have run. Append only. */
const migrations: Array<(db: Db) => void> = [
  sql('./schema.sql'),
  sql('./migrations/002-access-log-by-kind.sql'),
];

export interface OpenedDatabase {
  db: Db;
  /** True when the file was created (or was empty) and migration 1 just ran: time to seed. */
  created: boolean;
}

/** Opens (creating if needed) `<dataDir>/register.sqlite` in WAL mode and migrates it. */
export function openDatabase(dataDir: string): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, 'register.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > migrations.length) {
    db.close();
    throw new Error(`database schema version ${from} is newer than this server (${migrations.length})`);
  }
  for (let version = from; version < migrations.length; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  db.pragma('optimize');
  return { db, created: from === 0 };
}
