/**
 * Business rules over HTTP: C3–C7, M1–M6, A1–A7, U1–U7, S1–S5 (A8 in idempotency.test.ts,
 * C1/C2 in login.test.ts). One server per file; tests touch disjoint personas or restore state.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Abmeldung, AbmeldungOptions, Meldebescheinigung, SperrenState, VoisClient } from '@vois-online/client';
import { addDays } from '../src/rules/dates.ts';
import { AGS, api, clientFor, expectProblem, key, login, personIdOf, rejectsWith, sqlOf, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.close());

const reasons = async (c: VoisClient) => Object.fromEntries((await c.getMe()).services.map((s) => [s.service, s.reason ?? 'OK']));
const documentContent = async (id: string) => JSON.parse((await sqlOf(t).get<{ content: string }>('SELECT content FROM documents WHERE id = $1', [id]))!.content) as {
  blocks: Array<{ kind: string; heading?: string; rows?: Array<[string, string]>; paragraphs?: string[] }>;
};

describe('C3–C6: who may use what', () => {
  test('C3: deceased and moved-abroad records are identified but every service is closed', async () => {
    const dead = await clientFor(t.url, 'verstorben', AGS.premnitz);
    assert.deepEqual(new Set(Object.values(await reasons(dead))), new Set(['C3_DECEASED']));
    await rejectsWith(dead.getSelbstauskunft(), 'C3_DECEASED', 403);
    const abroad = await clientFor(t.url, 'ausgewandert', AGS.werder);
    assert.deepEqual(new Set(Object.values(await reasons(abroad))), new Set(['C3_MOVED_ABROAD']));
    await rejectsWith(abroad.getMeldebescheinigungOptions(), 'C3_MOVED_ABROAD', 403);
  });

  test('C3: not registered with this municipality', async () => {
    const c = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.erkner);
    assert.deepEqual(new Set(Object.values(await reasons(c))), new Set(['C3_NOT_REGISTERED_HERE']));
    await rejectsWith(c.getSperren(), 'C3_NOT_REGISTERED_HERE', 403);
  });

  test('C4: adoption secrecy closes every service (clerk)', async () => {
    const c = await clientFor(t.url, 'adoptionsgeheimnis', AGS.oranienburg);
    assert.deepEqual(new Set(Object.values(await reasons(c))), new Set(['C4_CLERK_REQUIRED']));
    await rejectsWith(c.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } }), 'C4_CLERK_REQUIRED', 403);
  });

  test('C5: a person with an own Auskunftssperre may use the services', async () => {
    const c = await clientFor(t.url, 'auskunftssperre', AGS.wittenberge);
    assert.deepEqual(await reasons(c), { meldebescheinigung: 'OK', 'abmeldung-nebenwohnung': 'A1_NO_SECONDARY_RESIDENCE', uebermittlungssperren: 'OK', selbstauskunft: 'OK' });
  });

  test('C6: accesses are logged with service and categories, never names', async () => {
    const c = await clientFor(t.url, 'doppelte-staatsangehoerigkeit', AGS.erkner);
    await c.getMe();
    await c.getSelbstauskunft();
    const rows = await sqlOf(t).all<Record<string, string>>('SELECT * FROM access_log WHERE person_id = $1 ORDER BY id', [await personIdOf(t, 'doppelte-staatsangehoerigkeit')]);
    assert.deepEqual(rows.map((r) => r.service), ['anmeldung', 'anmeldung', 'selbstauskunft']);
    assert.match(rows[2]!.categories!, /NAMEN/);
    assert.ok(rows.every((r) => !JSON.stringify(r).includes('Martin') && !JSON.stringify(r).includes('Seestraße')));
  });

  test('C7: names beyond Latin-1 come back in NFC and render into the sealed PDF', async () => {
    const c = await clientFor(t.url, 'din-91379', AGS.strausberg);
    const cert = await c.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.equal(cert.person.name.familyName, 'Żółkiewski-Nguyễn'.normalize('NFC'));
    const pdf = new Uint8Array(await (await c.getDocumentPdf({ params: { id: cert.document.id } })).arrayBuffer());
    assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-');
    const verification = await c.verifyDocument({ params: { code: cert.document.verificationCode } });
    assert.equal(verification.holderInitials, 'Ł. Ż.');
  });
});

describe('Meldebescheinigung (M1–M6)', () => {
  test('M1: only at the main residence authority', async () => {
    const werder = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.werder);
    assert.equal((await reasons(werder)).meldebescheinigung, 'M1_NOT_MAIN_RESIDENCE');
    await rejectsWith(werder.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } }), 'M1_NOT_MAIN_RESIDENCE', 403);
    const berlin = await clientFor(t.url, 'nur-nebenwohnung', AGS.erkner);
    assert.equal((await reasons(berlin)).meldebescheinigung, 'M1_NOT_MAIN_RESIDENCE');
  });

  test('M2: always the caller\'s own record, whatever the body says', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    const res = await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false, personId: await personIdOf(t, 'religion-familie') } });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as Meldebescheinigung).person.name.familyName, 'Mustermann');
  });

  test('M3/M6: the basic certificate holds exactly name, given names, degree, birth date and all current addresses', async () => {
    const c = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.oranienburg);
    const cert = await c.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.deepEqual(cert.person, { name: { familyName: 'Richter', givenNames: ['Thomas', 'Michael'], givenNameInUse: 0 }, dateOfBirth: '1978-02-03' });
    assert.deepEqual(cert.residences.map((r) => [r.status, r.authority.name]), [['HAUPTWOHNUNG', 'Oranienburg'], ['NEBENWOHNUNG', 'Werder (Havel)'], ['NEBENWOHNUNG', 'Wittenberge']]);
    assert.deepEqual(cert.zusatzAngaben, []);
    const content = await documentContent(cert.document.id);
    const rows = content.blocks.flatMap((b) => b.rows ?? []);
    assert.deepEqual(rows.map(([label]) => label), ['Familienname', 'Vornamen', 'Geburtsdatum', 'Hauptwohnung', 'Nebenwohnung', 'Nebenwohnung']);
    assert.equal(rows[1]![1], 'Thomas Michael (Rufname: Thomas)');
    const text = JSON.stringify(content);
    assert.ok(!/Sperre|Sterbe|Religion|ledig/.test(text), 'no blocks, no death date, nothing extra');
  });

  test('M3: extended certificate with chosen items; unavailable items are refused', async () => {
    const c = await clientFor(t.url, 'doktor-ordensname', AGS.strausberg);
    const options = await c.getMeldebescheinigungOptions();
    const available = options.zusatzAngaben.filter((z) => z.available).map((z) => z.key);
    assert.ok(available.includes('ORDENS_KUENSTLERNAME'));
    assert.ok(!available.includes('GEBURTSNAME') && !available.includes('EHEGATTE'));
    const cert = await c.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['RELIGION', 'ORDENS_KUENSTLERNAME'], keinSterbedatum: true } });
    assert.deepEqual(cert.person.name.doctoralDegree, 'Dr.');
    assert.deepEqual(cert.zusatzAngaben, [
      { key: 'ORDENS_KUENSTLERNAME', values: ['Ordensname: Bruder Anselm', 'Künstlername: Jo Albatros'] },
      { key: 'RELIGION', values: ['römisch-katholisch'] },
    ]);
    assert.equal(cert.keinSterbedatum, true);
    const content = JSON.stringify(await documentContent(cert.document.id));
    assert.match(content, /Im Melderegister ist kein Sterbedatum gespeichert/);
    assert.match(content, /Doktorgrad/);

    const s = await login(t.url, 'doktor-ordensname', AGS.strausberg);
    const problem = await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'ERWEITERT', zusatzAngaben: ['RELIGION', 'GEBURTSNAME'], keinSterbedatum: false } }), 422, 'M3_ITEM_NOT_AVAILABLE');
    assert.deepEqual(problem.fields, [{ pointer: '/zusatzAngaben/1', code: 'M3_ITEM_NOT_AVAILABLE' }]);
    const basic = await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: ['RELIGION'], keinSterbedatum: true } }), 400, 'BAD_REQUEST');
    assert.deepEqual(basic.fields?.map((f) => f.pointer), ['/zusatzAngaben', '/keinSterbedatum']);
  });

  test('M4: a spouse with an Auskunftssperre is left out; one without is available', async () => {
    const daniel = await clientFor(t.url, 'ehegatte-ohne-sperre', AGS.wittenberge);
    const d = await daniel.getMeldebescheinigungOptions();
    assert.equal(d.zusatzAngaben.find((z) => z.key === 'EHEGATTE')?.available, false);
    await rejectsWith(daniel.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['EHEGATTE'], keinSterbedatum: false } }), 'M3_ITEM_NOT_AVAILABLE', 422);
    const miriam = await clientFor(t.url, 'auskunftssperre', AGS.wittenberge);
    const cert = await miriam.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['EHEGATTE', 'FAMILIENSTAND'], keinSterbedatum: false } });
    assert.deepEqual(cert.zusatzAngaben.map((z) => z.values[0]), ['verheiratet seit 23.05.2015', 'Wolff, Daniel Sebastian, geboren 14.04.1985']);
  });

  test('M3: minor children, long names and partial birth dates', async () => {
    const sabine = await clientFor(t.url, 'familie', AGS.erkner);
    const cert = await sabine.createMeldebescheinigung({ body: { art: 'ERWEITERT', zusatzAngaben: ['MINDERJAEHRIGE_KINDER', 'FRUEHERE_NAMEN'], keinSterbedatum: false } });
    assert.equal(cert.zusatzAngaben.find((z) => z.key === 'MINDERJAEHRIGE_KINDER')!.values.length, 2);
    const long = await clientFor(t.url, 'langer-name', AGS.werder);
    const lc = await long.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.equal(lc.person.name.givenNames.length, 6);
    assert.match((await documentContent(lc.document.id)).blocks[0]!.rows![1]![1], /\(Rufname: Viktoria\)$/);
    const year = await clientFor(t.url, 'geburtsjahr', AGS.premnitz);
    const yc = await year.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.equal(yc.person.dateOfBirth, '1990');
    assert.equal((await documentContent(yc.document.id)).blocks[0]!.rows!.find(([l]) => l === 'Geburtsdatum')![1], '1990 (Tag und Monat nicht bekannt)');
    const single = await clientFor(t.url, 'einname', AGS.oranienburg);
    const sc = await single.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.deepEqual(sc.person.name.givenNames, []);
  });

  test('M5: sealed PDF with number and a verification code anyone can check', async () => {
    const c = await clientFor(t.url, 'religion-familie', AGS.strausberg);
    const cert = await c.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    assert.match(cert.document.number, /^MB-\d{4}-\d{6}$/);
    assert.equal(cert.document.verificationUrl, `${t.url}/pruefung/${cert.document.verificationCode}`);
    assert.deepEqual(cert.document.issuer, { ags: AGS.strausberg, name: 'Stadt Strausberg' });
    const pdf = new Uint8Array(await (await c.getDocumentPdf({ params: { id: cert.document.id } })).arrayBuffer());
    const v = await (await fetch(`${t.url}/v1/pruefung/${cert.document.verificationCode}`)).json();
    assert.deepEqual(v, {
      valid: true, type: 'MELDEBESCHEINIGUNG', number: cert.document.number, issuedAt: cert.document.issuedAt, issuer: cert.document.issuer,
      holderInitials: 'S. K.', sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const page = await fetch(cert.document.verificationUrl);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Das Dokument ist echt/);
    assert.match(html, new RegExp(cert.document.number));
    assert.ok(!html.includes('Krüger'), 'no names on the public page');
    await expectProblem(await fetch(`${t.url}/v1/pruefung/AAAA-BBBB-CCCC`), 404, 'VERIFICATION_NOT_FOUND');
    assert.equal((await fetch(`${t.url}/pruefung?code=aaaa bbbb cccc`)).status, 404);
    assert.equal((await fetch(`${t.url}/pruefung?code=nonsense`)).status, 400);
    assert.equal((await fetch(`${t.url}/pruefung`)).status, 200);
  });
});

describe('Abmeldung einer Nebenwohnung (A1–A7)', () => {
  test('A1: nothing to deregister without a secondary residence; the main residence is never accepted', async () => {
    const erika = await clientFor(t.url, 'standard', AGS.strausberg);
    await rejectsWith(erika.getAbmeldungOptions(), 'A1_NO_SECONDARY_RESIDENCE', 403);
    const thomas = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.oranienburg);
    const cert = await thomas.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    const main = cert.residences.find((r) => r.status === 'HAUPTWOHNUNG')!;
    const options = await thomas.getAbmeldungOptions();
    assert.ok(!options.residences.some((r) => r.id === main.id));
    await rejectsWith(thomas.createAbmeldung({ body: { residenceId: main.id, moveOutDate: options.today, childIds: [] } }), 'A1_NOT_A_SECONDARY_RESIDENCE', 422);
  });

  test('A2: at the secondary residence\'s authority only that one; at the main residence\'s all', async () => {
    const oranienburg = await (await clientFor(t.url, 'zwei-nebenwohnungen', AGS.oranienburg)).getAbmeldungOptions();
    assert.deepEqual(oranienburg.residences.map((r) => r.authority.name), ['Werder (Havel)', 'Wittenberge']);
    const werder = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.werder);
    const w = await werder.getAbmeldungOptions();
    assert.deepEqual(w.residences.map((r) => r.authority.name), ['Werder (Havel)']);
    const wittenbergeId = oranienburg.residences.find((r) => r.authority.name === 'Wittenberge')!.id;
    await rejectsWith(werder.createAbmeldung({ body: { residenceId: wittenbergeId, moveOutDate: w.today, childIds: [] } }), 'A2_WRONG_AUTHORITY', 422);
    // Main residence elsewhere (Berlin): the secondary residence's authority may deregister it.
    const markus = await (await clientFor(t.url, 'nur-nebenwohnung', AGS.erkner)).getAbmeldungOptions();
    assert.deepEqual(markus.residences.map((r) => r.authority.name), ['Erkner']);
  });

  test('A3: at most 7 days ahead, not before moving in; late is noted but processed', async () => {
    const s = await login(t.url, 'nur-nebenwohnung', AGS.erkner);
    const options = (await (await api(t.url, s, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
    assert.equal(options.latestMoveOutDate, addDays(options.today, 7));
    const residenceId = options.residences[0]!.id;
    const post = (moveOutDate: string) => api(t.url, s, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: key(), json: { residenceId, moveOutDate, childIds: [] } });
    const ahead = await expectProblem(await post(addDays(options.today, 8)), 422, 'A3_MOVE_OUT_TOO_FAR_AHEAD');
    assert.deepEqual(ahead.fields, [{ pointer: '/moveOutDate', code: 'A3_MOVE_OUT_TOO_FAR_AHEAD' }]);
    await expectProblem(await post('2021-03-31'), 422, 'A3_MOVE_OUT_BEFORE_MOVE_IN');
    const late = await post(addDays(options.today, -20));
    assert.equal(late.status, 200);
    const result = (await late.json()) as Abmeldung;
    assert.equal(result.late, true);
    assert.equal(result.state, 'WIRKSAM');
    assert.equal(result.registeredOn, options.today);
  });

  test('A4: a future date is pending until its day, then takes effect on read', async () => {
    const thomas = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.werder);
    const options = await thomas.getAbmeldungOptions();
    const moveOut = addDays(options.today, 7);
    const result = await thomas.createAbmeldung({ body: { residenceId: options.residences[0]!.id, moveOutDate: moveOut, childIds: [] } });
    assert.equal(result.state, 'VORGEMERKT');
    assert.equal(result.late, false);
    assert.match(JSON.stringify(await documentContent(result.document.id)), /vorgemerkt/);
    // Pending: still a current address, but not offered again.
    const home = await clientFor(t.url, 'zwei-nebenwohnungen', AGS.oranienburg);
    assert.equal((await home.getAbmeldungOptions()).residences.length, 1);
    assert.equal((await home.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } })).residences.length, 3);
    // In Werder only the Wittenberge residence is left, which Werder may not deregister (A2).
    assert.equal((await reasons(thomas))['abmeldung-nebenwohnung'], 'A2_WRONG_AUTHORITY');
    await rejectsWith(thomas.createAbmeldung({ body: { residenceId: options.residences[0]!.id, moveOutDate: options.today, childIds: [] } }), 'A2_WRONG_AUTHORITY', 403);
    try {
      await t.setToday(moveOut);
      const cert = await home.createMeldebescheinigung({ body: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
      assert.deepEqual(cert.residences.map((r) => r.authority.name), ['Oranienburg', 'Wittenberge']);
      const state = (await sqlOf(t).get<{ state: string }>('SELECT state FROM abmeldungen WHERE id = $1', [result.id]))!;
      assert.equal(state.state, 'WIRKSAM');
      const auskunft = await home.getSelbstauskunft();
      const former = auskunft.groups.find((g) => g.group === 'FRUEHERE_ANSCHRIFTEN')!.entries;
      assert.ok(former.some((e) => e.value.includes('Am Plessower See') && e.validTo === moveOut));
      // Werder no longer holds a residence of his: C3 there.
      assert.equal((await reasons(thomas)).meldebescheinigung, 'C3_NOT_REGISTERED_HERE');
    } finally {
      await t.setToday(null);
    }
  });

  test('A5: own children under 16 at the same residence only; 16–17 and strangers are refused', async () => {
    const sabine = await clientFor(t.url, 'familie', AGS.erkner);
    const options = await sabine.getAbmeldungOptions();
    assert.equal(options.residences.length, 1);
    const lena = options.children.find((c) => c.name.givenNames[0] === 'Lena')!;
    const jonas = options.children.find((c) => c.name.givenNames[0] === 'Jonas')!;
    assert.deepEqual([lena.eligible, jonas.eligible, jonas.reason], [true, false, 'A5_CHILD_NOT_ELIGIBLE']);
    assert.deepEqual(lena.residenceIds, [options.residences[0]!.id]);
    const body = (childIds: string[]) => ({ body: { residenceId: options.residences[0]!.id, moveOutDate: options.today, childIds } });
    await rejectsWith(sabine.createAbmeldung(body([jonas.id])), 'A5_CHILD_NOT_ELIGIBLE', 422);
    await rejectsWith(sabine.createAbmeldung(body([await personIdOf(t, 'standard')])), 'NOT_FOUND', 404);
    const result = await sabine.createAbmeldung(body([lena.id]));
    assert.deepEqual(result.children.map((c) => c.name.givenNames[0]), ['Lena']);
    // A7: the confirmation lists exactly the agreed rows, plus the child.
    const content = await documentContent(result.document.id);
    assert.deepEqual(content.blocks.filter((b) => b.kind === 'rows').map((b) => [b.heading, b.rows!.map(([l]) => l)]), [
      ['Abgemeldete Person', ['Familienname', 'Vornamen', 'Geburtsdatum']],
      ['Abmeldung', ['Anschrift', 'Status der Wohnung', 'Auszugsdatum', 'Datum der Abmeldung']],
      ['Mit abgemeldetes Kind', ['Familienname', 'Vornamen', 'Geburtsdatum']],
    ]);
    assert.match(result.document.number, /^MBT-\d{4}-\d{6}$/);
    // Jonas keeps his own registration there (16+: own eID); Lena's is gone.
    const jonasClient = await clientFor(t.url, 'jugendlich-17', AGS.erkner);
    assert.equal((await jonasClient.getAbmeldungOptions()).residences.length, 1);
    const lenaRows = await sqlOf(t).all<{ move_out_date: string }>("SELECT move_out_date FROM residences WHERE person_id = $1 AND status = 'NEBENWOHNUNG'", [lena.id]);
    assert.deepEqual(lenaRows, [{ move_out_date: options.today }]);
  });

  test('A6: a legal guardian deciding on residence sends the person to the office', async () => {
    const c = await clientFor(t.url, 'betreuung', AGS.wittenberge);
    assert.equal((await reasons(c))['abmeldung-nebenwohnung'], 'A6_LEGAL_GUARDIAN');
    await rejectsWith(c.getAbmeldungOptions(), 'A6_LEGAL_GUARDIAN', 403);
  });
});

describe('Übermittlungssperren (U1–U7, C5)', () => {
  test('U1/U4/U5/U7: every block with its relevance; the register named is this town\'s', async () => {
    const erika = await (await clientFor(t.url, 'standard', AGS.strausberg)).getSperren();
    assert.deepEqual(erika.register, { ags: AGS.strausberg, name: 'Strausberg' });
    assert.deepEqual(erika.sperren.map((s) => [s.key, s.active, s.relevance, s.changeable]), [
      ['BUNDESWEHR', false, 'NO_LONGER_RELEVANT', true],
      ['RELIGION_FAMILIE', false, 'NOT_APPLICABLE', false],
      ['PARTEIEN_WAHLEN', false, 'RELEVANT', true],
      ['JUBILAEEN', true, 'RELEVANT', true],
      ['ADRESSBUCH', false, 'RELEVANT', true],
    ]);
    const jonas = await (await clientFor(t.url, 'jugendlich-17', AGS.erkner)).getSperren();
    assert.equal(jonas.sperren.find((s) => s.key === 'BUNDESWEHR')!.relevance, 'RELEVANT');
    assert.equal(jonas.sperren.find((s) => s.key === 'ADRESSBUCH')!.relevance, 'NOT_YET_RELEVANT');
    const lukasz = await (await clientFor(t.url, 'din-91379', AGS.strausberg)).getSperren();
    assert.equal(lukasz.sperren.find((s) => s.key === 'BUNDESWEHR')!.relevance, 'NOT_APPLICABLE');
    const thomas = await (await clientFor(t.url, 'zwei-nebenwohnungen', AGS.wittenberge)).getSperren();
    assert.equal(thomas.register.name, 'Wittenberge');
  });

  test('U2: set and remove at once with a receipt; a no-op is refused', async () => {
    const c = await clientFor(t.url, 'standard', AGS.strausberg);
    const receipt = await c.changeSperren({ body: { changes: [{ key: 'ADRESSBUCH', active: true }, { key: 'JUBILAEEN', active: false }] } });
    assert.deepEqual(receipt.changes, [{ key: 'ADRESSBUCH', active: true }, { key: 'JUBILAEEN', active: false }]);
    assert.equal(receipt.state.sperren.find((s) => s.key === 'ADRESSBUCH')!.active, true);
    assert.equal((await c.getSperren()).sperren.find((s) => s.key === 'JUBILAEEN')!.active, false);
    assert.match(receipt.document.number, /^USQ-/);
    assert.ok(Math.abs(Date.parse(receipt.effectiveAt) - Date.now()) < 60_000);
    await rejectsWith(c.changeSperren({ body: { changes: [{ key: 'ADRESSBUCH', active: true }] } }), 'U2_NO_CHANGES', 422);
    const s = await login(t.url, 'standard', AGS.strausberg);
    const dup = await expectProblem(await api(t.url, s, '/v1/uebermittlungssperren', { method: 'PUT', key: key(), json: { changes: [{ key: 'ADRESSBUCH', active: false }, { key: 'ADRESSBUCH', active: true }] } }), 400, 'BAD_REQUEST');
    assert.deepEqual(dup.fields, [{ pointer: '/changes/1/key' }]);
  });

  test('U3: RELIGION_FAMILIE only where a family member belongs to another community', async () => {
    const erika = await clientFor(t.url, 'standard', AGS.strausberg);
    await rejectsWith(erika.changeSperren({ body: { changes: [{ key: 'RELIGION_FAMILIE', active: true }] } }), 'U3_NOT_APPLICABLE', 422);
    const stefan = await clientFor(t.url, 'religion-familie', AGS.strausberg);
    const state = await stefan.getSperren();
    assert.deepEqual(state.sperren.find((s) => s.key === 'RELIGION_FAMILIE'), { key: 'RELIGION_FAMILIE', active: false, relevance: 'RELEVANT', changeable: true });
    const receipt = await stefan.changeSperren({ body: { changes: [{ key: 'RELIGION_FAMILIE', active: true }] } });
    assert.equal(receipt.state.sperren.find((s) => s.key === 'RELIGION_FAMILIE')!.active, true);
  });

  test('U6: Auskunftssperre and bedingter Sperrvermerk are read-only', async () => {
    const s = await login(t.url, 'auskunftssperre', AGS.wittenberge);
    const state = (await (await api(t.url, s, '/v1/uebermittlungssperren')).json()) as SperrenState;
    assert.deepEqual([state.auskunftssperre, state.bedingterSperrvermerk], [{ active: true }, { active: false }]);
    const problem = await expectProblem(await api(t.url, s, '/v1/uebermittlungssperren', { method: 'PUT', key: key(), json: { changes: [{ key: 'AUSKUNFTSSPERRE', active: false }] } }), 422, 'U6_READ_ONLY');
    assert.deepEqual(problem.fields, [{ pointer: '/changes/0/key', code: 'U6_READ_ONLY' }]);
  });

  test('C5: blocks set at a security authority\'s request cannot be changed online', async () => {
    const c = await clientFor(t.url, 'sicherheitssperre', AGS.premnitz);
    const state = await c.getSperren();
    assert.deepEqual(state.sperren.filter((s) => !s.changeable).map((s) => s.key), ['RELIGION_FAMILIE', 'JUBILAEEN', 'ADRESSBUCH']);
    await rejectsWith(c.changeSperren({ body: { changes: [{ key: 'ADRESSBUCH', active: false }] } }), 'C5_SECURITY_BLOCK_LOCKED', 422);
    assert.equal((await c.getSperren()).sperren.find((s) => s.key === 'ADRESSBUCH')!.active, true);
  });
});

describe('Selbstauskunft (S1–S5)', () => {
  test('S1: everything stored, grouped, with origin where recorded', async () => {
    const a = await (await clientFor(t.url, 'standard', AGS.strausberg)).getSelbstauskunft();
    assert.deepEqual(a.groups.map((g) => g.group), ['NAMEN', 'GEBURT', 'GESCHLECHT', 'STAATSANGEHOERIGKEITEN', 'RELIGION', 'ANSCHRIFTEN', 'FRUEHERE_ANSCHRIFTEN', 'FAMILIENSTAND', 'FAMILIE', 'AUSWEISDOKUMENTE', 'SPERREN']);
    const names = a.groups.find((g) => g.group === 'NAMEN')!.entries;
    assert.deepEqual(names.find((e) => e.field === 'FAMILIENNAME'), { field: 'FAMILIENNAME', value: 'Mustermann', origin: 'Geburtsurkunde, Standesamt Berlin-Mitte' });
    assert.ok(names.some((e) => e.field === 'GEBURTSNAME' && e.value === 'Gabler'));
    assert.ok(a.groups.find((g) => g.group === 'FRUEHERE_ANSCHRIFTEN')!.entries.some((e) => e.value.startsWith('Hegermühlenstraße 3')));
    assert.ok(a.groups.find((g) => g.group === 'AUSWEISDOKUMENTE')!.entries[0]!.field === 'PERSONALAUSWEIS');
  });

  test('S2: regular transfers that concern the person', async () => {
    const erika = await (await clientFor(t.url, 'standard', AGS.strausberg)).getSelbstauskunft();
    assert.deepEqual(erika.recipients.map((r) => r.recipient.split(' (')[0]), ['Bundeszentralamt für Steuern', 'ARD ZDF Deutschlandradio Beitragsservice', 'Amt für Statistik Berlin-Brandenburg', 'Ihre öffentlich-rechtliche Religionsgesellschaft']);
    const jonas = await (await clientFor(t.url, 'jugendlich-17', AGS.erkner)).getSelbstauskunft();
    assert.ok(jonas.recipients.some((r) => r.recipient.startsWith('Bundesamt für das Personalmanagement der Bundeswehr')));
    assert.ok(!jonas.recipients.some((r) => r.recipient.startsWith('ARD')));
  });

  test('S3: automated retrievals from the log, never those of security authorities', async () => {
    const erika = await (await clientFor(t.url, 'standard', AGS.strausberg)).getSelbstauskunft();
    assert.deepEqual(erika.retrievals.map((r) => r.recipient), ['Jobcenter Märkisch-Oderland', 'Landkreis Märkisch-Oderland, Zulassungsbehörde']);
    assert.equal(erika.retrievals[0]!.data, 'Anschriften');
    const andrea = await (await clientFor(t.url, 'sicherheitssperre', AGS.premnitz)).getSelbstauskunft();
    assert.deepEqual(andrea.retrievals, []);
  });

  test('S4: family members with a § 51/§ 52 block are left out', async () => {
    const daniel = await (await clientFor(t.url, 'ehegatte-ohne-sperre', AGS.wittenberge)).getSelbstauskunft();
    assert.equal(daniel.familyDataWithheld, true);
    assert.deepEqual(daniel.groups.find((g) => g.group === 'FAMILIE')!.entries, []);
    const miriam = await (await clientFor(t.url, 'auskunftssperre', AGS.wittenberge)).getSelbstauskunft();
    assert.equal(miriam.familyDataWithheld, false);
    assert.ok(miriam.groups.find((g) => g.group === 'FAMILIE')!.entries.some((e) => e.field === 'EHEGATTE'));
    assert.ok(miriam.groups.find((g) => g.group === 'SPERREN')!.entries.some((e) => e.field === 'AUSKUNFTSSPERRE'));
  });

  test('S5: free PDF with the rights to correction and complaint', async () => {
    const c = await clientFor(t.url, 'doppelte-staatsangehoerigkeit', AGS.erkner);
    const ref = await c.createSelbstauskunftDocument();
    assert.equal(ref.type, 'SELBSTAUSKUNFT');
    const text = JSON.stringify(await documentContent(ref.id));
    assert.match(text, /§ 12 BMG/);
    assert.match(text, /Landesbeauftragten für den Datenschutz/);
    assert.match(text, /französisch/);
    const pdf = await c.getDocumentPdf({ params: { id: ref.id } });
    assert.equal(pdf.type, 'application/pdf');
  });
});
