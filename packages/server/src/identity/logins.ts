import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { SqlDatabase } from '../db/sql.ts';
import { sha256Base64Url } from '../ids.ts';
import type { CodeGrant, Identification, LoginStore, PendingAuthorization } from './port.ts';

/** How long the login page stays valid after `authorize`. */
export const PENDING_TTL_MS = 10 * 60_000;
/** Spent codes are remembered this long so that a replay also revokes the session it produced. */
const USED_CODE_MEMORY_MS = 10 * 60_000;

interface PendingRow {
  id: string; nonce: string; kommune: string; state: string; code_challenge: string; redirect_uri: string; extra: string | null; expires_at: number;
}
const toPending = (r: PendingRow): PendingAuthorization => ({
  id: r.id, nonce: r.nonce, kommune: r.kommune, state: r.state, codeChallenge: r.code_challenge, redirectUri: r.redirect_uri, expiresAt: r.expires_at,
  ...(r.extra && { extra: JSON.parse(r.extra) as Record<string, string> }),
});

export interface LoginStoreOptions {
  codeTtlSeconds: number;
  /**
   * Open logins per client address. Beyond it the address's own oldest login is dropped — never
   * anyone else's (the old global FIFO cap let a flood evict other people's logins).
   */
  pendingPerClient: number;
  /** Keyed hash of a client address: the address itself is never stored. */
  clientKey: (address: string) => string;
}

/**
 * Pending logins and one-time codes in the store (`pending_logins`, `login_codes`). Codes are
 * stored only as hashes and spent by their first redemption, whatever the outcome. Every
 * query goes by primary key or by an index (client, expiry): no call scans all logins.
 */
export function createLoginStore(db: SqlDatabase, clock: Clock, options: LoginStoreOptions): LoginStore {
  let lastSweep = 0;
  const sweep = async () => {
    const now = clock.now();
    if (now - lastSweep < 60_000) return;
    lastSweep = now;
    await db.run('DELETE FROM pending_logins WHERE expires_at <= $1', [now]);
    await db.run('DELETE FROM login_codes WHERE expires_at <= $1', [now - USED_CODE_MEMORY_MS]);
  };
  const take = async (id: string) => {
    const row = await db.get<PendingRow>('DELETE FROM pending_logins WHERE id = $1 RETURNING *', [id]);
    return row && row.expires_at > clock.now() ? toPending(row) : undefined;
  };

  return {
    async begin(request, address) {
      await sweep();
      const client = options.clientKey(address);
      const now = clock.now();
      const entry: PendingAuthorization = {
        ...request,
        id: randomBytes(18).toString('base64url'),
        nonce: randomBytes(18).toString('base64url'),
        expiresAt: now + PENDING_TTL_MS,
      };
      await db.run(
        'INSERT INTO pending_logins (id, client, nonce, kommune, state, code_challenge, redirect_uri, extra, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        [entry.id, client, entry.nonce, entry.kommune, entry.state, entry.codeChallenge, entry.redirectUri, entry.extra ? JSON.stringify(entry.extra) : null, now, entry.expiresAt],
      );
      // Per-address quota: keep this address's newest, drop the rest (index client, created_at).
      // It touches only this address's rows, so concurrent calls (any instance) need no lock: at
      // worst both trim the same address to its quota. (LIMIT only because SQLite wants one with OFFSET.)
      await db.run(
        'DELETE FROM pending_logins WHERE id IN (SELECT id FROM pending_logins WHERE client = $1 ORDER BY created_at DESC, id DESC LIMIT 100000 OFFSET $2)',
        [client, options.pendingPerClient],
      );
      return entry;
    },

    async pending(id) {
      const row = await db.get<PendingRow>('SELECT * FROM pending_logins WHERE id = $1', [id]);
      return row && row.expires_at > clock.now() ? toPending(row) : undefined;
    },

    async issueCode(id, identification: Identification) {
      const entry = await take(id);
      if (!entry) return undefined;
      const code = randomBytes(32).toString('base64url');
      const grant: Omit<CodeGrant, 'codeHash'> = { identification, kommune: entry.kommune, redirectUri: entry.redirectUri, codeChallenge: entry.codeChallenge };
      await db.run('INSERT INTO login_codes (code_hash, grant_data, expires_at) VALUES ($1, $2, $3)', [sha256Base64Url(code), JSON.stringify(grant), clock.now() + options.codeTtlSeconds * 1000]);
      return code;
    },

    cancel: take,

    async redeemCode(code) {
      const hash = sha256Base64Url(code);
      const now = clock.now();
      // Spend it atomically: of two concurrent redemptions (on any instances) exactly one gets the row.
      const row = await db.get<{ grant_data: string; expires_at: number }>(
        'UPDATE login_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL RETURNING grant_data, expires_at', [hash, now]);
      if (row) {
        if (row.expires_at <= now) return { status: 'unknown' };
        return { status: 'ok', grant: { ...(JSON.parse(row.grant_data) as Omit<CodeGrant, 'codeHash'>), codeHash: hash } };
      }
      const spent = await db.get<{ session_hash: string | null; expires_at: number }>('SELECT session_hash, expires_at FROM login_codes WHERE code_hash = $1', [hash]);
      if (spent && spent.expires_at + USED_CODE_MEMORY_MS > now) return { status: 'replayed', sessionHashes: spent.session_hash ? [spent.session_hash] : [] };
      return { status: 'unknown' };
    },

    async bindSession(codeHash, tokenHash) {
      await db.run('UPDATE login_codes SET session_hash = $2 WHERE code_hash = $1', [codeHash, tokenHash]);
    },
  };
}
