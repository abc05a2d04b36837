/**
 * Valid example answers for every operation (fictional personas from the sandbox register).
 * Typed with the contract's types, so a schema change shows up here at compile time.
 */
import type {
  Abmeldung,
  AbmeldungOptions,
  DocumentRef,
  KommuneConfig,
  Me,
  Meldebescheinigung,
  MeldebescheinigungOptions,
  Residence,
  Selbstauskunft,
  Session,
  SessionExpiry,
  SperrenReceipt,
  SperrenState,
  Verification,
} from '../../src/index.ts';

export const AGS = '12064472';
export const BASE = 'https://api.example.test';

const strausberg = { ags: AGS, name: 'Strausberg' };

export const kommune: KommuneConfig = {
  ags: AGS,
  name: 'Strausberg',
  county: 'Märkisch-Oderland',
  buergerbuero: {
    name: 'Bürgerbüro Strausberg',
    street: 'Hegermühlenstraße 58',
    postalCode: '15344',
    city: 'Strausberg',
    phone: '+49 3341 381-0',
    email: 'buergerbuero@strausberg.example',
    url: 'https://www.strausberg.example/buergerbuero',
    openingHours: ['Mo 9–12 Uhr', 'Di 9–12 und 13–18 Uhr'],
  },
  privacyUrl: 'https://www.strausberg.example/datenschutz',
  accessibilityUrl: 'https://www.strausberg.example/barrierefreiheit',
  services: ['meldebescheinigung', 'abmeldung-nebenwohnung', 'uebermittlungssperren', 'selbstauskunft'],
};

export const session: Session = {
  accessToken: 'tok_4f9c1d7e2b8a6f3c0d5e9a1b7c2d8e4f',
  tokenType: 'Bearer',
  expiresAt: '2026-11-29T15:15:00.000Z',
};

export const extended: SessionExpiry = { expiresAt: '2026-11-29T15:30:00.000Z' };

const name = { familyName: 'Żółkiewski-Nguyễn', givenNames: ['Łukasz', 'Őrs'], givenNameInUse: 0 };

export const me: Me = {
  name,
  kommune: strausberg,
  services: [
    { service: 'meldebescheinigung', available: true },
    { service: 'abmeldung-nebenwohnung', available: false, reason: 'A1_NO_SECONDARY_RESIDENCE' },
    { service: 'uebermittlungssperren', available: true },
    { service: 'selbstauskunft', available: true },
  ],
};

const mainResidence: Residence = {
  id: 'res_main01',
  address: { street: 'Große Straße', houseNumber: '12', addition: 'a', postalCode: '15344', city: 'Strausberg' },
  status: 'HAUPTWOHNUNG',
  moveInDate: '2019-04-01',
  authority: strausberg,
};

const secondaryResidence: Residence = {
  id: 'res_second1',
  address: { street: 'Havelstraße', houseNumber: '3', postalCode: '14542', city: 'Werder (Havel)' },
  status: 'NEBENWOHNUNG',
  moveInDate: '2022-06-15',
  authority: { ags: '12069656', name: 'Werder (Havel)' },
};

const documentRef = (type: DocumentRef['type'], id: string): DocumentRef => ({
  id,
  type,
  number: `2026-${id}`,
  verificationCode: 'K7QM-3XPA-Z9RT',
  verificationUrl: 'https://api.example.test/pruefung/K7QM-3XPA-Z9RT',
  issuedAt: '2026-11-29T15:01:00.000Z',
  issuer: strausberg,
});

export const meldebescheinigungOptions: MeldebescheinigungOptions = {
  zusatzAngaben: [
    { key: 'GEBURTSNAME', available: true },
    { key: 'RELIGION', available: false },
  ],
};

export const meldebescheinigung: Meldebescheinigung = {
  art: 'ERWEITERT',
  person: { name, dateOfBirth: '1950' },
  residences: [mainResidence, secondaryResidence],
  zusatzAngaben: [{ key: 'GEBURTSNAME', values: ['Nguyễn'] }],
  keinSterbedatum: true,
  document: documentRef('MELDEBESCHEINIGUNG', 'doc_mb0001'),
};

export const abmeldungOptions: AbmeldungOptions = {
  residences: [secondaryResidence],
  children: [
    { id: 'child_01', name: { familyName: 'Żółkiewski-Nguyễn', givenNames: ['Mia'] }, dateOfBirth: '2015-02-03', residenceIds: ['res_second1'], eligible: true },
    { id: 'child_02', name: { familyName: 'Żółkiewski-Nguyễn', givenNames: ['Jonas'] }, dateOfBirth: '2009-08-20', residenceIds: ['res_second1'], eligible: false, reason: 'A5_CHILD_NOT_ELIGIBLE' },
  ],
  today: '2026-11-29',
  latestMoveOutDate: '2026-12-06',
};

export const abmeldung: Abmeldung = {
  id: 'abm_000001',
  person: { name, dateOfBirth: '1950' },
  residence: secondaryResidence,
  moveOutDate: '2026-12-01',
  registeredOn: '2026-11-29',
  state: 'VORGEMERKT',
  late: false,
  children: [{ name: { familyName: 'Żółkiewski-Nguyễn', givenNames: ['Mia'] }, dateOfBirth: '2015-02-03' }],
  document: documentRef('MELDEBESTAETIGUNG', 'doc_ab0001'),
};

export const sperren: SperrenState = {
  register: strausberg,
  sperren: [
    { key: 'BUNDESWEHR', active: false, relevance: 'NO_LONGER_RELEVANT', changeable: true },
    { key: 'RELIGION_FAMILIE', active: false, relevance: 'NOT_APPLICABLE', changeable: false },
    { key: 'PARTEIEN_WAHLEN', active: true, relevance: 'RELEVANT', changeable: true },
    { key: 'JUBILAEEN', active: false, relevance: 'RELEVANT', changeable: true },
    { key: 'ADRESSBUCH', active: false, relevance: 'RELEVANT', changeable: true },
  ],
  auskunftssperre: { active: false },
  bedingterSperrvermerk: { active: false },
};

export const sperrenReceipt: SperrenReceipt = {
  state: { ...sperren, sperren: sperren.sperren.map((s) => (s.key === 'JUBILAEEN' ? { ...s, active: true } : s)) },
  changes: [{ key: 'JUBILAEEN', active: true }],
  effectiveAt: '2026-11-29T15:02:00.000Z',
  document: documentRef('SPERREN_QUITTUNG', 'doc_sp0001'),
};

export const selbstauskunft: Selbstauskunft = {
  register: strausberg,
  generatedAt: '2026-11-29T15:03:00.000Z',
  groups: [
    { group: 'NAMEN', entries: [{ field: 'FAMILIENNAME', value: 'Żółkiewski-Nguyễn', origin: 'Geburtsurkunde, Standesamt Leipzig' }] },
    { group: 'ANSCHRIFTEN', entries: [{ field: 'HAUPTWOHNUNG', value: 'Große Straße 12a, 15344 Strausberg', validFrom: '2019-04-01' }] },
  ],
  recipients: [{ recipient: 'Finanzamt Strausberg', purpose: 'Besteuerung', legalBasis: '§ 139b AO', data: 'Name, Anschrift' }],
  retrievals: [{ at: '2026-10-02T08:30:00.000Z', recipient: 'Kfz-Zulassungsbehörde', data: 'Anschrift' }],
  familyDataWithheld: false,
};

export const selbstauskunftDocument: DocumentRef = documentRef('SELBSTAUSKUNFT', 'doc_sa0001');

export const verification: Verification = {
  valid: true,
  type: 'MELDEBESCHEINIGUNG',
  number: '2026-doc_mb0001',
  issuedAt: '2026-11-29T15:01:00.000Z',
  issuer: strausberg,
  holderInitials: 'Ł. Ż.',
  sha256: 'a'.repeat(64),
};
