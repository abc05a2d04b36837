import type { RateLimit } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { SqlDatabase } from '../db/sql.ts';

/**
 * Fixed-window counter per (bucket, client) in the store's `rate_limits` table, so that every
 * instance behind the load balancer counts together. One upsert per call; `client` is already
 * a keyed hash of the address. Returns the seconds to wait when over the limit.
 */
export function createRateLimiter(db: SqlDatabase, clock: Clock) {
  let lastSweep = 0;
  return async (bucket: string, client: string, limit: RateLimit): Promise<number | undefined> => {
    const t = clock.now();
    if (t - lastSweep > 60_000) {
      lastSweep = t;
      await db.run('DELETE FROM rate_limits WHERE reset_at <= $1', [t]);
    }
    const w = (await db.get<{ count: number; reset_at: number }>(
      `INSERT INTO rate_limits (bucket, client, reset_at, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (bucket, client) DO UPDATE SET
         count = CASE WHEN rate_limits.reset_at <= $4 THEN 1 ELSE rate_limits.count + 1 END,
         reset_at = CASE WHEN rate_limits.reset_at <= $4 THEN $3 ELSE rate_limits.reset_at END
       RETURNING count, reset_at`,
      [bucket, client, t + limit.windowSeconds * 1000, t],
    ))!;
    return w.count > limit.max ? Math.max(1, Math.ceil((w.reset_at - t) / 1000)) : undefined;
  };
}
