import type { RateLimit } from '../config.ts';

/**
 * Fixed-window counter per (bucket, client address). In memory: good enough for one
 * process; a cluster would put this in a shared store. Returns the seconds to wait when over.
 */
export function createRateLimiter(now: () => number) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let lastSweep = 0;
  return (bucket: string, client: string, limit: RateLimit): number | undefined => {
    const t = now();
    if (t - lastSweep > 60_000) {
      lastSweep = t;
      for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
    }
    const key = `${bucket}\u0000${client}`;
    let w = windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + limit.windowSeconds * 1000 };
      windows.set(key, w);
    }
    w.count++;
    return w.count > limit.max ? Math.max(1, Math.ceil((w.resetAt - t) / 1000)) : undefined;
  };
}
