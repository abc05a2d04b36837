import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';
import { toEidAttributes } from '../eid-mapping.ts';
import type { Identification } from '../port.ts';
import { LoginRefusal } from '../refusal.ts';

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

export type OidcOutcome = { kind: 'identified'; identification: Identification } | { kind: 'cancelled'; error: string };

export interface OidcAdapter {
  /** Per-login secrets, kept with the pending login (`PendingAuthorization.extra`). */
  prepare(): { nonce: string; codeVerifier: string };
  /** Where the browser goes: code flow with PKCE (S256), nonce, the pending id as `state`, `acr_values`. */
  authorizationUrl(pendingId: string, extra: Record<string, string>): Promise<string>;
  /** Redeems the code of a callback whose `state` named this pending login. */
  complete(callbackUrl: URL, pendingId: string, extra: Record<string, string>): Promise<OidcOutcome>;
}

/**
 * OpenID Connect on `openid-client` (discovery, code + PKCE + nonce + state, ID token signature,
 * issuer, audience, expiry). The level of assurance is the `acr` of the ID token: only the
 * configured values for "hoch" count as "hoch" (C1). Claims are the standard ones (family_name,
 * given_name, birthdate, address), from the ID token and the userinfo endpoint.
 */
export async function createOidcAdapter(config: OidcConfig, publicUrl: string, now: () => number): Promise<OidcAdapter> {
  const redirectUri = `${publicUrl}${OIDC_CALLBACK_PATH}`;
  const issuer = new URL(config.issuer);
  let configuration: client.Configuration;
  try {
    configuration = await client.discovery(issuer, config.clientId, config.clientSecret, undefined, {
      // Plain http only for a provider on this machine (tests, a local broker); never across a network.
      ...(issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname) && { execute: [client.allowInsecureRequests] }),
      timeout: 10,
    });
  } catch (error) {
    throw new Error(`VOIS_OIDC_ISSUER: discovery at ${issuer.origin} failed (${(error as Error).message})`);
  }

  return {
    prepare: () => ({ nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() }),

    async authorizationUrl(pendingId, extra) {
      return client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: config.scope,
        response_type: 'code',
        state: pendingId,
        nonce: extra.nonce!,
        code_challenge: await client.calculatePKCECodeChallenge(extra.codeVerifier!),
        code_challenge_method: 'S256',
        acr_values: config.acrValues.join(' '),
      }).href;
    },

    async complete(callbackUrl, pendingId, extra) {
      const error = callbackUrl.searchParams.get('error');
      if (error) return { kind: 'cancelled', error };
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      let userinfo: Record<string, unknown> = {};
      try {
        tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: extra.codeVerifier,
          expectedNonce: extra.nonce,
          expectedState: pendingId,
          idTokenExpected: true,
        }, { redirect_uri: redirectUri });
        const sub = tokens.claims()!.sub;
        if (tokens.access_token && configuration.serverMetadata().userinfo_endpoint) userinfo = await client.fetchUserInfo(configuration, tokens.access_token, sub);
      } catch (e) {
        throw classify(e);
      }
      const claims = { ...userinfo, ...tokens.claims() } as Record<string, unknown>;
      const expires = Number(claims.exp) * 1000;
      // openid-client checks exp against the system clock; the server's clock is the authority here.
      if (!Number.isFinite(expires) || expires <= now()) throw new LoginRefusal('OIDC_TOKEN_EXPIRED');
      const address = (claims.address ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      const values = {
        familyName: str(claims.family_name),
        givenNames: str(claims.given_name),
        dateOfBirth: str(claims.birthdate),
        street: str(address.street_address),
        postalCode: str(address.postal_code),
        city: str(address.locality),
      };
      const missing = Object.entries(values).filter(([k, v]) => !v && k !== 'givenNames').map(([k]) => k);
      if (missing.length) throw new LoginRefusal('OIDC_CLAIM_MISSING', `missing: ${missing.join(', ')}`);
      const acr = str(claims.acr);
      return { kind: 'identified', identification: { attributes: toEidAttributes(values), trustLevel: config.acrValues.includes(acr) ? 'hoch' : 'substantiell' } };
    },
  };
}

/** openid-client / oauth4webapi error codes → one refusal each (pinned by the tests). */
function classify(error: unknown): LoginRefusal {
  // openid-client wraps oauth4webapi's errors; the failed claim sits somewhere down the cause chain.
  type Err = { code?: string; message?: string; error?: string; error_description?: string; claim?: string; cause?: unknown };
  const chain: Err[] = [];
  for (let e = error as Err | undefined; e && typeof e === 'object' && chain.length < 5; e = e.cause as Err | undefined) chain.push(e);
  const find = <K extends keyof Err>(key: K) => chain.map((e) => e[key]).find((v) => typeof v === 'string') as string | undefined;
  const code = find('code');
  const claim = find('claim');
  const message = chain.map((e) => e.message ?? '').join(' / ');
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    if (claim === 'nonce') return new LoginRefusal('OIDC_NONCE_MISMATCH');
    if (claim === 'iss') return new LoginRefusal('OIDC_ISSUER_MISMATCH');
    if (claim === 'aud' || claim === 'azp') return new LoginRefusal('OIDC_AUDIENCE_MISMATCH');
  }
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && claim === 'exp') return new LoginRefusal('OIDC_TOKEN_EXPIRED');
  if (code === 'OAUTH_INVALID_RESPONSE' && /"state"/.test(message)) return new LoginRefusal('OIDC_STATE_MISMATCH');
  if (code === 'OAUTH_INVALID_RESPONSE' && /"iss"/.test(message)) return new LoginRefusal('OIDC_ISSUER_MISMATCH', message.slice(0, 200));
  const oauthError = find('error');
  if (oauthError) {
    // We always send this login's own verifier, so invalid_grant means the code was not issued
    // for it (PKCE challenge changed, code injected) — or expired/used. Providers do not say which.
    if (oauthError === 'invalid_grant') return new LoginRefusal('OIDC_CODE_REFUSED', `invalid_grant ${find('error_description') ?? ''}`.trim().slice(0, 200));
    return new LoginRefusal('OIDC_CODE_REFUSED', `${oauthError} ${find('error_description') ?? ''}`.trim().slice(0, 200));
  }
  if (/fetch failed|ECONNREFUSED|timeout/i.test(message)) return new LoginRefusal('OIDC_PROVIDER_UNREACHABLE', message.slice(0, 200));
  return new LoginRefusal('OIDC_TOKEN_INVALID', `${code ?? ''} ${message}`.trim().slice(0, 200));
}
