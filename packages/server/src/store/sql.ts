import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { SqlDatabase } from '../db/sql.ts';
import type { Sealer } from '../documents/index.ts';
import { createIdempotencyStore } from '../http/idempotency.ts';
import { createRateLimiter } from '../http/rate-limit.ts';
import { createLoginStore } from '../identity/logins.ts';
import { createSessionStore } from '../identity/sessions.ts';
import { createDocumentStore } from '../issuing/store.ts';
import type { Store } from './port.ts';

export interface SqlStoreOptions {
  clock: Clock;
  sealer: Sealer;
  publicUrl: string;
  sessionTtlSeconds: number;
  codeTtlSeconds: number;
  pendingLoginsPerClient: number;
  description: string;
}

/**
 * The store on a `SqlDatabase` (SQLite or PostgreSQL; tables in db/schema.sql + migrations,
 * db/postgres/). Client addresses are replaced by an HMAC with a random key kept in the
 * database (`meta.client_key`, shared by all instances), so neither logins nor rate-limit rows
 * hold an address.
 */
export async function createSqlStore(db: SqlDatabase, o: SqlStoreOptions): Promise<Store> {
  await db.run("INSERT INTO meta (key, value) VALUES ('client_key', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('base64url')]);
  const secret = (await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'client_key'"))!.value;
  const clientKey = (address: string) => createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22);
  const limiter = createRateLimiter(db, o.clock);
  let lastClaimSweep = 0;

  return {
    description: o.description,
    transaction: (fn) => db.transaction(fn),
    lockPerson: (personId) => db.lock(`vois:person:${personId}`),
    idempotency: createIdempotencyStore(db),
    documents: createDocumentStore(db, o.sealer, o.publicUrl),
    sessions: createSessionStore(db, o.clock, o.sessionTtlSeconds),
    logins: createLoginStore(db, o.clock, { codeTtlSeconds: o.codeTtlSeconds, pendingPerClient: o.pendingLoginsPerClient, clientKey }),
    async logAccess(e) {
      await db.run('INSERT INTO access_log (person_id, at, kind, service, recipient, categories, security_authority) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [e.personId, e.at, e.kind, e.service, e.recipient, e.categories.join(','), e.securityAuthority ? 1 : 0]);
    },
    rateLimit: (bucket, client, limit) => limiter(bucket, clientKey(client), limit),
    async claimOnce(key, expiresAt) {
      const now = o.clock.now();
      if (now - lastClaimSweep > 60_000) {
        lastClaimSweep = now;
        await db.run('DELETE FROM one_time_claims WHERE expires_at <= $1', [now]);
      }
      return db.transaction(async () => {
        // An expired claim may be taken again; the unique key decides between concurrent claimers.
        await db.run('DELETE FROM one_time_claims WHERE key = $1 AND expires_at <= $2', [key, now]);
        return (await db.run('INSERT INTO one_time_claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, expiresAt])) === 1;
      });
    },
    sql: db,
    async ping() {
      await db.get('SELECT 1 AS ok');
    },
    close: () => db.close(),
  };
}
