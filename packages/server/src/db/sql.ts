/**
 * The one seam between the server's SQL and a database engine. The store (store/sql.ts) and the
 * reference register (register/sql.ts) are written once against this interface and run on the
 * embedded SQLite file (db/database.ts) or on a shared PostgreSQL server (db/postgres.ts).
 *
 * SQL is written in the dialect both engines share: `$1 … $n` placeholders (translated for
 * SQLite), `ON CONFLICT … DO UPDATE/NOTHING`, `RETURNING`, qualified columns in upserts, numbers
 * for instants (ms since epoch, BIGINT on PostgreSQL, returned as JS numbers).
 */
export interface SqlDatabase {
  readonly engine: 'sqlite' | 'postgres';
  all<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(text: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Runs `fn` in one transaction; every statement issued while it runs (in the same async
   * context) joins it, also those of other modules on the same database. Nested calls join the
   * outer transaction. Rolled back when `fn` throws.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  inTransaction(): boolean;
  /**
   * Inside a transaction: waits until no other transaction holds `name`, and holds it until
   * commit or rollback — across every process on the database (PostgreSQL advisory lock;
   * SQLite writers are serialised by the file lock anyway).
   */
  lock(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The database cannot be reached (down, restarting, network). Answered 503 with Retry-After;
 * the transaction it interrupted is rolled back by the database, so nothing is half-applied.
 */
export class DatabaseUnavailable extends Error {
  override name = 'DatabaseUnavailable';
  constructor(cause?: unknown) {
    super('database unavailable', { cause });
  }
}
