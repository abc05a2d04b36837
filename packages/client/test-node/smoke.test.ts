/**
 * The client under Node (no DOM, no browser globals beyond what Node 20 has): a call, the
 * login round trip with an in-memory storage, typed errors, the user texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as client from '../src/index.ts';
import { PROBLEM_CODES, beginLogin, completeLogin, createClient, loadMessages, messageFor, problemMessages, type LoginStorage } from '../src/index.ts';
import * as fx from '../test/support/fixtures.ts';
import { hang, json, offline, problem, scriptedFetch } from '../test/support/scripted-fetch.ts';

function memoryStorage(): LoginStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}

describe('client under Node', () => {
  it('createClient calls and parses', async () => {
    const scripted = scriptedFetch(json(fx.kommune));
    const api = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    assert.deepEqual(await api.getKommune({ params: { ags: fx.AGS } }), fx.kommune);
    assert.equal(scripted.requests[0]?.url, `${fx.BASE}/v1/kommunen/${fx.AGS}`);
  });

  it('typed errors: rule, timeout, network', async () => {
    const scripted = scriptedFetch(problem(422, 'A3_MOVE_OUT_TOO_FAR_AHEAD'), hang(), offline());
    const api = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch, retries: 0, timeoutMs: 30 });
    api.setSession(fx.session);
    const body = { residenceId: 'res_second1', moveOutDate: '2027-01-01', childIds: [] };
    await assert.rejects(api.createAbmeldung({ body }), { name: 'RuleError', kind: 'rule', code: 'A3_MOVE_OUT_TOO_FAR_AHEAD' });
    await assert.rejects(api.getMe(), { name: 'TimeoutError', kind: 'timeout' });
    await assert.rejects(api.getMe(), { name: 'NetworkError', kind: 'network' });
  });

  it('login round trip with an in-memory storage', async () => {
    const storage = memoryStorage();
    const scripted = scriptedFetch(json(fx.session));
    const api = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    const url = new URL(await beginLogin(api, { returnUrl: 'https://www.strausberg.example/service#x', storage, flow: { step: 'auswahl' } }));
    const state = url.searchParams.get('state');
    let address = `https://www.strausberg.example/service#vois-code=sandbox-code-0123456789abcdef&vois-state=${state}`;
    const result = await completeLogin(api, { href: address, storage, replaceUrl: (clean) => (address = clean) });
    assert.deepEqual(result, { session: fx.session, flow: { step: 'auswahl' } });
    assert.equal(address, 'https://www.strausberg.example/service');
    assert.equal(api.session, result?.session);
    assert.equal(storage.map.size, 0);
  });

  it('the main entry does not carry the OpenAPI generator', () => {
    assert.equal('buildOpenApi' in client, false);
  });
});

describe('problemMessages', () => {
  const keys = [...PROBLEM_CODES, 'NETWORK', 'TIMEOUT', 'ABORTED', 'CONTRACT'].sort();

  // Runs first: what a German page has before anything asked for English.
  it('German is there at once; English only after loadMessages, with German meanwhile', async () => {
    assert.equal(problemMessages.en, undefined);
    assert.equal(messageFor({ code: 'TIMEOUT' }, 'en'), problemMessages.de.TIMEOUT);
    const first = loadMessages('en');
    assert.equal(loadMessages('en'), first, 'one fetch for every caller');
    const en = await first;
    assert.equal(problemMessages.en, en);
    assert.equal(messageFor({ code: 'TIMEOUT' }, 'en'), en.TIMEOUT);
    assert.notEqual(en.TIMEOUT.title, problemMessages.de.TIMEOUT.title);
    assert.equal(await loadMessages('de'), problemMessages.de);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`${locale}: a title and a text for every code, nothing else`, async () => {
      const texts = await loadMessages(locale);
      assert.deepEqual(Object.keys(texts).sort(), keys);
      for (const [code, { title, text }] of Object.entries(texts)) {
        assert.ok(title.length >= 5 && text.length >= 30, code);
        assert.ok(!/[A-Z]{2,}_[A-Z]/.test(title + text), `${code}: no machine codes in user text`);
        assert.match(text, /[.!]$/, `${code}: full sentences`);
      }
    });
  }

  it('C2 stays neutral and names the typical causes', () => {
    const { text } = problemMessages.de.C2_IDENTIFICATION_FAILED;
    assert.match(text, /nicht eindeutig zugeordnet/);
    assert.match(text, /Namen/);
    assert.match(text, /Umzug/);
    assert.doesNotMatch(text, /Melderegister|nicht gemeldet|nicht gefunden|verstorben/);
  });

  it('A3 tells the limit', async () => {
    assert.match(problemMessages.de.A3_MOVE_OUT_TOO_FAR_AHEAD.text, /höchstens 7 Tage in der Zukunft/);
    assert.match((await loadMessages('en')).A3_MOVE_OUT_TOO_FAR_AHEAD.text, /at most 7 days in the future/);
  });

  it('messageFor: by code, and INTERNAL for anything unknown', async () => {
    const en = await loadMessages('en');
    assert.equal(messageFor({ code: 'TIMEOUT' }, 'en'), en.TIMEOUT);
    assert.equal(messageFor(new TypeError('x')), problemMessages.de.INTERNAL);
    assert.equal(messageFor(null), problemMessages.de.INTERNAL);
    assert.equal(messageFor({ code: 'toString' }), problemMessages.de.INTERNAL);
    assert.equal(messageFor({ code: 'toString' }, 'en'), en.INTERNAL);
  });
});
