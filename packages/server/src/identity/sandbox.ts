import type { IdentityProvider, LoginStore } from './port.ts';

/** The persona picker (http/routes/sandbox.ts) — a stand-in for the BundID pages. */
export const LOGIN_PAGE_PATH = '/sandbox-eid/anmeldung';

/**
 * Sandbox identity provider: the stored login machinery (identity/logins.ts) plus a page where
 * a tester picks a persona instead of reading an ID card. Its routes are mounted only when this
 * provider is configured (`kind: 'sandbox'`).
 */
export function createSandboxIdentityProvider(logins: LoginStore): IdentityProvider {
  return {
    kind: 'sandbox',
    begin: (request, client) => logins.begin(request, client),
    pending: (id) => logins.pending(id),
    issueCode: (id, identification) => logins.issueCode(id, identification),
    cancel: (id) => logins.cancel(id),
    redeemCode: (code) => logins.redeemCode(code),
    bindSession: (codeHash, tokenHash) => logins.bindSession(codeHash, tokenHash),
    loginLocation: (pending, lang) => `${LOGIN_PAGE_PATH}/${pending.id}${lang ? `?lang=${lang}` : ''}`,
  };
}
