/**
 * A8 and every `idempotent: true` operation: same key + same body → the first answer, byte for
 * byte, and never a second change or document; same key + other body → 422; keys are per person.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AbmeldungOptions, Session } from '@vois-online/client';
import { AGS, api, expectProblem, key, login, personIdOf, sqlOf, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.close());

const count = async (sql: string, ...args: unknown[]) => Number((await sqlOf(t).get<{ n: number }>(sql, args))!.n);
const docs = async (persona: string, type: string) => count('SELECT count(*) AS n FROM documents WHERE person_id = $1 AND type = $2', await personIdOf(t, persona), type);

async function abmeldungBody(session: Session) {
  const options = (await (await api(t.url, session, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
  return { residenceId: options.residences[0]!.id, moveOutDate: options.today, childIds: [] as string[] };
}

describe('idempotency (A8)', () => {
  test('10 concurrent identical deregistrations: one change, one document, ten identical answers', async () => {
    const s = await login(t.url, 'nur-nebenwohnung', AGS.erkner);
    const body = await abmeldungBody(s);
    const k = key();
    const responses = await Promise.all(Array.from({ length: 10 }, () => api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body })));
    assert.deepEqual(responses.map((r) => r.status), Array(10).fill(200));
    const texts = await Promise.all(responses.map((r) => r.text()));
    assert.equal(new Set(texts).size, 1, 'byte-identical answers');
    assert.equal(responses.filter((r) => r.headers.get('Idempotent-Replayed') === 'true').length, 9);
    assert.equal(await count('SELECT count(*) AS n FROM abmeldungen WHERE person_id = $1', await personIdOf(t, 'nur-nebenwohnung')), 1);
    assert.equal(await docs('nur-nebenwohnung', 'MELDEBESTAETIGUNG'), 1);
    // Later replays (a retry after a network error) get the same bytes and the same PDF.
    const again = await api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
    assert.equal(await again.text(), texts[0]);
    const { document } = JSON.parse(texts[0]!) as { document: { id: string } };
    const pdf1 = Buffer.from(await (await api(t.url, s, `/v1/dokumente/${document.id}/pdf`)).arrayBuffer());
    const pdf2 = Buffer.from(await (await api(t.url, s, `/v1/dokumente/${document.id}/pdf`)).arrayBuffer());
    assert.ok(pdf1.equals(pdf2));
    // A new login (another tab) with the same key is the same person: same answer.
    const s2 = await login(t.url, 'nur-nebenwohnung', AGS.erkner);
    assert.equal(await (await api(t.url, s2, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body })).text(), texts[0]);
  });

  test('10 concurrent deregistrations with different keys: exactly one succeeds', async () => {
    const s = await login(t.url, 'zwei-nebenwohnungen', AGS.werder);
    const body = await abmeldungBody(s);
    const responses = await Promise.all(Array.from({ length: 10 }, () => api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: key(), json: body })));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(9).fill(403)]);
    // The first took effect today, so Werder holds no residence of his any more.
    for (const r of responses.filter((x) => x.status === 403)) assert.equal(((await r.json()) as { code: string }).code, 'C3_NOT_REGISTERED_HERE');
    assert.equal(await count('SELECT count(*) AS n FROM abmeldungen WHERE person_id = $1', await personIdOf(t, 'zwei-nebenwohnungen')), 1);
    assert.equal(await docs('zwei-nebenwohnungen', 'MELDEBESTAETIGUNG'), 1);
  });

  test('same key with a different body is refused (422); the first result stays', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    const k = key();
    const first = await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: k, json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.equal(first.status, 200);
    await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: k, json: { art: 'ERWEITERT', zusatzAngaben: ['GESCHLECHT'], keinSterbedatum: false } }), 422, 'IDEMPOTENCY_KEY_REUSED');
    // Key order and whitespace do not make a different body.
    const reordered = await fetch(`${t.url}/v1/meldebescheinigung`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${s.accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': k },
      body: '{ "keinSterbedatum": false, "zusatzAngaben": [], "art": "EINFACH" }',
    });
    assert.equal(await reordered.text(), await first.text());
  });

  test('concurrent certificates, receipts and self-disclosures with one key each make one document', async () => {
    const s = await login(t.url, 'doppelte-staatsangehoerigkeit', AGS.erkner);
    const calls = [
      ['/v1/meldebescheinigung', 'POST', { art: 'ERWEITERT', zusatzAngaben: ['STAATSANGEHOERIGKEITEN'], keinSterbedatum: false }, 'MELDEBESCHEINIGUNG'],
      ['/v1/uebermittlungssperren', 'PUT', { changes: [{ key: 'ADRESSBUCH', active: true }] }, 'SPERREN_QUITTUNG'],
      ['/v1/selbstauskunft/dokument', 'POST', undefined, 'SELBSTAUSKUNFT'],
    ] as const;
    for (const [path, method, json, type] of calls) {
      const k = key();
      const responses = await Promise.all(Array.from({ length: 5 }, () => api(t.url, s, path, { method, key: k, ...(json !== undefined && { json }) })));
      assert.deepEqual(responses.map((r) => r.status), Array(5).fill(200), path);
      assert.equal(new Set(await Promise.all(responses.map((r) => r.text()))).size, 1, path);
      assert.equal(await docs('doppelte-staatsangehoerigkeit', type), 1, type);
    }
  });

  test('someone else\'s key is just a different key', async () => {
    const a = await login(t.url, 'religion-familie', AGS.strausberg);
    const b = await login(t.url, 'doktor-ordensname', AGS.strausberg);
    const k = key();
    const ra = await api(t.url, a, '/v1/meldebescheinigung', { method: 'POST', key: k, json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    const rb = await api(t.url, b, '/v1/meldebescheinigung', { method: 'POST', key: k, json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.equal(ra.status, 200);
    assert.equal(rb.status, 200);
    const [ja, jb] = [(await ra.json()) as { person: { name: { familyName: string } }; document: { id: string } }, (await rb.json()) as { person: { name: { familyName: string } }; document: { id: string } }];
    assert.equal(ja.person.name.familyName, 'Krüger');
    assert.equal(jb.person.name.familyName, 'Albrecht', 'B never sees A\'s stored answer');
    assert.notEqual(ja.document.id, jb.document.id);
  });

  test('a mutation without (or with a malformed) Idempotency-Key is refused', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    const body = { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false };
    await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', json: body }), 400, 'BAD_REQUEST');
    await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: 'x y', json: body }), 400, 'BAD_REQUEST');
  });

  test('a refused request does not bind its key', async () => {
    const s = await login(t.url, 'familie', AGS.erkner);
    const body = await abmeldungBody(s);
    const k = key();
    await expectProblem(await api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: { ...body, moveOutDate: '2999-01-01' } }), 422, 'A3_MOVE_OUT_TOO_FAR_AHEAD');
    const ok = await api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: k, json: body });
    assert.equal(ok.status, 200);
  });
});
