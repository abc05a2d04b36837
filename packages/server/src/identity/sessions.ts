import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { sha256Base64Url } from '../ids.ts';
import type { SessionRecord, SessionStore } from './port.ts';

/** Expired sessions are remembered this long to answer SESSION_EXPIRED instead of UNAUTHENTICATED. */
const EXPIRED_MEMORY_MS = 60 * 60_000;
/** Extensions never stretch a session beyond this (or the TTL, if longer). */
const ABSOLUTE_MAX_MS = 2 * 60 * 60_000;

/**
 * Opaque bearer tokens (256 bit) mapped server-side to (person, municipality, expiry). Only
 * the SHA-256 of a token is kept, so a memory dump does not hand out sessions.
 */
export function createSessionStore(clock: Clock, ttlSeconds: number): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const ttl = ttlSeconds * 1000;
  const maxLifetime = Math.max(ABSOLUTE_MAX_MS, ttl);
  let lastSweep = 0;

  const sweep = () => {
    const now = clock.now();
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    for (const [k, s] of sessions) if (s.expiresAt + EXPIRED_MEMORY_MS <= now) sessions.delete(k);
  };

  const find = (token: string) => {
    sweep();
    const record = sessions.get(sha256Base64Url(token));
    if (!record) return 'unknown' as const;
    return record.expiresAt <= clock.now() ? ('expired' as const) : record;
  };

  return {
    create(personId, kommune) {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const record: SessionRecord = { personId, kommune, createdAt: now, expiresAt: now + ttl };
      const tokenHash = sha256Base64Url(token);
      sessions.set(tokenHash, record);
      return { session: { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(record.expiresAt).toISOString() }, tokenHash };
    },
    lookup: find,
    extend(token) {
      const record = find(token);
      if (typeof record === 'string') return record;
      record.expiresAt = Math.min(clock.now() + ttl, record.createdAt + maxLifetime);
      return record;
    },
    end(token) {
      sessions.delete(sha256Base64Url(token));
    },
    revoke(tokenHash) {
      sessions.delete(tokenHash);
    },
  };
}
