import type { Config } from '../config.ts';
import type { ClaimOnce } from './claim-once.ts';
import type { IdentityProvider } from './port.ts';
import { createBundIdAdapter, type BundIdAdapter } from './saml/bundid.ts';
import { createOidcAdapter, type OidcAdapter } from './oidc/oidc.ts';

/**
 * The real login behind `GET /v1/auth/authorize` when `VOIS_IDENTITY` is not the sandbox: the
 * browser goes to the provider, comes back to the ACS (SAML) or callback (OIDC), and the
 * result enters the same pending-login / one-time-code path as the sandbox picker's choice.
 */
export type ExternalLogin = { kind: 'bundid'; bundid: BundIdAdapter } | { kind: 'oidc'; oidc: OidcAdapter };

export async function createExternalLogin(config: Config, deps: { identity: IdentityProvider; claimOnce: ClaimOnce; now: () => number }): Promise<ExternalLogin | undefined> {
  const id = config.identity;
  if (id.kind === 'bundid') {
    return {
      kind: 'bundid',
      bundid: createBundIdAdapter(id.bundid, config.publicUrl, { claimOnce: deps.claimOnce, isPending: (p) => deps.identity.pending(p) !== undefined, now: deps.now }),
    };
  }
  if (id.kind === 'oidc') return { kind: 'oidc', oidc: await createOidcAdapter(id.oidc, config.publicUrl, deps.now) };
  return undefined;
}
