import type { SqlDatabase } from '../db/sql.ts';
import type { RateLimit } from '../config.ts';
import type { LoginStore, SessionStore } from '../identity/port.ts';
import type { IdempotencyStore } from '../http/idempotency.ts';
import type { DocumentStore } from '../issuing/store.ts';
import type { AccessLogEntry } from '../register/types.ts';

/**
 * The operator's own database, separate in concept from the register: idempotency records,
 * issued documents, sessions, pending logins and one-time codes, the C6 access log of the
 * online services, and rate-limit counters. The reference implementation (store/sql.ts) runs on
 * SQLite (embedded default) or PostgreSQL (shared by several instances, `VOIS_DATABASE_URL`).
 *
 * What an implementation must guarantee (the server relies on it, not on one event loop):
 *  - `transaction` is a real transaction: every store call made inside it commits or rolls back
 *    together, and `lockPerson` excludes every other transaction that locks the same person,
 *    in every instance, until commit.
 *  - Idempotency records are unique per (person, operation, key).
 *  - Codes, claims and sessions are decided from the stored expiry, not a process's memory.
 *  - When the database is unreachable, calls reject with `DatabaseUnavailable` (db/sql.ts).
 */
export interface Store {
  /** For start-up output, e.g. "SQLite /srv/vois/register.sqlite" (never a password). */
  readonly description: string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Inside `transaction`: one change of this person at a time, across instances (A8). */
  lockPerson(personId: string): Promise<void>;
  idempotency: IdempotencyStore;
  documents: DocumentStore;
  sessions: SessionStore;
  logins: LoginStore;
  /** C6: one row per access of an online service; categories only, never values. */
  logAccess(entry: AccessLogEntry): Promise<void>;
  /** Fixed-window counter; resolves to the seconds to wait when `client` is over `limit`. */
  rateLimit(bucket: string, client: string, limit: RateLimit): Promise<number | undefined>;
  /**
   * True the first time `key` is claimed before `expiresAt` (ms); false for every later claim,
   * from any instance (unique key in the database). For one-time things: SAML assertion ids, …
   */
  claimOnce(key: string, expiresAt: number): Promise<boolean>;
  /**
   * The database itself when the reference register and the sandbox personas live in it too
   * (`createApp` then builds them on it); absent for a store elsewhere.
   */
  readonly sql?: SqlDatabase;
  /** Resolves when the database answers (health check for the load balancer). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
