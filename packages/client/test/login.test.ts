/**
 * The login round trip in a real browser: real sessionStorage, real history.replaceState on
 * this test page, a scripted token endpoint.
 */
import { expect } from '@open-wc/testing';
import { AuthorizeQuery } from '../src/contract/index.ts';
import {
  LOGIN_MAX_AGE_MS,
  LOGIN_STORAGE_PREFIX,
  RuleError,
  beginLogin,
  completeLogin,
  createClient,
  createPkcePair,
  createState,
  s256,
  type LoginStorage,
  type VoisClient,
  type VoisError,
} from '../src/index.ts';
import * as fx from './support/fixtures.ts';
import './support/guard.ts';
import { json, offline, problem, scriptedFetch, type ScriptedFetch, type Step } from './support/scripted-fetch.ts';

const CODE = 'sandbox-code-0123456789abcdef';
const flow = { widget: 'vois-meldebescheinigung', step: 'auswahl', art: 'ERWEITERT' };
const pageUrl = location.href;

function setup(...steps: Step[]): { client: VoisClient; scripted: ScriptedFetch } {
  const scripted = scriptedFetch(...steps);
  return { client: createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch, timeoutMs: 200 }), scripted };
}

/** The browser coming back from the server's 303 with a fragment. */
function arrive(fragment: string): void {
  history.replaceState(history.state, '', `${returnUrl()}#${fragment}`);
}
const returnUrl = () => pageUrl.replace(/#.*$/, '');
const replaceUrl = (clean: string) => history.replaceState(history.state, '', clean);
const complete = (client: VoisClient, storage: LoginStorage = sessionStorage) =>
  completeLogin(client, { href: location.href, storage, replaceUrl });

async function begin(client: VoisClient): Promise<{ url: URL; state: string }> {
  const url = new URL(await beginLogin(client, { returnUrl: `${returnUrl()}#schritt-2`, storage: sessionStorage, flow }));
  return { url, state: url.searchParams.get('state')! };
}

async function refusal(promise: Promise<unknown>): Promise<VoisError> {
  const error = await promise.then(
    () => expect.fail('expected completeLogin to fail'),
    (e: unknown) => e as VoisError,
  );
  // Whatever went wrong, the one-time code is gone from the address bar.
  expect(location.hash).to.equal('');
  expect(location.href).not.to.contain('vois-');
  return error;
}

describe('PKCE and state', () => {
  it('S256 matches the RFC 7636 appendix B example', async () => {
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).to.equal('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('verifier: 43 base64url characters, fresh each time; challenge = S256(verifier)', async () => {
    const a = await createPkcePair();
    const b = await createPkcePair();
    expect(a.verifier).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(a.verifier).not.to.equal(b.verifier);
    expect(a.challenge).to.equal(await s256(a.verifier));
  });

  it('state: at least 22 base64url characters, fresh each time', () => {
    const a = createState();
    expect(a).to.match(/^[A-Za-z0-9_-]{22,}$/);
    expect(a).not.to.equal(createState());
  });
});

describe('login round trip', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    history.replaceState(history.state, '', pageUrl);
    sessionStorage.clear();
  });

  it('beginLogin builds the authorize URL and stores the verifier under the state', async () => {
    const { client } = setup();
    const before = Date.now();
    const { url, state } = await begin(client);
    expect(url.origin + url.pathname).to.equal(`${fx.BASE}/v1/auth/authorize`);
    expect([...url.searchParams.keys()]).to.deep.equal(['kommune', 'state', 'code_challenge', 'code_challenge_method', 'redirect_uri']);
    const query = AuthorizeQuery.parse(Object.fromEntries(url.searchParams));
    expect(query.kommune).to.equal(fx.AGS);
    expect(query.redirect_uri).to.equal(returnUrl()); // without the fragment

    const entry = JSON.parse(sessionStorage.getItem(LOGIN_STORAGE_PREFIX + state)!);
    expect(Object.keys(entry)).to.have.members(['verifier', 'kommune', 'redirectUri', 'flow', 'createdAt']);
    expect(entry).to.include({ kommune: fx.AGS, redirectUri: returnUrl() });
    expect(entry.verifier).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(query.code_challenge).to.equal(await s256(entry.verifier));
    expect(entry.flow).to.deep.equal(flow);
    expect(entry.createdAt).to.be.within(before, Date.now());
  });


  it('beginLogin asks for the English login page only for an English widget', async () => {
    const { client } = setup();
    const en = new URL(await beginLogin(client, { returnUrl: returnUrl(), storage: sessionStorage, lang: 'en' }));
    expect(en.searchParams.get('lang')).to.equal('en');
    const de = new URL(await beginLogin(client, { returnUrl: returnUrl(), storage: sessionStorage, lang: 'de' }));
    expect(de.searchParams.has('lang')).to.equal(false);
  });
  it('completeLogin exchanges the code, sets the session, returns the flow, cleans up', async () => {
    const { client, scripted } = setup(json(fx.session));
    const { state } = await begin(client);
    const verifier = JSON.parse(sessionStorage.getItem(LOGIN_STORAGE_PREFIX + state)!).verifier;
    arrive(`vois-code=${CODE}&vois-state=${state}`);

    const result = await complete(client);
    expect(result).to.deep.equal({ session: fx.session, flow });
    expect(client.session).to.deep.equal(fx.session);
    expect(location.href).to.equal(returnUrl());
    expect(sessionStorage.getItem(LOGIN_STORAGE_PREFIX + state)).to.equal(null);
    expect(scripted.requests).to.have.length(1);
    expect(scripted.requests[0]).to.deep.include({
      method: 'POST',
      path: '/v1/auth/token',
      body: { kommune: fx.AGS, code: CODE, codeVerifier: verifier, redirectUri: returnUrl() },
    });
  });

  it('resolves null without a vois- fragment, leaving the URL alone', async () => {
    const { client, scripted } = setup();
    let replaced = 0;
    history.replaceState(history.state, '', `${returnUrl()}#inhalt`);
    expect(await completeLogin(client, { href: location.href, storage: sessionStorage, replaceUrl: () => replaced++ })).to.equal(null);
    expect(await completeLogin(client, { href: returnUrl(), storage: sessionStorage, replaceUrl: () => replaced++ })).to.equal(null);
    expect(replaced).to.equal(0);
    expect(location.hash).to.equal('#inhalt');
    expect(scripted.requests).to.have.length(0);
  });

  it('keeps a page anchor that shares the fragment', async () => {
    const { client } = setup(json(fx.session));
    const { state } = await begin(client);
    arrive(`top&vois-code=${CODE}&vois-state=${state}`);
    await complete(client);
    expect(location.hash).to.equal('#top');
  });

  it('a replayed state → AUTH_STATE_INVALID, no second exchange', async () => {
    const { client, scripted } = setup(json(fx.session));
    const { state } = await begin(client);
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    await complete(client);
    client.setSession(undefined);

    arrive(`vois-code=${CODE}&vois-state=${state}`);
    const error = await refusal(complete(client));
    expect(error).to.be.instanceOf(RuleError);
    expect(error).to.include({ kind: 'rule', code: 'AUTH_STATE_INVALID' });
    expect(scripted.requests).to.have.length(1);
    expect(client.session).to.equal(undefined);
  });

  it('a foreign state (never begun here) → AUTH_STATE_INVALID', async () => {
    const { client, scripted } = setup();
    await begin(client);
    arrive(`vois-code=${CODE}&vois-state=${createState()}`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_STATE_INVALID' });
    expect(scripted.requests).to.have.length(0);
  });

  it('a malformed or missing state → AUTH_STATE_INVALID', async () => {
    const { client } = setup();
    arrive(`vois-code=${CODE}&vois-state=x`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_STATE_INVALID' });
    arrive(`vois-code=${CODE}`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_STATE_INVALID' });
  });

  it('a state begun for another municipality → AUTH_STATE_INVALID', async () => {
    const { client: oranienburg } = setup();
    const other = createClient({ baseUrl: fx.BASE, kommune: '12065256', fetch: scriptedFetch().fetch });
    const { state } = await begin(other);
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    expect(await refusal(complete(oranienburg))).to.include({ code: 'AUTH_STATE_INVALID' });
  });

  it('an entry older than 10 minutes is ignored and removed → AUTH_STATE_INVALID', async () => {
    const { client, scripted } = setup();
    const { state } = await begin(client);
    const key = LOGIN_STORAGE_PREFIX + state;
    const entry = JSON.parse(sessionStorage.getItem(key)!);
    sessionStorage.setItem(key, JSON.stringify({ ...entry, createdAt: Date.now() - LOGIN_MAX_AGE_MS - 1000 }));
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_STATE_INVALID' });
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(scripted.requests).to.have.length(0);
  });

  it('beginLogin sweeps abandoned entries and leaves everything else alone', async () => {
    const { client } = setup();
    const fresh = { verifier: 'v'.repeat(43), kommune: fx.AGS, redirectUri: returnUrl(), flow: {}, createdAt: Date.now() - 60_000 };
    sessionStorage.setItem(`${LOGIN_STORAGE_PREFIX}old`, JSON.stringify({ ...fresh, createdAt: Date.now() - LOGIN_MAX_AGE_MS - 1 }));
    sessionStorage.setItem(`${LOGIN_STORAGE_PREFIX}junk`, '{not json');
    sessionStorage.setItem(`${LOGIN_STORAGE_PREFIX}recent`, JSON.stringify(fresh));
    sessionStorage.setItem('page-owned', 'keep');
    const { state } = await begin(client);
    expect(Object.keys(sessionStorage).sort()).to.deep.equal([`${LOGIN_STORAGE_PREFIX}recent`, LOGIN_STORAGE_PREFIX + state, 'page-owned'].sort());
  });

  it('a missing code verifier → AUTH_VERIFIER_MISSING', async () => {
    const { client, scripted } = setup();
    const { state } = await begin(client);
    const key = LOGIN_STORAGE_PREFIX + state;
    const { verifier: _, ...rest } = JSON.parse(sessionStorage.getItem(key)!);
    sessionStorage.setItem(key, JSON.stringify(rest));
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    expect(await refusal(complete(client))).to.include({ kind: 'rule', code: 'AUTH_VERIFIER_MISSING' });
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(scripted.requests).to.have.length(0);
  });

  it('vois-error=AUTH_CANCELLED → RuleError AUTH_CANCELLED, entry removed', async () => {
    const { client, scripted } = setup();
    const { state } = await begin(client);
    arrive(`vois-error=AUTH_CANCELLED&vois-state=${state}`);
    const error = await refusal(complete(client));
    expect(error).to.be.instanceOf(RuleError);
    expect(error).to.include({ code: 'AUTH_CANCELLED' });
    expect(sessionStorage.getItem(LOGIN_STORAGE_PREFIX + state)).to.equal(null);
    expect(scripted.requests).to.have.length(0);
    expect(client.session).to.equal(undefined);
  });

  it('an unknown vois-error → AUTH_CODE_INVALID', async () => {
    const { client } = setup();
    const { state } = await begin(client);
    arrive(`vois-error=SOMETHING_NEW&vois-state=${state}`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_CODE_INVALID' });
  });

  it('a missing or malformed code → AUTH_CODE_INVALID without a request', async () => {
    const { client, scripted } = setup();
    const { state } = await begin(client);
    arrive(`vois-code=%3Cscript%3E&vois-state=${state}`);
    expect(await refusal(complete(client))).to.include({ code: 'AUTH_CODE_INVALID' });
    expect(scripted.requests).to.have.length(0);
  });

  for (const [status, code] of [[403, 'C1_TRUST_LEVEL_TOO_LOW'], [403, 'C2_IDENTIFICATION_FAILED'], [400, 'AUTH_CODE_INVALID'], [400, 'AUTH_PKCE_MISMATCH']] as const) {
    it(`exchange refused with ${code} → RuleError, no session, URL and storage clean`, async () => {
      const { client } = setup(problem(status, code));
      const { state } = await begin(client);
      arrive(`vois-code=${CODE}&vois-state=${state}`);
      expect(await refusal(complete(client))).to.include({ kind: 'rule', code, status });
      expect(client.session).to.equal(undefined);
      expect(sessionStorage.getItem(LOGIN_STORAGE_PREFIX + state)).to.equal(null);
    });
  }

  it('exchange offline → NetworkError once (a code is never sent twice)', async () => {
    const { client, scripted } = setup(offline(), json(fx.session));
    const { state } = await begin(client);
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    expect(await refusal(complete(client))).to.include({ kind: 'network' });
    expect(scripted.requests).to.have.length(1);
  });

  it('exchange aborted by the caller → AbortedError', async () => {
    const { client } = setup(json(fx.session));
    const { state } = await begin(client);
    arrive(`vois-code=${CODE}&vois-state=${state}`);
    const signal = AbortSignal.abort();
    const error = await refusal(completeLogin(client, { href: location.href, storage: sessionStorage, replaceUrl, signal }));
    expect(error).to.include({ kind: 'aborted' });
  });

  it('works with a minimal storage that cannot be enumerated', async () => {
    const map = new Map<string, string>();
    const storage: LoginStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    };
    const { client } = setup(json(fx.session));
    const url = new URL(await beginLogin(client, { returnUrl: returnUrl(), storage }));
    arrive(`vois-code=${CODE}&vois-state=${url.searchParams.get('state')}`);
    expect(await complete(client, storage)).to.deep.equal({ session: fx.session, flow: {} });
    expect(map.size).to.equal(0);
  });
});
