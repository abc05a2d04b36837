/**
 * "First use wins" for keys that must never be accepted twice (SAML assertion ids). In memory,
 * so it protects one instance only; the shared store (PostgreSQL/SQLite) provides the same
 * function for several instances and replaces this one where the app is wired.
 */
export type ClaimOnce = (key: string, expiresAt: number) => Promise<boolean>;

/** Upper bound of remembered keys (each < 200 bytes); entries leave when they expire. */
const MAX_KEYS = 100_000;

export function createMemoryClaimOnce(now: () => number): ClaimOnce {
  const claimed = new Map<string, number>();
  return async (key, expiresAt) => {
    const t = now();
    for (const [k, until] of claimed) {
      if (until > t && claimed.size < MAX_KEYS) break; // insertion order ≈ expiry order
      claimed.delete(k);
    }
    const until = claimed.get(key);
    if (until !== undefined && until > t) return false;
    claimed.set(key, expiresAt);
    return true;
  };
}
