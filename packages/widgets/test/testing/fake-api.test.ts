/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { KommuneConfig, PersonName, PartialDate, Residence, ZusatzAngabe } from '@vois-online/client/contract';
import {
  beginLogin,
  completeLogin,
  createClient,
  type LoginStorage,
  type VoisClient,
} from '@vois-online/client';
import { createFakeApi, kommunen, personas, type Fault, type FakeApi } from '../../src/testing/fake-api.ts';

function memoryStorage(): LoginStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

/** Logs a client in through the fake's authorize page, as the browser would. */
async function login(fake: FakeApi, persona = fake.persona): Promise<VoisClient> {
  const client = createClient({ baseUrl: fake.baseUrl, kommune: fake.kommune, fetch: fake.fetch, retries: 0, timeoutMs: 300 });
  const storage = memoryStorage();
  const url = await beginLogin(client, { returnUrl: 'https://www.example.de/seite', storage });
  const back = fake.authorize(url, { persona });
  await completeLogin(client, { href: back, storage, replaceUrl: () => undefined });
  return client;
}

describe('fake API', () => {
  it('canned data matches the contract schemas', () => {
    for (const k of Object.values(kommunen)) expect(KommuneConfig.safeParse(k).success, k.name).to.equal(true);
    for (const p of Object.values(personas)) {
      expect(PersonName.safeParse(p.name).success, p.id).to.equal(true);
      expect(PartialDate.safeParse(p.dateOfBirth).success, p.id).to.equal(true);
      for (const r of p.residences) expect(Residence.safeParse(r).success, `${p.id} ${r.id}`).to.equal(true);
      for (const key of Object.keys(p.zusatz)) expect(ZusatzAngabe.safeParse(key).success, key).to.equal(true);
    }
  });

  it('has the DIN 91379 and long-name personas', () => {
    expect(personas.din91379.name.familyName).to.equal('Żółkiewski-Nguyễn');
    expect(personas.din91379.name.givenNames[0]).to.equal('Łukasz');
    expect(personas['long-name'].name.givenNames).to.have.length(6);
    expect(personas['long-name'].dateOfBirth).to.equal('1950');
  });

  it('runs the whole Meldebescheinigung through a real client (answers parsed by the contract)', async () => {
    const fake = createFakeApi();
    const client = await login(fake);
    const me = await client.getMe();
    expect(me.name.familyName).to.equal('Schneider');
    const options = await client.getMeldebescheinigungOptions();
    expect(options.zusatzAngaben).to.have.length(14);
    const cert = await client.createMeldebescheinigung({
      body: { art: 'ERWEITERT', zusatzAngaben: ['GEBURTSORT'], keinSterbedatum: true },
      idempotencyKey: 'key-0001',
    });
    expect(cert.zusatzAngaben).to.deep.equal([{ key: 'GEBURTSORT', values: ['Frankfurt (Oder), Deutschland'] }]);
    const again = await client.createMeldebescheinigung({
      body: { art: 'ERWEITERT', zusatzAngaben: ['GEBURTSORT'], keinSterbedatum: true },
      idempotencyKey: 'key-0001',
    });
    expect(again.document.id).to.equal(cert.document.id);
    const pdf = await client.getDocumentPdf({ params: { id: cert.document.id } });
    expect(pdf.type).to.equal('application/pdf');
    expect(await pdf.text()).to.match(/^%PDF-/);
    const { expiresAt } = await client.extendSession();
    expect(Date.parse(expiresAt)).to.be.greaterThan(Date.now() + 14 * 60_000);
    await client.logout();
    expect(fake.state.sessions.size).to.equal(0);
  });

  it('refuses what the server would refuse', async () => {
    const fake = createFakeApi();
    const client = await login(fake);
    const fail = (p: Promise<unknown>) => p.then(() => expect.fail('should fail'), (e) => e.code);
    expect(await fail(client.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['MINDERJAEHRIGE_KINDER'], keinSterbedatum: false }, idempotencyKey: 'key-0002' }))).to.equal('M3_ITEM_NOT_AVAILABLE');
    await client.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false }, idempotencyKey: 'key-0003' });
    expect(await fail(client.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: true }, idempotencyKey: 'key-0004' }))).to.equal('BAD_REQUEST');
    expect(await fail(client.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['GESCHLECHT'], keinSterbedatum: false }, idempotencyKey: 'key-0003' }))).to.equal('IDEMPOTENCY_KEY_REUSED');
    expect(await fail(client.getKommune({ params: { ags: '99999999' } }))).to.equal('UNKNOWN_KOMMUNE');
    fake.expireSessions();
    expect(await fail(client.getMe())).to.equal('UNAUTHENTICATED');
    const m1 = await login(fake, 'secondary-only');
    const me = await m1.getMe();
    expect(me.services.find((s) => s.service === 'meldebescheinigung')).to.deep.equal({ service: 'meldebescheinigung', available: false, reason: 'M1_NOT_MAIN_RESIDENCE' });
  });

  it('login outcomes: cancel, low trust (C1), identification mismatch (C2), expired sessions', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 50 });
    const client = createClient({ baseUrl: fake.baseUrl, kommune: fake.kommune, fetch: fake.fetch, retries: 0 });
    const attempt = async (options: Parameters<FakeApi['authorize']>[1]) => {
      const storage = memoryStorage();
      const url = await beginLogin(client, { returnUrl: 'https://www.example.de/', storage });
      return completeLogin(client, { href: fake.authorize(url, options), storage, replaceUrl: () => undefined }).then(
        () => 'ok',
        (e) => e.code,
      );
    };
    expect(await attempt({ outcome: 'cancel' })).to.equal('AUTH_CANCELLED');
    expect(await attempt({ outcome: 'low-trust' })).to.equal('C1_TRUST_LEVEL_TOO_LOW');
    expect(await attempt({ persona: 'name-changed' })).to.equal('C2_IDENTIFICATION_FAILED');
    expect(await attempt({})).to.equal('ok');
    await new Promise((r) => setTimeout(r, 80));
    expect(await client.getMe().then(() => 'ok', (e) => e.code)).to.equal('SESSION_EXPIRED');
  });

  it('a code is single-use and bound to the PKCE verifier', async () => {
    const fake = createFakeApi();
    const client = createClient({ baseUrl: fake.baseUrl, kommune: fake.kommune, fetch: fake.fetch, retries: 0 });
    const storage = memoryStorage();
    const url = await beginLogin(client, { returnUrl: 'https://www.example.de/', storage });
    const back = new URL(fake.authorize(url));
    const code = new URLSearchParams(back.hash.slice(1)).get('vois-code')!;
    const body = { kommune: fake.kommune, code, codeVerifier: 'x'.repeat(43), redirectUri: 'https://www.example.de/' };
    expect(await client.exchangeCode({ body }).then(() => 'ok', (e) => e.code)).to.equal('AUTH_PKCE_MISMATCH');
    expect(await client.exchangeCode({ body }).then(() => 'ok', (e) => e.code)).to.equal('AUTH_CODE_INVALID');
  });

  it('every fault surfaces as the matching client error kind', async () => {
    const cases: [Fault, string, string][] = [
      ['network', 'network', 'NETWORK'],
      ['hang', 'timeout', 'TIMEOUT'],
      ['server-error', 'server', 'INTERNAL'],
      ['unavailable', 'server', 'SERVICE_UNAVAILABLE'],
      ['malformed-json', 'contract', 'CONTRACT'],
      ['wrong-shape', 'contract', 'CONTRACT'],
      ['session-expired', 'unauthorized', 'SESSION_EXPIRED'],
      [{ problem: 'C4_CLERK_REQUIRED' }, 'rule', 'C4_CLERK_REQUIRED'],
    ];
    for (const [fault, kind, code] of cases) {
      const fake = createFakeApi();
      const client = await login(fake);
      fake.fail('getMe', fault, { times: 1 });
      const error = await client.getMe().then(() => undefined, (e) => e);
      expect(error, JSON.stringify(fault)).to.include({ kind, code });
    }
  });

  it('records requests without keeping tokens', async () => {
    const fake = createFakeApi();
    const client = await login(fake);
    await client.getMe();
    const call = fake.calls('getMe')[0]!;
    expect(call).to.include({ method: 'GET', bearer: true });
    expect(JSON.stringify(fake.calls())).not.to.contain(client.session!.accessToken);
  });
});
