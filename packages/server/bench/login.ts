/**
 * Logs a test persona in through the real sandbox flow, as a browser would: authorize (PKCE) →
 * persona picker → form post → one-time code in the return URL's fragment → token exchange.
 * Setup only, not measured, so plain fetch is fine here.
 */
import { createHash, randomBytes } from 'node:crypto';

/** On the default allow-list (config.ts), like the demo pages. */
export const RETURN_URL = 'http://localhost:8080/demo/strausberg.html';

export async function loginPersona(base: string, persona: string, kommune: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(24).toString('base64url');
  const authorize = new URL('/v1/auth/authorize', base);
  authorize.search = new URLSearchParams({ kommune, state, code_challenge: challenge, code_challenge_method: 'S256', redirect_uri: RETURN_URL }).toString();

  const start = await fetch(authorize, { redirect: 'manual' });
  if (start.status !== 303) throw new Error(`authorize for ${persona}: ${start.status}`);
  const pickerUrl = new URL(start.headers.get('Location')!, base).href;
  const html = await (await fetch(pickerUrl)).text();
  const nonce = /name="nonce" value="([^"]+)"/.exec(html)?.[1];
  if (!nonce) throw new Error('persona picker without nonce');

  const picked = await fetch(pickerUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ nonce, action: 'login', persona }),
  });
  if (picked.status !== 303) throw new Error(`picker for ${persona}: ${picked.status}`);
  const fragment = new URLSearchParams(new URL(picked.headers.get('Location')!).hash.slice(1));
  if (fragment.get('vois-state') !== state) throw new Error('state mismatch');
  const code = fragment.get('vois-code');
  if (!code) throw new Error(`no code for ${persona}: ${fragment.get('vois-error')}`);

  const token = await fetch(new URL('/v1/auth/token', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kommune, code, codeVerifier: verifier, redirectUri: RETURN_URL }),
  });
  const body = (await token.json()) as { accessToken?: string; code?: string };
  if (token.status !== 200 || !body.accessToken) throw new Error(`token for ${persona}: ${token.status} ${body.code ?? ''}`);
  return body.accessToken;
}
