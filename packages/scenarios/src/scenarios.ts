/**
 * The scenarios: every persona of the shared seed, every rule id with an observable outcome,
 * idempotent replays and refusals. Each runs against the fake and the server; the suite
 * compares the two transcripts (test/scenarios.test.ts).
 */
import assert from 'node:assert/strict';
import { personas, type PersonaId } from '@vois-online/widgets/testing';
import { addDays } from '@vois-online/domain/calendar';
import { A3_LATE_AFTER_DAYS, A3_MAX_DAYS_AHEAD } from '@vois-online/domain/limits';
import type { Context, RequestStep, Scenario } from './runner.ts';

const AGS = { strausberg: '12064472', oranienburg: '12065256', premnitz: '12063244', werder: '12069656', erkner: '12067124', wittenberge: '12070424' } as const;

const me: RequestStep = { op: 'getMe', expect: { status: 200 } };
const ok = (op: RequestStep['op'], { check, ...more }: Partial<RequestStep> & { check?: (body: any) => void } = {}): RequestStep => ({ op, ...more, expect: { status: 200, ...(check && { check }) } });
const no = (op: RequestStep['op'], status: number, code: NonNullable<RequestStep['expect']['code']>, more: Partial<RequestStep> = {}): RequestStep => ({ op, ...more, expect: { status, code } });
const einfach = { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false };
const erweitert = (zusatzAngaben: string[], keinSterbedatum = false) => ({ art: 'ERWEITERT', zusatzAngaben, keinSterbedatum });
const available = (body: { zusatzAngaben: Array<{ key: string; available: boolean }> }) => body.zusatzAngaben.filter((z) => z.available).map((z) => z.key);
const service = (name: string) => (body: { services: Array<{ service: string; available: boolean; reason?: string }> }) => body.services.find((s) => s.service === name)!;

/** Persona ids whose ID card does not match the register (C2). */
const NOT_IDENTIFIED = new Set<PersonaId>(['name-changed', 'namensaenderung']);

const ALL_PERSONAS = Object.keys(personas) as PersonaId[];

/** The town of the persona's main (or sole) residence: where the certificate is issued (M1). */
const homeOf = (persona: PersonaId) => personas[persona].residences.find((r) => r.status !== 'NEBENWOHNUNG')?.authority.ags ?? AGS.strausberg;

/** Per persona: login and every read the person can make — availability (C3, C4, M1, A1, A2, A6), options, blocks, self-disclosure. */
const overview: Scenario[] = ALL_PERSONAS.filter((id) => !NOT_IDENTIFIED.has(id)).map((persona) => ({
  name: `persona ${persona}: what the person sees in Strausberg`,
  rules: ['C2', 'C3', 'C4', 'M1', 'A1', 'A2', 'A6', 'U1', 'S1'],
  persona,
  steps: [
    me,
    { op: 'getMeldebescheinigungOptions', expect: { status: [200, 403] } },
    { op: 'getAbmeldungOptions', expect: { status: [200, 403] } },
    { op: 'getSperren', expect: { status: [200, 403] } },
    { op: 'getSelbstauskunft', expect: { status: [200, 403] } },
  ],
}));

/** Per persona and the town of each of its current residences: what /v1/me says there (C3, M1, A2). */
const elsewhere: Scenario[] = ALL_PERSONAS.filter((id) => !NOT_IDENTIFIED.has(id)).flatMap((persona) =>
  [...new Set(personas[persona].residences.map((r) => r.authority.ags))]
    .filter((ags) => ags !== AGS.strausberg && Object.values(AGS).includes(ags as never))
    .map((ags) => ({
      name: `persona ${persona}: what the person sees in ${ags}`,
      rules: ['C3', 'M1', 'A2', 'M6'],
      persona,
      kommune: ags,
      steps: [me, { op: 'getMeldebescheinigungOptions', expect: { status: [200, 403] } }, { op: 'getAbmeldungOptions', expect: { status: [200, 403] } }],
    } satisfies Scenario)),
);

const identification: Scenario[] = [
  { name: 'C1: a login below level "hoch" is refused', rules: ['C1'], steps: [{ login: 'happy', outcome: 'low-trust', expect: { status: 403, code: 'C1_TRUST_LEVEL_TOO_LOW' } }] },
  { name: 'C1: low level for a server persona too', rules: ['C1'], steps: [{ login: 'standard', outcome: 'low-trust', expect: { status: 403, code: 'C1_TRUST_LEVEL_TOO_LOW' } }] },
  { name: 'C2: a name change not yet on the ID card', rules: ['C2'], steps: [{ login: 'name-changed', expect: { status: 403, code: 'C2_IDENTIFICATION_FAILED' } }] },
  { name: 'C2: married three weeks ago, old name on the card', rules: ['C2'], steps: [{ login: 'namensaenderung', expect: { status: 403, code: 'C2_IDENTIFICATION_FAILED' } }] },
  { name: 'C7: NFD names from the eID match the NFC register', rules: ['C7', 'C2'], persona: 'din91379', steps: [ok('getMe', { expect: { status: 200, check: (b) => assert.equal(b.name.familyName, 'Żółkiewski-Nguyễn') } })] },
  { name: 'C7: DIN 91379 server persona', rules: ['C7', 'C2'], persona: 'din-91379', steps: [me] },
  { name: 'C3: deceased — every service closed', rules: ['C3'], persona: 'deceased', steps: [no('getSperren', 403, 'C3_DECEASED'), no('getSelbstauskunft', 403, 'C3_DECEASED'), no('createMeldebescheinigung', 403, 'C3_DECEASED', { body: einfach })] },
  { name: 'C3: moved abroad — every service closed', rules: ['C3'], persona: 'ausgewandert', steps: [no('getSelbstauskunft', 403, 'C3_MOVED_ABROAD'), no('getAbmeldungOptions', 403, 'C3_MOVED_ABROAD')] },
  { name: 'C3: not registered in this town', rules: ['C3'], persona: 'standard', kommune: AGS.wittenberge, steps: [no('getSperren', 403, 'C3_NOT_REGISTERED_HERE'), no('getMeldebescheinigungOptions', 403, 'C3_NOT_REGISTERED_HERE')] },
  { name: 'C4: adoption secrecy — office only', rules: ['C4'], persona: 'clerk', steps: [no('getSelbstauskunft', 403, 'C4_CLERK_REQUIRED'), no('changeSperren', 403, 'C4_CLERK_REQUIRED', { body: { changes: [{ key: 'ADRESSBUCH', active: true }] } })] },
  { name: 'C5: a person with an Auskunftssperre may use the services', rules: ['C5'], persona: 'auskunftssperre', kommune: AGS.wittenberge, steps: [me, ok('getSelbstauskunft'), ok('createMeldebescheinigung', { body: einfach })] },
];

const session: Scenario[] = [
  { name: 'no token: 401', rules: [], steps: [no('getMe', 401, 'UNAUTHENTICATED', { session: null })] },
  { name: 'unknown token: 401', rules: [], steps: [no('getMe', 401, 'UNAUTHENTICATED', { session: 'x'.repeat(43) })] },
  { name: 'malformed Authorization: 401', rules: [], steps: [no('getSelbstauskunft', 401, 'UNAUTHENTICATED', { session: 'short' })] },
  { name: 'extend, logout, then 401', rules: [], persona: 'happy', steps: [ok('extendSession'), { op: 'logout', expect: { status: 204 } }, no('getMe', 401, 'UNAUTHENTICATED')] },
  { name: 'two sessions of two people are separate', rules: ['M2'], steps: [{ login: 'happy' }, { login: 'standard', as: 'b' }, me, { ...me, session: 'b' }] },
  ...Object.values(AGS).map((ags): Scenario => ({ name: `public configuration of ${ags}`, rules: [], steps: [ok('getKommune', { params: { ags }, session: null })] })),
  { name: 'unknown municipality: 404', rules: [], steps: [no('getKommune', 404, 'UNKNOWN_KOMMUNE', { params: { ags: '99999999' }, session: null })] },
  { name: 'malformed municipality key: 400', rules: [], steps: [no('getKommune', 400, 'BAD_REQUEST', { params: { ags: 'abc' }, session: null })] },
  { name: 'unknown verification code: 404', rules: ['M5'], steps: [no('verifyDocument', 404, 'VERIFICATION_NOT_FOUND', { params: { code: 'AAAA-BBBB-CCCC' }, session: null })] },
  { name: 'unknown document: 404', rules: ['M5'], persona: 'happy', steps: [no('getDocumentPdf', 404, 'NOT_FOUND', { params: { id: 'AAAAAAAAAAAAAAAAAAAAAA' } })] },
];

const meldebescheinigung: Scenario[] = [
  ...(['happy', 'standard', 'din91379', 'long-name', 'single-name', 'doktor-ordensname', 'geburtsjahr', 'doppelte-staatsangehoerigkeit', 'einname', 'langer-name', 'spouse-blocked', 'ehegatte-ohne-sperre'] as PersonaId[]).map((persona): Scenario => ({
    name: `M3: basic certificate for ${persona}, replayed (A8-style) and downloaded`,
    rules: ['M3', 'M5', 'M6'],
    persona,
    kommune: homeOf(persona),
    steps: [
      ok('createMeldebescheinigung', { body: einfach, key: 'mb-key-00000001', save: 'cert' }),
      ok('createMeldebescheinigung', { body: einfach, key: 'mb-key-00000001', save: 'again' }),
      ok('getDocumentPdf', { params: (c) => ({ id: c.saved.cert.document.id }) }),
      ok('verifyDocument', { params: (c) => ({ code: c.saved.cert.document.verificationCode }), session: null }),
    ],
  })),
  ...(['happy', 'standard', 'din91379', 'long-name', 'doktor-ordensname', 'familie', 'spouse-blocked', 'ehegatte-ohne-sperre', 'religion-familie', 'jugendlich-17'] as PersonaId[]).map((persona): Scenario => ({
    name: `M3/M4: extended certificate for ${persona} with every available item`,
    rules: ['M3', 'M4'],
    persona,
    kommune: homeOf(persona),
    steps: [
      ok('getMeldebescheinigungOptions', { save: 'options' }),
      ok('createMeldebescheinigung', { body: (c: Context) => erweitert(available(c.saved.options), true) }),
    ],
  })),
  { name: 'M1: only a secondary residence here', rules: ['M1'], persona: 'secondary-only', steps: [no('createMeldebescheinigung', 403, 'M1_NOT_MAIN_RESIDENCE', { body: einfach })] },
  { name: 'M1: main residence in Berlin', rules: ['M1'], persona: 'nur-nebenwohnung', kommune: AGS.erkner, steps: [no('getMeldebescheinigungOptions', 403, 'M1_NOT_MAIN_RESIDENCE')] },
  { name: 'M1: certificate in the main residence town (Oranienburg)', rules: ['M1', 'M6'], persona: 'zwei-nebenwohnungen', kommune: AGS.oranienburg, steps: [ok('createMeldebescheinigung', { body: einfach })] },
  { name: 'M1: not in a secondary residence town (Werder)', rules: ['M1'], persona: 'zwei-nebenwohnungen', kommune: AGS.werder, steps: [no('createMeldebescheinigung', 403, 'M1_NOT_MAIN_RESIDENCE', { body: einfach })] },
  { name: 'M3: an item the register does not hold', rules: ['M3'], persona: 'happy', steps: [no('createMeldebescheinigung', 422, 'M3_ITEM_NOT_AVAILABLE', { body: erweitert(['MINDERJAEHRIGE_KINDER', 'GEBURTSORT', 'GESETZLICHER_VERTRETER']) })] },
  { name: 'M4: a spouse with an Auskunftssperre is not available', rules: ['M4'], persona: 'ehegatte-ohne-sperre', kommune: AGS.wittenberge, steps: [no('createMeldebescheinigung', 422, 'M3_ITEM_NOT_AVAILABLE', { body: erweitert(['EHEGATTE']) })] },
  { name: 'M4: spouse-blocked — no spouse on the certificate', rules: ['M4'], persona: 'spouse-blocked', steps: [no('createMeldebescheinigung', 422, 'M3_ITEM_NOT_AVAILABLE', { body: erweitert(['EHEGATTE']) })] },
  { name: 'M3: a basic certificate carries no extras', rules: ['M3'], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: { art: 'EINFACH', zusatzAngaben: ['GEBURTSORT'], keinSterbedatum: true } })] },
  { name: 'M3: the same item twice', rules: ['M3'], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: erweitert(['GEBURTSORT', 'GEBURTSORT']) })] },
  { name: 'M3: an unknown item is a contract error', rules: ['M3'], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: erweitert(['STERBEDATUM']) })] },
  { name: 'M3: the statement "no date of death stored"', rules: ['M3'], persona: 'standard', steps: [ok('createMeldebescheinigung', { body: erweitert(['GEBURTSNAME'], true) })] },
  { name: 'A8: key reused with another body', rules: ['A8'], persona: 'happy', steps: [ok('createMeldebescheinigung', { body: einfach, key: 'mb-key-00000002' }), no('createMeldebescheinigung', 422, 'IDEMPOTENCY_KEY_REUSED', { body: erweitert(['GEBURTSORT']), key: 'mb-key-00000002' })] },
  { name: 'A8: a missing Idempotency-Key', rules: ['A8'], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: einfach, key: null })] },
  { name: 'A8: a too short Idempotency-Key', rules: ['A8'], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: einfach, key: 'k1' })] },
  { name: 'A8: the same key of another person is another key', rules: ['A8', 'M2'], steps: [
    { login: 'happy' }, { login: 'standard', as: 'b' },
    ok('createMeldebescheinigung', { body: einfach, key: 'shared-key-0001' }),
    ok('createMeldebescheinigung', { body: einfach, key: 'shared-key-0001', session: 'b', check: (b) => assert.equal(b.person.name.familyName, 'Mustermann') }),
  ] },
  { name: 'M2/M5: another person\'s document is "not found"', rules: ['M2', 'M5'], steps: [
    { login: 'happy' }, { login: 'standard', as: 'b' },
    ok('createMeldebescheinigung', { body: einfach, save: 'cert' }),
    no('getDocumentPdf', 404, 'NOT_FOUND', { params: (c) => ({ id: c.saved.cert.document.id }), session: 'b' }),
  ] },
  { name: 'body that is not JSON: 400', rules: [], persona: 'happy', steps: [no('createMeldebescheinigung', 400, 'BAD_REQUEST', { body: '{"art": "EINF' })] },
];

const moveOut = (residence: (c: any) => string, date: (c: any) => string, childIds: (c: any) => string[] = () => []) => (c: any) => ({ residenceId: residence(c), moveOutDate: date(c), childIds: childIds(c) });
const firstOption = (c: any) => c.saved.options.residences[0].id as string;
const optionIn = (city: string) => (c: any) => c.saved.options.residences.find((r: any) => r.address.city === city).id as string;
const child = (given: string) => (c: any) => c.saved.options.children.find((k: any) => k.name.givenNames[0] === given).id as string;
const opts = ok('getAbmeldungOptions', { save: 'options' });
const mainOf = (c: any) => c.saved.me.residences.find((r: any) => r.status !== 'NEBENWOHNUNG').id as string;

const abmeldung: Scenario[] = [
  { name: 'A1: only secondary residences are offered', rules: ['A1', 'A2'], persona: 'two-secondary', steps: [ok('getAbmeldungOptions', { check: (b) => assert.equal(b.residences.length, 2) })] },
  { name: 'A1: no secondary residence', rules: ['A1'], persona: 'happy', steps: [no('getAbmeldungOptions', 403, 'A1_NO_SECONDARY_RESIDENCE')] },
  { name: 'A1: the main residence cannot be deregistered', rules: ['A1'], persona: 'two-secondary', steps: [
    ok('createMeldebescheinigung', { body: einfach, save: 'me', key: 'main-res-0001' }),
    no('createAbmeldung', 422, 'A1_NOT_A_SECONDARY_RESIDENCE', { body: moveOut(mainOf, (c) => c.day(0)) }),
  ] },
  { name: 'A1: a residence that is not the caller\'s is "not found"', rules: ['A1'], persona: 'two-secondary', steps: [no('createAbmeldung', 404, 'NOT_FOUND', { body: { residenceId: 'AAAAAAAAAAAAAAAAAAAAAA', moveOutDate: '2026-01-01', childIds: [] } })] },
  { name: 'A2: in the main residence town, every secondary residence', rules: ['A2'], persona: 'zwei-nebenwohnungen', kommune: AGS.oranienburg, steps: [ok('getAbmeldungOptions', { check: (b) => assert.equal(b.residences.length, 2) })] },
  { name: 'A2: in a secondary residence town, only that one', rules: ['A2'], persona: 'zwei-nebenwohnungen', kommune: AGS.werder, steps: [ok('getAbmeldungOptions', { check: (b) => assert.equal(b.residences.length, 1) })] },
  { name: 'A2: another secondary residence is refused in Werder', rules: ['A2'], steps: [
    { login: 'zwei-nebenwohnungen', kommune: AGS.oranienburg }, ok('getAbmeldungOptions', { save: 'options' }),
    { login: 'zwei-nebenwohnungen', kommune: AGS.werder, as: 'werder' },
    no('createAbmeldung', 422, 'A2_WRONG_AUTHORITY', { session: 'werder', body: moveOut(optionIn('Wittenberge'), (c) => c.day(0)) }),
  ] },
  { name: 'A2: secondary residence with the main residence outside the pilot', rules: ['A2'], persona: 'nur-nebenwohnung', kommune: AGS.erkner, steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-3)) })] },
  { name: 'A3: today is accepted, takes effect at once (A4)', rules: ['A3', 'A4', 'A7'], persona: 'two-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0)), check: (b) => assert.equal(b.state, 'WIRKSAM') })] },
  { name: `A3: ${A3_MAX_DAYS_AHEAD} days ahead is the latest date (pending, A4)`, rules: ['A3', 'A4'], persona: 'two-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(A3_MAX_DAYS_AHEAD)), check: (b) => assert.equal(b.state, 'VORGEMERKT') })] },
  { name: `A3: ${A3_MAX_DAYS_AHEAD + 1} days ahead is too far`, rules: ['A3'], persona: 'two-secondary', steps: [opts, no('createAbmeldung', 422, 'A3_MOVE_OUT_TOO_FAR_AHEAD', { body: moveOut(firstOption, (c) => c.day(A3_MAX_DAYS_AHEAD + 1)) })] },
  { name: 'A3: the latest date the options name is accepted', rules: ['A3'], persona: 'long-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.saved.options.latestMoveOutDate) })] },
  { name: 'A3: one day after the latest date the options name is refused', rules: ['A3'], persona: 'long-secondary', steps: [opts, no('createAbmeldung', 422, 'A3_MOVE_OUT_TOO_FAR_AHEAD', { body: moveOut(firstOption, (c) => addDays(c.saved.options.latestMoveOutDate, 1)) })] },
  { name: 'A3: the options name the latest date', rules: ['A3'], persona: 'din91379', steps: [ok('getAbmeldungOptions', { check: (b) => assert.match(b.latestMoveOutDate, /^\d{4}-\d{2}-\d{2}$/) })] },
  { name: 'A3: before the move-in date', rules: ['A3'], persona: 'two-secondary', steps: [opts, no('createAbmeldung', 422, 'A3_MOVE_OUT_BEFORE_MOVE_IN', { body: moveOut(firstOption, () => '2020-05-14') })] },
  { name: 'A3: on the move-in date', rules: ['A3'], persona: 'two-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, () => '2020-05-15') })] },
  { name: `A3: ${A3_LATE_AFTER_DAYS} days late is still on time`, rules: ['A3'], persona: 'din91379', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-A3_LATE_AFTER_DAYS)), check: (b) => assert.equal(b.late, false) })] },
  { name: `A3: ${A3_LATE_AFTER_DAYS + 1} days late gets the notice`, rules: ['A3'], persona: 'din91379', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-A3_LATE_AFTER_DAYS - 1)), check: (b) => assert.equal(b.late, true) })] },
  { name: 'A3: a date that does not exist is a contract error', rules: ['A3'], persona: 'din91379', steps: [opts, no('createAbmeldung', 400, 'BAD_REQUEST', { body: moveOut(firstOption, () => '2026-02-30') })] },
  { name: 'A4: a pending deregistration is not offered again', rules: ['A4', 'A1'], persona: 'two-secondary', steps: [
    opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(3)) }),
    ok('getAbmeldungOptions', { check: (b) => assert.equal(b.residences.length, 1) }),
    no('createAbmeldung', 422, 'A1_NOT_A_SECONDARY_RESIDENCE', { body: moveOut(firstOption, (c) => c.day(3)) }),
  ] },
  { name: 'A4: the pending date comes, the residence is gone', rules: ['A4'], persona: 'din91379', steps: [
    opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(2)) }),
    { clock: (c: Context) => c.day(3) },
    no('getAbmeldungOptions', 403, 'A1_NO_SECONDARY_RESIDENCE'),
    ok('createMeldebescheinigung', { body: einfach }),
  ] },
  { name: 'A4: the last secondary residence deregistered today', rules: ['A4', 'A1'], persona: 'long-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-1)) }), no('getAbmeldungOptions', 403, 'A1_NO_SECONDARY_RESIDENCE'), me] },
  { name: 'A5: children at the shared residence and why they can or cannot go along', rules: ['A5'], persona: 'family', steps: [ok('getAbmeldungOptions', { check: (b) => assert.deepEqual(b.children.map((k: any) => k.eligible), [true, false, false]) })] },
  { name: 'A5: the family persona of the server', rules: ['A5'], persona: 'familie', kommune: AGS.erkner, steps: [ok('getAbmeldungOptions')] },
  { name: 'A5: a child under 16 goes along (A7 confirmation names it)', rules: ['A5', 'A7'], persona: 'family', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(1), (c) => [child('Lena')(c)]), check: (b) => assert.equal(b.children.length, 1) })] },
  { name: 'A5: a 17-year-old uses their own eID', rules: ['A5'], persona: 'family', steps: [opts, no('createAbmeldung', 422, 'A5_CHILD_NOT_ELIGIBLE', { body: moveOut(firstOption, (c) => c.day(1), (c) => [child('Jonas')(c)]) })] },
  { name: 'A5: an adult child is never co-deregistered', rules: ['A5'], persona: 'family', steps: [opts, no('createAbmeldung', 422, 'A5_CHILD_NOT_ELIGIBLE', { body: moveOut(firstOption, (c) => c.day(1), (c) => [child('Lena')(c), child('Emma')(c)]) })] },
  { name: 'A5: the same child twice', rules: ['A5'], persona: 'family', steps: [opts, no('createAbmeldung', 400, 'BAD_REQUEST', { body: moveOut(firstOption, (c) => c.day(1), (c) => [child('Lena')(c), child('Lena')(c)]) })] },
  { name: 'A5: someone else\'s child is "not found"', rules: ['A5'], persona: 'family', steps: [opts, no('createAbmeldung', 404, 'NOT_FOUND', { body: moveOut(firstOption, (c) => c.day(1), () => ['AAAAAAAAAAAAAAAAAAAAAA']) })] },
  { name: 'A5: in five years the child is 16', rules: ['A5'], persona: 'family', steps: [opts, { clock: (c: Context) => c.day(5 * 366) }, no('createAbmeldung', 422, 'A5_CHILD_NOT_ELIGIBLE', { body: moveOut(firstOption, (c) => c.day(0), (c) => [child('Lena')(c)]) })] },
  { name: 'A5: server family — the 11-year-old goes along', rules: ['A5'], persona: 'familie', kommune: AGS.erkner, steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0), (c) => c.saved.options.children.filter((k: any) => k.eligible).map((k: any) => k.id)) })] },
  { name: 'A6: a legal guardian decides on residence', rules: ['A6'], persona: 'guardian', steps: [no('getAbmeldungOptions', 403, 'A6_LEGAL_GUARDIAN'), no('createAbmeldung', 403, 'A6_LEGAL_GUARDIAN', { body: { residenceId: 'AAAAAAAAAAAAAAAAAAAAAA', moveOutDate: '2026-01-01', childIds: [] } })] },
  { name: 'A6: the server\'s guardian persona', rules: ['A6'], persona: 'betreuung', kommune: AGS.oranienburg, steps: [no('getAbmeldungOptions', 403, 'A6_LEGAL_GUARDIAN')] },
  { name: 'A8: a double submit deregisters once and answers the same', rules: ['A8'], persona: 'two-secondary', steps: [
    opts,
    ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0)), key: 'abm-key-000001' }),
    ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0)), key: 'abm-key-000001' }),
    ok('getAbmeldungOptions', { check: (b) => assert.equal(b.residences.length, 1) }),
  ] },
  { name: 'A8: the same wish with a new key is refused (already deregistered)', rules: ['A8', 'A1'], persona: 'two-secondary', steps: [
    opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0)) }),
    no('createAbmeldung', 422, 'A1_NOT_A_SECONDARY_RESIDENCE', { body: moveOut(firstOption, (c) => c.day(0)) }),
  ] },
  { name: 'A8: key reused for another residence', rules: ['A8'], persona: 'two-secondary', steps: [
    opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(0)), key: 'abm-key-000002' }),
    no('createAbmeldung', 422, 'IDEMPOTENCY_KEY_REUSED', { body: moveOut((c) => c.saved.options.residences[1].id, (c) => c.day(0)), key: 'abm-key-000002' }),
  ] },
  { name: 'A7: the confirmation can be downloaded and verified', rules: ['A7', 'M5'], persona: 'long-secondary', steps: [
    opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-20)), save: 'abm' }),
    ok('getDocumentPdf', { params: (c) => ({ id: c.saved.abm.document.id }) }),
    ok('verifyDocument', { params: (c) => ({ code: c.saved.abm.document.verificationCode }), session: null }),
  ] },
];

const change = (key: string, active: boolean) => ({ key, active });
const sperren: Scenario[] = [
  { name: 'U2: set a block, receipt, state', rules: ['U2', 'U1'], persona: 'happy', steps: [ok('changeSperren', { body: { changes: [change('ADRESSBUCH', true)] } }), ok('getSperren')] },
  { name: 'U2: remove a block', rules: ['U2'], persona: 'happy', steps: [ok('changeSperren', { body: { changes: [change('JUBILAEEN', false)] } }), ok('getSelbstauskunft')] },
  { name: 'U2: several changes at once', rules: ['U2'], persona: 'standard', steps: [ok('changeSperren', { body: { changes: [change('ADRESSBUCH', true), change('PARTEIEN_WAHLEN', true), change('JUBILAEEN', false)] } })] },
  { name: 'U2: a change that changes nothing', rules: ['U2'], persona: 'happy', steps: [no('changeSperren', 422, 'U2_NO_CHANGES', { body: { changes: [change('JUBILAEEN', true)] } })] },
  { name: 'U2: an empty list changes nothing', rules: ['U2'], persona: 'standard', steps: [{ op: 'changeSperren', body: { changes: [] }, expect: { status: [400, 422] } }] },
  { name: 'U2: the same block twice', rules: ['U2'], persona: 'happy', steps: [no('changeSperren', 400, 'BAD_REQUEST', { body: { changes: [change('ADRESSBUCH', true), change('ADRESSBUCH', false)] } })] },
  { name: 'U2: replay answers the same receipt; then U2_NO_CHANGES', rules: ['U2', 'A8'], persona: 'happy', steps: [
    ok('changeSperren', { body: { changes: [change('ADRESSBUCH', true)] }, key: 'sp-key-000001' }),
    ok('changeSperren', { body: { changes: [change('ADRESSBUCH', true)] }, key: 'sp-key-000001' }),
    no('changeSperren', 422, 'IDEMPOTENCY_KEY_REUSED', { body: { changes: [change('PARTEIEN_WAHLEN', true)] }, key: 'sp-key-000001' }),
    no('changeSperren', 422, 'U2_NO_CHANGES', { body: { changes: [change('ADRESSBUCH', true)] } }),
  ] },
  { name: 'U3: RELIGION_FAMILIE not applicable', rules: ['U3'], persona: 'happy', steps: [no('changeSperren', 422, 'U3_NOT_APPLICABLE', { body: { changes: [change('RELIGION_FAMILIE', true)] } })] },
  { name: 'U3: RELIGION_FAMILIE applies (spouse in a church)', rules: ['U3'], persona: 'church-spouse', steps: [ok('changeSperren', { body: { changes: [change('RELIGION_FAMILIE', true)] } })] },
  { name: 'U3: RELIGION_FAMILIE on the server persona', rules: ['U3'], persona: 'religion-familie', steps: [ok('getSperren'), ok('changeSperren', { body: { changes: [change('RELIGION_FAMILIE', true)] } })] },
  { name: 'U4: Bundeswehr block for a 17-year-old', rules: ['U4'], persona: 'teen-17', steps: [ok('changeSperren', { body: { changes: [change('BUNDESWEHR', true)] } }), ok('getSelbstauskunft')] },
  { name: 'U4/U5: the server\'s 17-year-old', rules: ['U4', 'U5'], persona: 'jugendlich-17', kommune: AGS.erkner, steps: [ok('getSperren'), ok('getSelbstauskunft')] },
  { name: 'U4: not applicable for a non-German', rules: ['U4'], persona: 'single-name', steps: [no('changeSperren', 422, 'U3_NOT_APPLICABLE', { body: { changes: [change('BUNDESWEHR', true)] } })] },
  { name: 'U4: no longer relevant for an adult German — still changeable', rules: ['U4'], persona: 'standard', steps: [ok('changeSperren', { body: { changes: [change('BUNDESWEHR', true)] } })] },
  { name: 'U6: the Auskunftssperre is read-only', rules: ['U6'], persona: 'info-block', steps: [no('changeSperren', 422, 'U6_READ_ONLY', { body: { changes: [change('AUSKUNFTSSPERRE', false)] } })] },
  { name: 'U6: the conditional block is read-only, even next to a valid change', rules: ['U6'], persona: 'happy', steps: [no('changeSperren', 422, 'U6_READ_ONLY', { body: { changes: [change('ADRESSBUCH', true), change('BEDINGTER_SPERRVERMERK', true)] } })] },
  { name: 'U6: shown read-only', rules: ['U6'], persona: 'auskunftssperre', kommune: AGS.wittenberge, steps: [ok('getSperren', { check: (b) => assert.equal(b.auskunftssperre.active, true) })] },
  { name: 'C5: a security authority\'s block cannot be removed', rules: ['C5'], persona: 'security-block', steps: [no('changeSperren', 422, 'C5_SECURITY_BLOCK_LOCKED', { body: { changes: [change('ADRESSBUCH', false)] } })] },
  { name: 'C5: the server\'s security block', rules: ['C5'], persona: 'sicherheitssperre', kommune: AGS.premnitz, steps: [ok('getSperren'), no('changeSperren', 422, 'C5_SECURITY_BLOCK_LOCKED', { body: { changes: [change('JUBILAEEN', false)] } }), ok('changeSperren', { body: { changes: [change('PARTEIEN_WAHLEN', true)] } })] },
  { name: 'U7: the register of the town asked', rules: ['U7'], persona: 'zwei-nebenwohnungen', kommune: AGS.werder, steps: [ok('getSperren', { check: (b) => assert.equal(b.register.ags, AGS.werder) })] },
  { name: 'U2: an unknown key is a contract error', rules: ['U2'], persona: 'happy', steps: [no('changeSperren', 400, 'BAD_REQUEST', { body: { changes: [change('KIRCHE', true)] } })] },
  { name: 'U2: the receipt can be downloaded', rules: ['U2', 'M5'], persona: 'info-block', steps: [ok('changeSperren', { body: { changes: [change('JUBILAEEN', true)] }, save: 'r' }), ok('getDocumentPdf', { params: (c) => ({ id: c.saved.r.document.id }) })] },
];

const selbstauskunft: Scenario[] = [
  ...(['happy', 'standard', 'many-retrievals', 'spouse-blocked', 'ehegatte-ohne-sperre', 'sicherheitssperre', 'single-name', 'doktor-ordensname', 'long-name'] as PersonaId[]).map((persona): Scenario => ({
    name: `S1–S5: self-disclosure document for ${persona}, replayed and downloaded`,
    rules: ['S1', 'S2', 'S3', 'S4', 'S5'],
    persona,
    kommune: homeOf(persona),
    steps: [
      ok('getSelbstauskunft'),
      ok('createSelbstauskunftDocument', { key: 'sa-key-000001', save: 'doc' }),
      ok('createSelbstauskunftDocument', { key: 'sa-key-000001' }),
      ok('getDocumentPdf', { params: (c) => ({ id: c.saved.doc.id }) }),
    ],
  })),
  { name: 'S3: security authorities are not listed', rules: ['S3'], persona: 'standard', steps: [ok('getSelbstauskunft', { check: (b) => assert.equal(b.retrievals.length, 2) })] },
  { name: 'S3: a long list of retrievals', rules: ['S3'], persona: 'many-retrievals', steps: [ok('getSelbstauskunft', { check: (b) => assert.equal(b.retrievals.length, 23) })] },
  { name: 'S4: family data withheld', rules: ['S4'], persona: 'spouse-blocked', steps: [ok('getSelbstauskunft', { check: (b) => assert.equal(b.familyDataWithheld, true) })] },
  { name: 'S2: recipients of a minor', rules: ['S2'], persona: 'teen-17', steps: [ok('getSelbstauskunft')] },
  { name: 'S1: after a deregistration the address is a former one', rules: ['S1', 'A4'], persona: 'two-secondary', steps: [opts, ok('createAbmeldung', { body: moveOut(firstOption, (c) => c.day(-2)) }), ok('getSelbstauskunft')] },
];

export const scenarios: Scenario[] = [...overview, ...elsewhere, ...identification, ...session, ...meldebescheinigung, ...abmeldung, ...sperren, ...selbstauskunft];
