/**
 * An in-process OpenID provider (`oidc-provider`, the certified implementation) standing in for a
 * Keycloak in front of BundID: code flow with PKCE required, the person's standard claims, `acr`
 * from the login. `mutateIdToken` turns it into a misbehaving provider for the refusal tests:
 * the ID token is changed and signed again with the provider's own key, so only the claim
 * check (not the signature) can catch it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { EidAttributes } from '../../src/identity/port.ts';

export const CLIENT_ID = 'vois-online';
export const CLIENT_SECRET = 'test-secret-0123456789abcdef';

export interface TestOp {
  issuer: string;
  env(serverUrl: string): Record<string, string>;
  /** The `acr` the next login gets. */
  acr: string;
  person?: EidAttributes;
  /** The next login is cancelled at the provider (error=access_denied). */
  cancelNext: boolean;
  /** Applied to every ID token the token endpoint returns, until reset to undefined. */
  mutateIdToken?: (claims: JWTPayload) => JWTPayload;
  /** Follows the browser through the provider (cookies included) until it leaves for `callbackPrefix`. */
  browse(authorizationUrl: string, callbackPrefix: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestOp(port: number, redirectUri: string): Promise<TestOp> {
  // oidc-provider is ESM without bundled types; a non-literal specifier keeps tsc from demanding them.
  const { default: Provider } = (await import('oidc-provider' as string)) as { default: new (issuer: string, config: Record<string, unknown>) => any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-op-1', alg: 'RS256', use: 'sig' };
  const signingKey = await importJWK(jwk, 'RS256');
  const issuer = `http://127.0.0.1:${port}`;

  const op: TestOp = {
    issuer,
    acr: 'STORK-QAA-Level-4',
    cancelNext: false,
    env: () => ({ VOIS_IDENTITY: 'oidc', VOIS_OIDC_ISSUER: issuer, VOIS_OIDC_CLIENT_ID: CLIENT_ID, VOIS_OIDC_CLIENT_SECRET: CLIENT_SECRET, VOIS_OIDC_ACR_VALUES: 'STORK-QAA-Level-4' }),
    async browse(url, callbackPrefix) {
      const cookies = new Map<string, string>();
      let next = url;
      for (let hop = 0; hop < 10; hop++) {
        if (next.startsWith(callbackPrefix)) return next;
        const res = await fetch(next, { redirect: 'manual', headers: { Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
        for (const c of res.headers.getSetCookie()) {
          const [pair] = c.split(';');
          const i = pair!.indexOf('=');
          cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
        }
        const location = res.headers.get('Location');
        if (!location) throw new Error(`test OP: no redirect from ${new URL(next).pathname} (${res.status}): ${(await res.text()).slice(0, 300)}`);
        next = new URL(location, next).href;
      }
      throw new Error('test OP: too many redirects');
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };

  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    acrValues: ['STORK-QAA-Level-4', 'STORK-QAA-Level-3'],
    claims: { openid: ['sub'], acr: null, profile: ['family_name', 'given_name', 'birthdate'], address: ['address'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['test-op-cookie-key'] },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // No consent screen: the grant covers what the client asks for.
    loadExistingGrant: async (ctx: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile address');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => {
        const p = op.person!;
        return { sub, family_name: p.familyName, given_name: p.givenNames, birthdate: p.dateOfBirth, address: { street_address: p.placeOfResidence.street, postal_code: p.placeOfResidence.postalCode, locality: p.placeOfResidence.city } };
      },
    }),
  });
  // The misbehaving provider: re-sign a changed ID token with the provider's own key.
  provider.use(async (ctx: { path: string; body: unknown }, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && op.mutateIdToken && body?.id_token) {
      const claims = op.mutateIdToken(decodeJwt(body.id_token));
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: jwk.kid!, typ: 'JWT' }).sign(signingKey);
    }
  });

  const callback = provider.callback();
  const server: Server = createServer(async (req, res) => {
    const interaction = /^\/interaction\/([^/?]+)/.exec(req.url ?? '');
    if (!interaction) return callback(req, res);
    try {
      await provider.interactionDetails(req, res);
      const result = op.cancelNext ? { error: 'access_denied', error_description: 'cancelled by the user' } : { login: { accountId: 'person-1', acr: op.acr } };
      op.cancelNext = false;
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return op;
}

/** A free loopback port (the OP and the server must know each other's URL before they start). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
