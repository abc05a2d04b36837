import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { SqlDatabase } from '../db/sql.ts';
import { sha256Base64Url } from '../ids.ts';
import type { SessionRecord, SessionStore } from './port.ts';

/** Expired sessions are remembered this long to answer SESSION_EXPIRED instead of UNAUTHENTICATED. */
const EXPIRED_MEMORY_MS = 60 * 60_000;
/** Extensions never stretch a session beyond this (or the TTL, if longer). */
const ABSOLUTE_MAX_MS = 2 * 60 * 60_000;

interface Row { person_id: string; kommune: string; created_at: number; expires_at: number }
const toRecord = (r: Row): SessionRecord => ({ personId: r.person_id, kommune: r.kommune, createdAt: r.created_at, expiresAt: r.expires_at });

/**
 * Opaque bearer tokens (256 bit) mapped to (person, municipality, expiry) in the store's
 * `sessions` table. Only the SHA-256 of a token is kept, so a copy of the database does not hand
 * out sessions. Expiry is decided from the stored instant, whichever instance asks.
 */
export function createSessionStore(db: SqlDatabase, clock: Clock, ttlSeconds: number): SessionStore {
  const ttl = ttlSeconds * 1000;
  const maxLifetime = Math.max(ABSOLUTE_MAX_MS, ttl);
  let lastSweep = 0;

  // At most once a minute per instance, by the indexed expiry: never a scan of live sessions.
  const sweep = async () => {
    const now = clock.now();
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    await db.run('DELETE FROM sessions WHERE expires_at <= $1', [now - EXPIRED_MEMORY_MS]);
  };

  const find = async (token: string) => {
    await sweep();
    const row = await db.get<Row>('SELECT person_id, kommune, created_at, expires_at FROM sessions WHERE token_hash = $1', [sha256Base64Url(token)]);
    if (!row) return 'unknown' as const;
    return row.expires_at <= clock.now() ? ('expired' as const) : toRecord(row);
  };

  return {
    async create(personId, kommune) {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const tokenHash = sha256Base64Url(token);
      await db.run('INSERT INTO sessions (token_hash, person_id, kommune, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [tokenHash, personId, kommune, now, now + ttl]);
      return { session: { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(now + ttl).toISOString() }, tokenHash };
    },
    lookup: find,
    async extend(token) {
      const now = clock.now();
      // One statement: the new expiry is computed from the stored row, whichever instance extends.
      const row = await db.get<Row>(
        `UPDATE sessions SET expires_at = CASE WHEN $2 < created_at + $3 THEN $2 ELSE created_at + $3 END
         WHERE token_hash = $1 AND expires_at > $4 RETURNING person_id, kommune, created_at, expires_at`,
        [sha256Base64Url(token), now + ttl, maxLifetime, now],
      );
      return row ? toRecord(row) : find(token);
    },
    async end(token) {
      await db.run('DELETE FROM sessions WHERE token_hash = $1', [sha256Base64Url(token)]);
    },
    async revoke(tokenHash) {
      await db.run('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
  };
}
