/**
 * Completing a login after the redirect back to the page. The return fragment
 * (`#vois-code=…&vois-state=…`) is consumed exactly once per page load, however many widgets
 * share the client (across copies of the library too: `pageShared`); the widget named in the
 * stored flow claims the result and resumes its step.
 */
import { completeLogin, type LoginResult, type LoginStorage, type VoisClient } from '@vois-online/client';
import { pageShared } from './page-shared.ts';

export interface PendingLogin {
  promise: Promise<LoginResult | null>;
  /** Set by the widget that took over the result (or the error), so no other widget repeats it. */
  claimed: boolean;
}

const pending = pageShared('pending-logins', () => new WeakMap<VoisClient, PendingLogin>());

/** True when the address carries a login answer for us. */
export const hasLoginReturn = (href: string) => /#(?:.*&)?vois-/.test(href);

/**
 * Starts completing the login when the address has a return fragment; otherwise returns the
 * completion started earlier on this page for this client (if any).
 */
export function pageLogin(client: VoisClient): PendingLogin | undefined {
  if (hasLoginReturn(location.href)) {
    const promise = completeLogin(client, {
      href: location.href,
      storage: loginStorage(),
      replaceUrl: (clean) => history.replaceState(history.state, '', clean),
    });
    // Errors are handled by whoever claims the result; never an unhandled rejection.
    promise.catch(() => undefined);
    const entry = { promise, claimed: false };
    pending.set(client, entry);
    return entry;
  }
  return pending.get(client);
}

/** Memory fallback when sessionStorage is unavailable (privacy mode, sandboxed frame). */
const memory = new Map<string, string>();
const memoryStorage: LoginStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

/** `sessionStorage`, or memory where it is blocked (the login then only survives without reload, i.e. not at all — but nothing throws). */
export function loginStorage(): LoginStorage {
  try {
    const s = window.sessionStorage;
    s.getItem('vois-probe');
    return s;
  } catch {
    return memoryStorage;
  }
}
