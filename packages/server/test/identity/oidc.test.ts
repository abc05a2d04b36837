/**
 * OpenID Connect adapter (openid-client) against an in-process oidc-provider: the whole login
 * through the server's HTTP endpoints, and one refusal per check with its own code and a log
 * line without personal data.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Session } from '@vois-online/client';
import { loadIdentityConfig } from '../../src/identity/config.ts';
import type { EidAttributes } from '../../src/identity/port.ts';
import type { LoginRefusalCode } from '../../src/identity/refusal.ts';
import { AGS, RETURN_URL, api, authorizeUrl, exchange, expectProblem, fragmentOf, newState, pkce, startTestServer, type TestServer } from '../helpers.ts';
import { freePort, startTestOp, type TestOp } from './oidc-op.ts';
import { seedData } from '../../src/db/personas.ts';

/** What a persona's ID card delivers (the seed's eID attributes); with a real login there is no persona picker to ask. */
const personaEid = (id: string) => seedData('2026-01-01').personas.find((p) => p.id === id)!.eid;

let op: TestOp;
let t: TestServer;
let person: EidAttributes;
let callbackPrefix: string;

before(async () => {
  const port = await freePort();
  callbackPrefix = `http://127.0.0.1:${port}/auth/oidc/callback`;
  op = await startTestOp(await freePort(), callbackPrefix);
  const problems: string[] = [];
  const identity = loadIdentityConfig(op.env(''), problems);
  assert.deepEqual(problems, []);
  t = await startTestServer({ port, identity });
  person = personaEid('standard');
  op.person = person;
});
after(async () => {
  await t?.close();
  await op?.close();
});
beforeEach(() => {
  op.mutateIdToken = undefined;
  op.acr = 'STORK-QAA-Level-4';
});

/** authorize → 303 to the provider (optionally tampered with on the way) → back at the callback. */
async function login(tamper: (url: URL) => void = () => {}) {
  const { verifier, challenge } = pkce();
  const state = newState();
  const res = await fetch(authorizeUrl(t.url, { kommune: AGS.strausberg, state, challenge }), { redirect: 'manual' });
  assert.equal(res.status, 303);
  const toOp = new URL(res.headers.get('Location')!);
  assert.equal(toOp.origin, op.issuer, 'authorize sends the browser to the OpenID provider');
  assert.equal(toOp.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(toOp.searchParams.get('nonce'));
  assert.equal(toOp.searchParams.get('acr_values'), 'STORK-QAA-Level-4');
  tamper(toOp);
  const callback = await op.browse(toOp.href, callbackPrefix);
  const back = await fetch(callback, { redirect: 'manual' });
  return { back, state, verifier, callback };
}

function assertLogsClean() {
  const personal = [person.familyName, ...person.givenNames.split(' '), person.placeOfResidence.street, person.dateOfBirth].filter((s) => s.length > 2);
  for (const line of t.logs) for (const value of personal) assert.ok(!line.includes(value), `log line carries personal data: ${line}`);
}

async function expectRefusal(res: Response, code: LoginRefusalCode) {
  const html = await res.text();
  assert.equal(res.status, 400, `${code}: ${res.status} ${html.slice(0, 300)}`);
  assert.ok(html.includes(code), `page names ${code}; log: ${t.logs.filter((l) => l.includes("refused")).at(-1)}`);
  assert.ok(t.logs.some((l) => l.startsWith(`login refused (oidc): ${code} `)), `log line for ${code}: ${t.logs.filter((l) => l.includes('refused')).join(' | ')}`);
  assertLogsClean();
}

describe('OpenID Connect login end to end', () => {
  test('authorize → provider → callback → #vois-code → token exchange → /v1/me', async () => {
    const { back, state, verifier } = await login();
    assert.equal(back.status, 303, await back.clone().text());
    const f = fragmentOf(back.headers.get('Location')!);
    assert.equal(f.get('vois-state'), state);
    const token = await exchange(t.url, { kommune: AGS.strausberg, code: f.get('vois-code'), codeVerifier: verifier, redirectUri: RETURN_URL });
    assert.equal(token.status, 200, await token.clone().text());
    const me = await api(t.url, (await token.json()) as Session, '/v1/me');
    assert.equal(me.status, 200);
    assert.equal(((await me.json()) as { name: { familyName: string } }).name.familyName, person.familyName);
    assert.ok(t.logs.includes('login identified (oidc): trust level hoch'));
    assertLogsClean();
  });

  test('acr too low (STORK-QAA-Level-3) → C1_TRUST_LEVEL_TOO_LOW at the token exchange', async () => {
    op.acr = 'STORK-QAA-Level-3';
    const { back, verifier } = await login();
    assert.equal(back.status, 303);
    const f = fragmentOf(back.headers.get('Location')!);
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code: f.get('vois-code'), codeVerifier: verifier, redirectUri: RETURN_URL }), 403, 'C1_TRUST_LEVEL_TOO_LOW');
  });

  test('cancelled at the provider → #vois-error=AUTH_CANCELLED', async () => {
    op.cancelNext = true;
    const { back, state } = await login();
    assert.equal(back.status, 303);
    const f = fragmentOf(back.headers.get('Location')!);
    assert.equal(f.get('vois-error'), 'AUTH_CANCELLED');
    assert.equal(f.get('vois-state'), state);
  });
});

describe('OpenID Connect refusals: one check, one code', () => {
  test('state that names no pending login → OIDC_STATE_MISMATCH', async () => {
    const { callback } = await login((url) => url.searchParams.set('state', 'forged-state-0123456789'));
    await expectRefusal(await fetch(callback, { redirect: 'manual' }), 'OIDC_STATE_MISMATCH');
  });

  test('nonce changed on the way to the provider → OIDC_NONCE_MISMATCH', async () => {
    const { back } = await login((url) => url.searchParams.set('nonce', 'another-nonce-0123456789'));
    await expectRefusal(back, 'OIDC_NONCE_MISMATCH');
  });

  test('PKCE mismatch (code_challenge changed on the way) → the provider refuses the code: OIDC_CODE_REFUSED', async () => {
    const { back } = await login((url) => url.searchParams.set('code_challenge', pkce().challenge));
    await expectRefusal(back, 'OIDC_CODE_REFUSED');
  });

  test('ID token from another issuer → OIDC_ISSUER_MISMATCH', async () => {
    op.mutateIdToken = (c) => ({ ...c, iss: 'https://evil.example' });
    await expectRefusal((await login()).back, 'OIDC_ISSUER_MISMATCH');
  });

  test('ID token for another client → OIDC_AUDIENCE_MISMATCH', async () => {
    op.mutateIdToken = (c) => ({ ...c, aud: 'another-client' });
    await expectRefusal((await login()).back, 'OIDC_AUDIENCE_MISMATCH');
  });

  test('expired ID token → OIDC_TOKEN_EXPIRED', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    op.mutateIdToken = (c) => ({ ...c, iat: past - 600, exp: past });
    await expectRefusal((await login()).back, 'OIDC_TOKEN_EXPIRED');
  });
});

describe('configuration', () => {
  test('an unreachable issuer stops the start naming VOIS_OIDC_ISSUER', async () => {
    const { createOidcAdapter } = await import('../../src/identity/oidc/oidc.ts');
    const closed = `http://127.0.0.1:${await freePort()}`;
    await assert.rejects(createOidcAdapter({ issuer: closed, clientId: 'x', clientSecret: 'y', acrValues: ['a'], scope: 'openid' }, t.url, Date.now), /VOIS_OIDC_ISSUER: discovery at .* failed/);
  });
});
