import type { Config } from '../config.ts';
import type { IdentityProvider, LoginStore } from './port.ts';
import { createBundIdAdapter, type BundIdAdapter } from './saml/bundid.ts';
import { createOidcAdapter, type OidcAdapter } from './oidc/oidc.ts';

/**
 * The real login behind `GET /v1/auth/authorize` when `VOIS_IDENTITY` is not the sandbox: the
 * browser goes to the provider, comes back to the ACS (SAML) or callback (OIDC), and the
 * result enters the same pending-login / one-time-code path as the sandbox picker's choice.
 */
export type ExternalLogin = { kind: 'bundid'; bundid: BundIdAdapter } | { kind: 'oidc'; oidc: OidcAdapter };

export interface ExternalLoginDeps {
  identity: IdentityProvider;
  /** The store's "first use wins" (SAML assertion ids, across instances). */
  claimOnce: (key: string, expiresAt: number) => Promise<boolean>;
  now: () => number;
}

export async function createExternalLogin(config: Config, deps: ExternalLoginDeps): Promise<ExternalLogin | undefined> {
  const id = config.identity;
  if (id.kind === 'bundid') {
    return {
      kind: 'bundid',
      bundid: createBundIdAdapter(id.bundid, config.publicUrl, { claimOnce: deps.claimOnce, isPending: async (p) => (await deps.identity.pending(p)) !== undefined, now: deps.now }),
    };
  }
  if (id.kind === 'oidc') return { kind: 'oidc', oidc: await createOidcAdapter(id.oidc, config.publicUrl, deps.now) };
  return undefined;
}

/**
 * The stored login machinery under a real provider's name: with it no persona picker is
 * mounted, and `GET /v1/auth/authorize` starts the round trip through `startExternalLogin`
 * (http/routes/identity-providers.ts), which needs the provider's per-login secrets first.
 */
export function createExternalIdentityProvider(logins: LoginStore, kind: 'bundid' | 'oidc'): IdentityProvider {
  return {
    kind,
    begin: (request, client) => logins.begin(request, client),
    pending: (id) => logins.pending(id),
    issueCode: (id, identification) => logins.issueCode(id, identification),
    cancel: (id) => logins.cancel(id),
    redeemCode: (code) => logins.redeemCode(code),
    bindSession: (codeHash, tokenHash) => logins.bindSession(codeHash, tokenHash),
    loginLocation: () => {
      throw new Error(`the ${kind} login starts in startExternalLogin, not at a location of its own`);
    },
  };
}
