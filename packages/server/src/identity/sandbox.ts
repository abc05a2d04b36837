import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { sha256Base64Url } from '../ids.ts';
import type { CodeGrant, IdentityProvider, PendingAuthorization } from './port.ts';

/** How long the persona picker stays valid after `authorize`. */
export const PENDING_TTL_MS = 10 * 60_000;
/** Replayed codes are remembered this long so that a replay also revokes the session it produced. */
const USED_CODE_MEMORY_MS = 10 * 60_000;
/** Upper bound of pending logins in memory (each costs < 1 kB); oldest are dropped first. */
const MAX_PENDING = 10_000;

interface CodeEntry extends CodeGrant {
  expiresAt: number;
}

/**
 * Sandbox identity provider: in-memory pending logins and one-time codes. Codes are stored
 * only as hashes; a code is deleted on first redemption whatever the outcome.
 */
export function createSandboxIdentityProvider(clock: Clock, codeTtlSeconds: number): IdentityProvider {
  const pending = new Map<string, PendingAuthorization>();
  const codes = new Map<string, CodeEntry>();
  const used = new Map<string, { at: number; sessionHashes: Set<string> }>();

  const sweep = () => {
    const now = clock.now();
    for (const [k, v] of pending) if (v.expiresAt <= now) pending.delete(k);
    for (const [k, v] of codes) if (v.expiresAt <= now) codes.delete(k);
    for (const [k, v] of used) if (v.at + USED_CODE_MEMORY_MS <= now) used.delete(k);
    while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
  };

  return {
    begin(request) {
      sweep();
      const entry: PendingAuthorization = {
        ...request,
        id: randomBytes(18).toString('base64url'),
        nonce: randomBytes(18).toString('base64url'),
        expiresAt: clock.now() + PENDING_TTL_MS,
      };
      pending.set(entry.id, entry);
      return entry;
    },

    pending(id) {
      const entry = pending.get(id);
      return entry && entry.expiresAt > clock.now() ? entry : undefined;
    },

    issueCode(id, identification) {
      const entry = pending.get(id)!;
      pending.delete(id);
      const code = randomBytes(32).toString('base64url');
      codes.set(sha256Base64Url(code), {
        identification,
        kommune: entry.kommune,
        redirectUri: entry.redirectUri,
        codeChallenge: entry.codeChallenge,
        expiresAt: clock.now() + codeTtlSeconds * 1000,
        sessionHashes: new Set(),
      });
      return code;
    },

    cancel(id) {
      const entry = pending.get(id);
      pending.delete(id);
      return entry;
    },

    redeemCode(code) {
      const hash = sha256Base64Url(code);
      const replay = used.get(hash);
      if (replay) return { status: 'replayed', sessionHashes: replay.sessionHashes };
      const entry = codes.get(hash);
      codes.delete(hash);
      if (!entry || entry.expiresAt <= clock.now()) return { status: 'unknown' };
      used.set(hash, { at: clock.now(), sessionHashes: entry.sessionHashes });
      const { expiresAt: _, ...grant } = entry;
      return { status: 'ok', grant };
    },
  };
}
