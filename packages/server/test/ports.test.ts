/**
 * The production-shaped seams: sessions and logins in the store (restart, a second instance,
 * a login flood from many addresses), injected ports (register, identity), the register seam's
 * retry without doubling, and what is mounted only in a sandbox. Runs on SQLite and, in the
 * server-postgres suite, on PostgreSQL.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { AbmeldungOptions, Session } from '@vois-online/client';
import { createApp } from '../src/app.ts';
import { createClock } from '../src/clock.ts';
import { defaultConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { seedIfNew } from '../src/db/seed.ts';
import { DatabaseUnavailable } from '../src/db/sql.ts';
import { createPersonaDirectory } from '../src/identity/personas.ts';
import type { IdentityProvider } from '../src/identity/port.ts';
import { createSqlRegister } from '../src/register/sql.ts';
import type { Register } from '../src/register/port.ts';
import {
  AGS, api, authorizeUrl, choose, dropDatabase, ENGINE, exchange, expectProblem, freshDatabaseUrl, fragmentOf, key, login, newState, openPicker, personIdOf, pkce, RETURN_URL,
  sharedSealer, sharedTsa, sqlOf, startTestServer, type TestServer,
} from './helpers.ts';

const servers: TestServer[] = [];
after(async () => {
  for (const s of servers.reverse()) await s.close();
});
const start = async (...args: Parameters<typeof startTestServer>) => {
  const s = await startTestServer(...args);
  servers.push(s);
  return s;
};

async function abmeldungBody(base: string, session: Session) {
  const options = (await (await api(base, session, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
  return { residenceId: options.residences[0]!.id, moveOutDate: options.today, childIds: [] as string[] };
}

describe('store', () => {
  test(`the test servers of this suite run on ${ENGINE}`, async () => {
    const t = await start();
    assert.match(t.server.app.services.store.description, ENGINE === 'postgres' ? /^PostgreSQL / : /^SQLite /);
  });

  test('a restart keeps citizens logged in, and a login begun before it can be finished after it', async () => {
    const first = await startTestServer({}, { keepData: true });
    const session = await login(first.url, 'standard', AGS.strausberg);
    const picker = await openPicker(first.url, AGS.strausberg);
    await first.close();

    const second = await start({ dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl });
    assert.equal((await api(second.url, session, '/v1/me')).status, 200, 'the session survived the restart');
    // The picker URL names the old port; the pending login itself lives in the store.
    const pickerUrl = picker.pickerUrl.replace(first.url, second.url);
    const res = await choose(pickerUrl, { nonce: picker.nonce, action: 'login', persona: 'standard' });
    assert.equal(res.status, 303);
    const code = fragmentOf(res.headers.get('Location')!).get('vois-code')!;
    const token = await exchange(second.url, { kommune: AGS.strausberg, code, codeVerifier: picker.verifier, redirectUri: RETURN_URL });
    assert.equal(token.status, 200);
    // Logout is stored too: the token is gone for every instance.
    assert.equal((await api(second.url, session, '/v1/auth/logout', { method: 'POST' })).status, 204);
    assert.equal((await api(second.url, session, '/v1/me')).status, 401);
  });

  test('expiry is decided from the stored instant', async () => {
    const t = await start({ sessionTtlSeconds: 60 });
    const session = await login(t.url, 'standard', AGS.strausberg);
    t.advance(61_000);
    await expectProblem(await api(t.url, session, '/v1/me'), 401, 'SESSION_EXPIRED');
  });

  test('two instances on one database: a login started on one finishes on the other; duplicates across them make one change', async () => {
    const a = await start();
    const b = await start({ dataDir: a.config.dataDir, databaseUrl: a.config.databaseUrl }, { keepData: true });
    const picker = await openPicker(a.url, AGS.erkner);
    const chosen = await choose(picker.pickerUrl.replace(a.url, b.url), { nonce: picker.nonce, action: 'login', persona: 'nur-nebenwohnung' });
    const code = fragmentOf(chosen.headers.get('Location')!).get('vois-code')!;
    const token = await exchange(a.url, { kommune: AGS.erkner, code, codeVerifier: picker.verifier, redirectUri: RETURN_URL });
    assert.equal(token.status, 200);
    const stolen = (await token.json()) as Session;
    assert.equal((await api(b.url, stolen, '/v1/me')).status, 200, 'the session of A is valid on B');
    // The code was spent on A: B refuses it too, and the replay revokes what the first use produced.
    await expectProblem(await exchange(b.url, { kommune: AGS.erkner, code, codeVerifier: picker.verifier, redirectUri: RETURN_URL }), 400, 'AUTH_CODE_INVALID');
    assert.equal((await api(a.url, stolen, '/v1/me')).status, 401);

    const session = await login(b.url, 'nur-nebenwohnung', AGS.erkner);
    const body = await abmeldungBody(b.url, session);
    const k = key();
    const responses = await Promise.all([a, b, a, b, a, b].map((x) => api(x.url, session, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body })));
    assert.deepEqual(responses.map((r) => r.status), Array(6).fill(200));
    assert.equal(new Set(await Promise.all(responses.map((r) => r.text()))).size, 1, 'identical answers from both instances');
    const person = await personIdOf(a, 'nur-nebenwohnung');
    assert.equal(Number((await sqlOf(a).get<{ n: number }>('SELECT count(*) AS n FROM abmeldungen WHERE person_id = $1', [person]))!.n), 1);
    assert.equal(Number((await sqlOf(a).get<{ n: number }>("SELECT count(*) AS n FROM documents WHERE person_id = $1 AND type = 'MELDEBESTAETIGUNG'", [person]))!.n), 1);
  });

  test('claimOnce: true once per key until it expires, also under concurrency', async () => {
    const t = await start();
    const store = t.server.app.services.store;
    const now = Date.now();
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.claimOnce('saml:assertion-1', now + 60_000)));
    assert.deepEqual(claims.filter(Boolean).length, 1);
    assert.equal(await store.claimOnce('saml:assertion-2', now + 60_000), true);
    t.advance(61_000);
    assert.equal(await store.claimOnce('saml:assertion-1', Date.now() + 200_000), true, 'an expired claim can be taken again');
  });
});

/** Keep-alive connections, one pool per source address (the agent keys them by localAddress). */
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
after(() => agent.destroy());

/** GET with a given source address (127.0.0.0/8 is all loopback on Linux). */
function getFrom(localAddress: string, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
  });
}

describe('pending logins', () => {
  test('a login flood from 400 addresses leaves another person\'s pending login valid', async () => {
    const perAddress = 5;
    const t = await start({ pendingLoginsPerClient: perAddress, logRequests: false });
    const victim = await openPicker(t.url, AGS.strausberg);
    const addresses = Array.from({ length: 400 }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
    // Each address opens far more logins than its quota; 20 connections at a time.
    // 26 each: more than the old global cap of 10,000 in total, which evicted everyone's oldest.
    const jobs = addresses.flatMap((address) => Array.from({ length: 26 }, () => address));
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (next < jobs.length) {
        const address = jobs[next++]!;
        statuses.push(await getFrom(address, authorizeUrl(t.url, { kommune: AGS.strausberg, state: newState(), challenge: pkce().challenge })));
      }
    }));
    assert.deepEqual([...new Set(statuses)], [303], t.logs.filter((l) => l.startsWith('internal error')).join('; '));
    // Every flooding address holds its quota, no more; the victim's login is untouched.
    const perClient = await sqlOf(t).all<{ n: number }>('SELECT count(*) AS n FROM pending_logins GROUP BY client');
    assert.equal(perClient.length, 401);
    assert.ok(perClient.every((r) => Number(r.n) <= perAddress));
    const res = await choose(victim.pickerUrl, { nonce: victim.nonce, action: 'login', persona: 'standard' });
    assert.equal(res.status, 303, 'the victim can still finish the login');
    const code = fragmentOf(res.headers.get('Location')!).get('vois-code')!;
    assert.equal((await exchange(t.url, { kommune: AGS.strausberg, code, codeVerifier: victim.verifier, redirectUri: RETURN_URL })).status, 200);
  });

  test('one address over its quota loses only its own oldest login', async () => {
    const t = await start({ pendingLoginsPerClient: 3 });
    const pickers = [];
    for (let i = 0; i < 4; i++) pickers.push(await openPicker(t.url, AGS.strausberg));
    assert.equal((await fetch(pickers[0]!.pickerUrl)).status, 410, 'the oldest of this address is gone');
    for (const p of pickers.slice(1)) assert.equal((await fetch(p.pickerUrl)).status, 200);
  });

  test('the stored rows hold no client address', async () => {
    const t = await start();
    await openPicker(t.url, AGS.strausberg);
    const rows = await sqlOf(t).all<{ client: string }>('SELECT client FROM pending_logins');
    const limits = await sqlOf(t).all<{ client: string }>('SELECT client FROM rate_limits');
    for (const r of [...rows, ...limits]) assert.doesNotMatch(r.client, /127\.0\.0\.1|::1|local/);
  });
});

describe('ports', () => {
  test('an injected register sees the idempotency key; a change whose answer was lost is repeated without doubling', async () => {
    // The register in its own database, as a remote register would be: no shared transaction.
    const registerDir = mkdtempSync(join(tmpdir(), 'vois-register-'));
    const { db: registerDb } = openDatabase(registerDir);
    const clock = createClock();
    await seedIfNew(registerDb, clock.today());
    const reference = createSqlRegister(registerDb, clock);
    const keys: string[] = [];
    let loseNextAnswer = true;
    const register: Register = {
      ...reference,
      async deregister(input) {
        keys.push(input.idempotencyKey);
        const record = await reference.deregister(input);
        if (loseNextAnswer) {
          loseNextAnswer = false;
          throw new DatabaseUnavailable(new Error('answer lost on the way back'));
        }
        return record;
      },
    };
    const t = await start({}, { ports: { register, personas: createPersonaDirectory(registerDb, register) } });
    try {
      const session = await login(t.url, 'nur-nebenwohnung', AGS.erkner);
      const body = await abmeldungBody(t.url, session);
      const k = key();
      const lost = await api(t.url, session, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
      await expectProblem(lost, 503, 'SERVICE_UNAVAILABLE');
      assert.ok(lost.headers.get('Retry-After'));
      const retried = await api(t.url, session, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
      assert.equal(retried.status, 200, await retried.clone().text());
      assert.equal(keys.length, 2);
      assert.equal(keys[0], keys[1], 'the retry carries the same idempotency key');
      const person = (await registerDb.get<{ person_id: string }>("SELECT person_id FROM sandbox_personas WHERE id = 'nur-nebenwohnung'"))!.person_id;
      assert.equal(Number((await registerDb.get<{ n: number }>('SELECT count(*) AS n FROM abmeldungen WHERE person_id = $1', [person]))!.n), 1, 'one change in the register');
      assert.equal(Number((await sqlOf(t).get<{ n: number }>('SELECT count(*) AS n FROM documents WHERE person_id = $1', [person]))!.n), 1, 'one document in the store');
    } finally {
      await registerDb.close();
      rmSync(registerDir, { recursive: true, force: true });
    }
  });

  test('another identity provider: no persona picker; a real TSA configured: no /sandbox/tsa; no clock hook unless enabled', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vois-test-'));
    const databaseUrl = await freshDatabaseUrl();
    const sandbox = await createApp(defaultConfig({ dataDir, databaseUrl, logRequests: false }), { sealer: await sharedSealer(), sandboxTsa: await sharedTsa(), log: () => {} });
    const config = defaultConfig({ dataDir, databaseUrl, logRequests: false, tsaUrl: 'http://tsa.invalid/' });
    const stub: IdentityProvider = {
      ...sandbox.services.identity,
      kind: 'bundid-test',
      loginLocation: (pending) => `https://id.bund.example/saml?request=${pending.id}`,
    };
    const app = await createApp(config, { store: sandbox.services.store, register: sandbox.services.register, identity: stub, sealer: await sharedSealer(), log: () => {} });
    try {
      const authorize = await app.fetch(new Request(authorizeUrl('http://127.0.0.1:8787', { kommune: AGS.strausberg, state: newState(), challenge: pkce().challenge })));
      assert.equal(authorize.status, 303);
      assert.match(authorize.headers.get('Location')!, /^https:\/\/id\.bund\.example\/saml\?request=/);
      const id = /request=(.+)$/.exec(authorize.headers.get('Location')!)![1]!;
      assert.equal((await app.fetch(new Request(`http://127.0.0.1:8787/sandbox-eid/anmeldung/${id}`))).status, 404);
      assert.equal((await app.fetch(new Request('http://127.0.0.1:8787/sandbox/tsa', { method: 'POST' }))).status, 404);
      assert.equal((await app.fetch(new Request('http://127.0.0.1:8787/v1/sandbox/clock', { method: 'POST', body: '{}' }))).status, 404);
      // The sandbox app on the same store still has them.
      assert.equal((await sandbox.fetch(new Request(`http://127.0.0.1:8787/sandbox-eid/anmeldung/${id}`))).status, 200);
      assert.notEqual((await sandbox.fetch(new Request('http://127.0.0.1:8787/sandbox/tsa', { method: 'POST' }))).status, 404);
    } finally {
      await app.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(databaseUrl);
    }
  });
});
