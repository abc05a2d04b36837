/**
 * Sandbox eID login round trip (shared-api.md), C1 and C2 at the token exchange, sessions.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { beginLogin, completeLogin, createClient, RuleError, UnauthorizedError, type LoginStorage, type Session } from '@vois-online/client';
import { AGS, RETURN_URL, api, choose, codeFor, exchange, expectProblem, fragmentOf, login, openPicker, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.close());

class MemoryStorage implements LoginStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
  get length() {
    return this.map.size;
  }
  key = (i: number) => [...this.map.keys()][i] ?? null;
}

describe('login round trip', () => {
  test('the real client (beginLogin → sandbox page → completeLogin) gets a session in Node', async () => {
    const client = createClient({ baseUrl: t.url, kommune: AGS.strausberg, retries: 0 });
    const storage = new MemoryStorage();
    const url = await beginLogin(client, { returnUrl: `${RETURN_URL}#schritt`, storage, flow: { widget: 'vois-meldebescheinigung', step: 'auswahl' } });
    const authorize = await fetch(url, { redirect: 'manual' });
    assert.equal(authorize.status, 303);
    const pickerUrl = new URL(authorize.headers.get('Location')!, t.url).href;
    assert.ok(!pickerUrl.includes('state='), 'the picker URL carries no login parameters');
    const html = await (await fetch(pickerUrl)).text();
    assert.match(html, /Testumgebung/);
    assert.match(html, /Anmeldung abbrechen/);
    assert.match(html, /Mit zu niedrigem Vertrauensniveau anmelden \(substantiell\)/);
    const nonce = /name="nonce" value="([^"]+)"/.exec(html)![1]!;
    const back = await choose(pickerUrl, { nonce, action: 'login', persona: 'standard' });
    assert.equal(back.status, 303);
    const location = back.headers.get('Location')!;
    assert.ok(location.startsWith(`${RETURN_URL}#vois-code=`), 'back to the return URL without its old fragment');
    let cleaned = '';
    const result = await completeLogin(client, { href: location, storage, replaceUrl: (u) => (cleaned = u) });
    assert.ok(result);
    assert.equal(cleaned, RETURN_URL);
    assert.deepEqual(result.flow, { widget: 'vois-meldebescheinigung', step: 'auswahl' });
    const me = await client.getMe();
    assert.equal(me.name.familyName, 'Mustermann');
    assert.equal(me.kommune.ags, AGS.strausberg);
    assert.deepEqual(me.services.filter((s) => !s.available), [{ service: 'abmeldung-nebenwohnung', available: false, reason: 'A1_NO_SECONDARY_RESIDENCE' }]);
    assert.equal(storage.length, 0, 'the login entry is gone after use');
  });

  test('cancel answers #vois-error=AUTH_CANCELLED with the state', async () => {
    const picker = await openPicker(t.url, AGS.strausberg);
    const res = await choose(picker.pickerUrl, { nonce: picker.nonce, action: 'cancel' });
    assert.equal(res.status, 303);
    const f = fragmentOf(res.headers.get('Location')!);
    assert.equal(f.get('vois-error'), 'AUTH_CANCELLED');
    assert.equal(f.get('vois-state'), picker.state);
    assert.equal(f.get('vois-code'), null);
    // The pending login is gone.
    assert.equal((await fetch(picker.pickerUrl)).status, 410);
  });

  test('the login form needs its nonce (CSRF) and a chosen persona', async () => {
    const picker = await openPicker(t.url, AGS.strausberg);
    assert.equal((await choose(picker.pickerUrl, { nonce: 'forged', action: 'login', persona: 'standard' })).status, 403);
    const foreign = await fetch(picker.pickerUrl, {
      method: 'POST', redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ nonce: picker.nonce, action: 'login', persona: 'standard' }),
    });
    assert.equal(foreign.status, 403, 'cross-site form posts are refused');
    const noPersona = await choose(picker.pickerUrl, { nonce: picker.nonce, action: 'login' });
    assert.equal(noPersona.status, 400);
    const html = await noPersona.text();
    assert.match(html, /class="error-summary" role="alert"/);
    assert.match(html, /<title>Fehler: /);
    // Still usable after the error.
    assert.equal((await choose(picker.pickerUrl, { nonce: picker.nonce, action: 'login', persona: 'standard' })).status, 303);
  });

  test('foreign return URL: 400 page, never a redirect', async () => {
    for (const redirectUri of ['https://evil.example/steal', 'http://localhost:8081/other-port', 'http://user:pw@localhost:8080/x', 'javascript:alert(1)']) {
      const res = await fetch(`${t.url}/v1/auth/authorize?${new URLSearchParams({ kommune: AGS.strausberg, state: 'a'.repeat(24), code_challenge: 'b'.repeat(43), code_challenge_method: 'S256', redirect_uri: redirectUri })}`, { redirect: 'manual' });
      assert.equal(res.status, 400, redirectUri);
      assert.equal(res.headers.get('Location'), null);
      assert.match(res.headers.get('Content-Type')!, /text\/html/);
      assert.match(await res.text(), /Rücksprungadresse nicht zugelassen/);
    }
  });

  test('invalid authorize parameters and unknown municipality: 400 page', async () => {
    const bad = await fetch(`${t.url}/v1/auth/authorize?kommune=${AGS.strausberg}&state=short`, { redirect: 'manual' });
    assert.equal(bad.status, 400);
    const unknown = await fetch(`${t.url}/v1/auth/authorize?${new URLSearchParams({ kommune: '99999999', state: 'a'.repeat(24), code_challenge: 'b'.repeat(43), code_challenge_method: 'S256', redirect_uri: RETURN_URL })}`, { redirect: 'manual' });
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /Unbekannte Kommune/);
  });

  test('the picker speaks English on request', async () => {
    const picker = await openPicker(t.url, AGS.strausberg);
    const en = await (await fetch(`${picker.pickerUrl}?lang=en`)).text();
    assert.match(en, /<html lang="en">/);
    assert.match(en, /Cancel login/);
    assert.match(en, /Test environment/);
  });
});

describe('token exchange', () => {
  test('a code works once; a replay fails and revokes the session it produced', async () => {
    const { code, verifier } = await codeFor(t.url, 'standard', AGS.strausberg);
    const body = { kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL };
    const first = await exchange(t.url, body);
    assert.equal(first.status, 200);
    const session = (await first.json()) as Session;
    assert.equal((await api(t.url, session, '/v1/me')).status, 200);
    await expectProblem(await exchange(t.url, body), 400, 'AUTH_CODE_INVALID');
    await expectProblem(await api(t.url, session, '/v1/me'), 401, 'UNAUTHENTICATED');
  });

  test('PKCE mismatch', async () => {
    const { code } = await codeFor(t.url, 'standard', AGS.strausberg);
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code, codeVerifier: 'x'.repeat(43), redirectUri: RETURN_URL }), 400, 'AUTH_PKCE_MISMATCH');
  });

  test('another redirect URI or municipality than at authorize', async () => {
    const a = await codeFor(t.url, 'standard', AGS.strausberg);
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code: a.code, codeVerifier: a.verifier, redirectUri: 'http://localhost:8080/other.html' }), 400, 'AUTH_REDIRECT_NOT_ALLOWED');
    const b = await codeFor(t.url, 'standard', AGS.strausberg);
    await expectProblem(await exchange(t.url, { kommune: AGS.erkner, code: b.code, codeVerifier: b.verifier, redirectUri: RETURN_URL }), 400, 'AUTH_CODE_INVALID');
  });

  test('an expired code (older than 60 s) is refused', async () => {
    const { code, verifier } = await codeFor(t.url, 'standard', AGS.strausberg);
    t.advance(61_000);
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL }), 400, 'AUTH_CODE_INVALID');
  });

  test('unknown code and malformed request', async () => {
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code: 'n'.repeat(43), codeVerifier: 'v'.repeat(43), redirectUri: RETURN_URL }), 400, 'AUTH_CODE_INVALID');
    const bad = await expectProblem(await exchange(t.url, { kommune: 'x', code: 'short' }), 400, 'BAD_REQUEST');
    assert.ok(bad.fields?.some((f) => f.pointer === '/kommune'));
    assert.ok(bad.fields?.some((f) => f.pointer === '/codeVerifier'));
  });

  test('C1: a login at level "substantiell" is refused', async () => {
    const { code, verifier } = await codeFor(t.url, 'standard', AGS.strausberg, 'low');
    await expectProblem(await exchange(t.url, { kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL }), 403, 'C1_TRUST_LEVEL_TOO_LOW');
  });

  test('C2: a name change not yet on the ID card fails identification, neutrally', async () => {
    const { code, verifier } = await codeFor(t.url, 'namensaenderung', AGS.werder);
    const problem = await expectProblem(await exchange(t.url, { kommune: AGS.werder, code, codeVerifier: verifier, redirectUri: RETURN_URL }), 403, 'C2_IDENTIFICATION_FAILED');
    assert.equal(JSON.stringify(problem).includes('Vogel'), false, 'the answer reveals nothing about the register');
  });

  test('C2/C7: the NFD eID attributes of Łukasz Żółkiewski-Nguyễn match after NFC', async () => {
    const client = createClient({ baseUrl: t.url, kommune: AGS.strausberg, retries: 0 });
    client.setSession(await login(t.url, 'din-91379', AGS.strausberg));
    const me = await client.getMe();
    assert.equal(me.name.familyName, 'Żółkiewski-Nguyễn');
    assert.equal(me.name.familyName, me.name.familyName.normalize('NFC'));
    assert.deepEqual(me.name.givenNames, ['Łukasz']);
  });

  test('C2: single-name person and a birth date known only to the year are identified', async () => {
    for (const [persona, kommune] of [['einname', AGS.oranienburg], ['geburtsjahr', AGS.premnitz], ['langer-name', AGS.werder]] as const) {
      await login(t.url, persona, kommune);
    }
  });
});

describe('sessions', () => {
  test('extend moves the expiry; logout ends the session', async () => {
    const client = createClient({ baseUrl: t.url, kommune: AGS.strausberg, retries: 0 });
    const session = await login(t.url, 'standard', AGS.strausberg);
    client.setSession(session);
    t.advance(5 * 60_000);
    const extended = await client.extendSession();
    assert.ok(Date.parse(extended.expiresAt) > Date.parse(session.expiresAt));
    await client.logout();
    await expectProblem(await api(t.url, session, '/v1/me'), 401, 'UNAUTHENTICATED');
  });

  test('an expired session answers SESSION_EXPIRED and cannot be extended', async () => {
    const session = await login(t.url, 'standard', AGS.strausberg);
    t.advance(15 * 60_000 + 1000);
    await expectProblem(await api(t.url, session, '/v1/me'), 401, 'SESSION_EXPIRED');
    await expectProblem(await api(t.url, session, '/v1/auth/session/extend', { method: 'POST' }), 401, 'SESSION_EXPIRED');
    const client = createClient({ baseUrl: t.url, kommune: AGS.strausberg, retries: 0 });
    client.setSession(session);
    await assert.rejects(client.getMe(), (e) => e instanceof UnauthorizedError && e.code === 'SESSION_EXPIRED');
    assert.equal(client.session, undefined, 'the client forgets the session on 401');
  });

  test('forged, malformed and missing tokens', async () => {
    await expectProblem(await api(t.url, 'A'.repeat(43), '/v1/me'), 401, 'UNAUTHENTICATED');
    await expectProblem(await fetch(`${t.url}/v1/me`, { headers: { Authorization: 'Basic Zm9vOmJhcg==' } }), 401, 'UNAUTHENTICATED');
    const res = await fetch(`${t.url}/v1/me`);
    await expectProblem(res, 401, 'UNAUTHENTICATED');
    assert.match(res.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
  });

  test('the client maps a refused login to RuleError', async () => {
    const { code, verifier } = await codeFor(t.url, 'standard', AGS.strausberg, 'low');
    const client = createClient({ baseUrl: t.url, kommune: AGS.strausberg, retries: 0 });
    await assert.rejects(client.exchangeCode({ body: { kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL } }), (e) => e instanceof RuleError && e.code === 'C1_TRUST_LEVEL_TOO_LOW');
  });
});
