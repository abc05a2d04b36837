/**
 * Fictional test persons for the fake API (see "Test personas" in domain-meldewesen.md).
 * Any resemblance to real persons is unintended.
 */
import type { AuskunftEntry, AuskunftGroup, PartialDate, PersonName, ProblemCode, Residence, Selbstauskunft, SperreKey, ZusatzAngabe } from '@vois-online/client';

export type PersonaId =
  | 'happy'
  | 'secondary-only'
  | 'deceased'
  | 'moved-abroad'
  | 'clerk'
  | 'din91379'
  | 'long-name'
  | 'name-changed'
  // Abmeldung einer Nebenwohnung (A1–A6)
  | 'two-secondary'
  | 'family'
  | 'guardian'
  | 'long-secondary'
  // Selbstauskunft (S1–S4)
  | 'single-name'
  | 'spouse-blocked'
  | 'many-retrievals'
  // Übermittlungssperren (U1–U7, C5); `single-name` doubles as the non-German person (U4)
  | 'teen-17'
  | 'church-spouse'
  | 'info-block'
  | 'security-block';

export interface Persona {
  id: PersonaId;
  /** Short description for a persona picker (Storybook, the fake login). */
  label: string;
  name: PersonName;
  dateOfBirth: PartialDate;
  residences: Residence[];
  /** Why the Meldebescheinigung is refused, if it is (M1, C3, C4). */
  refusal?: ProblemCode;
  /** The token exchange itself is refused (C2: eID data do not match the register). */
  exchangeRefusal?: ProblemCode;
  /** Register values of the extra items; a missing key = nothing stored (`available: false`). */
  zusatz: Partial<Record<ZusatzAngabe, string[]>>;
  /** A6: a legal guardian decides on the residence (Abmeldung only at the office). */
  legalGuardian?: boolean;
  /** Own children registered with the persona (A5), for the Abmeldung. */
  children?: PersonaChild[];
}

/** A child of a persona, as far as the Abmeldung needs it (A5). */
export interface PersonaChild {
  id: string;
  name: PersonName;
  dateOfBirth: PartialDate;
  /** The parent's secondary residences (ids) the child is registered at, too. */
  residenceIds: string[];
  /** C4: the child's record needs a clerk (adoption secrecy). */
  clerk?: boolean;
}

/** `YYYY-MM-DD`, `years` years and `days` days before today (ages that stay right as time passes). */
function bornAgo(years: number, days: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const strausberg = { ags: '12064472', name: 'Stadt Strausberg' };
const oranienburg = { ags: '12065256', name: 'Stadt Oranienburg' };
const erkner = { ags: '12067124', name: 'Stadt Erkner' };
const premnitz = { ags: '12063244', name: 'Stadt Premnitz' };
const werder = { ags: '12069656', name: 'Stadt Werder (Havel)' };
const wittenberge = { ags: '12070424', name: 'Stadt Wittenberge' };

const residence = (
  id: string,
  status: Residence['status'],
  street: string,
  houseNumber: string,
  postalCode: string,
  city: string,
  authority: Residence['authority'],
  moveInDate?: string,
  addition?: string,
): Residence => ({
  id,
  status,
  address: { street, houseNumber, postalCode, city, ...(addition ? { addition } : {}) },
  authority,
  ...(moveInDate ? { moveInDate } : {}),
});

export const personas: Record<PersonaId, Persona> = {
  happy: {
    id: 'happy',
    label: 'Jana Schneider – alleinige Wohnung in Strausberg',
    name: { familyName: 'Schneider', givenNames: ['Jana', 'Marie'], givenNameInUse: 0 },
    dateOfBirth: '1988-04-12',
    residences: [residence('res-happy-1', 'ALLEINIGE_WOHNUNG', 'Große Straße', '12', '15344', 'Strausberg', strausberg, '2019-08-01')],
    zusatz: {
      GEBURTSNAME: ['Krüger'],
      GEBURTSORT: ['Frankfurt (Oder), Deutschland'],
      GESCHLECHT: ['weiblich'],
      STAATSANGEHOERIGKEITEN: ['deutsch'],
      RELIGION: ['evangelisch'],
      FRUEHERE_ANSCHRIFTEN: ['Wriezener Straße 3, 15344 Strausberg (bis 31.07.2019)'],
      EINZUGSDATEN: ['Große Straße 12, 15344 Strausberg: 01.08.2019'],
      FAMILIENSTAND: ['verheiratet seit 14.06.2014'],
      EHEGATTE: ['Schneider, Tobias, geboren am 02.02.1986'],
      AUSWEISDATEN: ['Personalausweis, ausgestellt am 03.05.2021 von der Stadt Strausberg, gültig bis 02.05.2031'],
    },
  },
  'secondary-only': {
    id: 'secondary-only',
    label: 'Paul Hoffmann – hier nur Nebenwohnung (M1)',
    name: { familyName: 'Hoffmann', givenNames: ['Paul'], givenNameInUse: 0 },
    dateOfBirth: '1979-09-30',
    residences: [
      residence('res-sec-1', 'HAUPTWOHNUNG', 'Bernauer Straße', '41', '16515', 'Oranienburg', oranienburg, '2015-03-01'),
      residence('res-sec-2', 'NEBENWOHNUNG', 'Am Annatal', '7', '15344', 'Strausberg', strausberg, '2022-10-15'),
    ],
    refusal: 'M1_NOT_MAIN_RESIDENCE',
    zusatz: {},
  },
  deceased: {
    id: 'deceased',
    label: 'Gerhard Wolff – im Register als verstorben geführt (C3)',
    name: { familyName: 'Wolff', givenNames: ['Gerhard'], givenNameInUse: 0 },
    dateOfBirth: '1941-02-17',
    residences: [residence('res-dec-1', 'ALLEINIGE_WOHNUNG', 'Lindenstraße', '2', '15344', 'Strausberg', strausberg)],
    refusal: 'C3_DECEASED',
    zusatz: {},
  },
  'moved-abroad': {
    id: 'moved-abroad',
    label: 'Sofia Berger – ins Ausland verzogen (C3)',
    name: { familyName: 'Berger', givenNames: ['Sofia'], givenNameInUse: 0 },
    dateOfBirth: '1993-06-05',
    residences: [],
    refusal: 'C3_MOVED_ABROAD',
    zusatz: {},
  },
  clerk: {
    id: 'clerk',
    label: 'Lena Fischer – Adoptionsgeheimnis, nur im Bürgerbüro (C4)',
    name: { familyName: 'Fischer', givenNames: ['Lena'], givenNameInUse: 0 },
    dateOfBirth: '2001-12-24',
    residences: [residence('res-clerk-1', 'ALLEINIGE_WOHNUNG', 'Jenaer Straße', '20', '15344', 'Strausberg', strausberg)],
    refusal: 'C4_CLERK_REQUIRED',
    zusatz: {},
  },
  din91379: {
    id: 'din91379',
    label: 'Łukasz Żółkiewski-Nguyễn – Namen nach DIN 91379, Nebenwohnung in Erkner',
    name: { familyName: 'Żółkiewski-Nguyễn', givenNames: ['Łukasz', 'Ngọc'], givenNameInUse: 0 },
    dateOfBirth: '1991-11-03',
    residences: [
      residence('res-din-1', 'HAUPTWOHNUNG', 'Straße der Einheit', '9', '15344', 'Strausberg', strausberg, '2020-01-15', 'Hinterhaus'),
      residence('res-din-2', 'NEBENWOHNUNG', 'Seestraße', '33a', '15537', 'Erkner', erkner, '2023-04-01'),
    ],
    zusatz: {
      GEBURTSORT: ['Gdańsk, Polen'],
      STAATSANGEHOERIGKEITEN: ['deutsch', 'polnisch'],
      GESCHLECHT: ['männlich'],
      FAMILIENSTAND: ['ledig'],
    },
  },
  'long-name': {
    id: 'long-name',
    label: 'Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – sechs Vornamen, Geburtsjahr',
    name: {
      familyName: 'Freifrau von Hohenberg-Waldeck-Schönau',
      givenNames: ['Friederike', 'Charlotte', 'Auguste', 'Wilhelmine', 'Sophie', 'Henriette'],
      givenNameInUse: 2,
      doctoralDegree: 'Dr. rer. nat.',
    },
    dateOfBirth: '1950',
    residences: [
      residence('res-long-1', 'ALLEINIGE_WOHNUNG', 'Prof.-Dr.-Wilhelm-Külz-Straße', '128', '15344', 'Strausberg', strausberg, '1998-05-01', 'Gartenhaus, 2. Obergeschoss links'),
    ],
    zusatz: {
      ORDENS_KUENSTLERNAME: ['Charlotte Hohenberg (Künstlername)'],
      FRUEHERE_NAMEN: ['von Hohenberg-Waldeck', 'Hohenberg'],
      STAATSANGEHOERIGKEITEN: ['deutsch'],
    },
  },
  'name-changed': {
    id: 'name-changed',
    label: 'Mia Lehmann – Namensänderung noch nicht auf dem Ausweis (C2)',
    name: { familyName: 'Lehmann', givenNames: ['Mia'], givenNameInUse: 0 },
    dateOfBirth: '1996-07-21',
    residences: [residence('res-nc-1', 'ALLEINIGE_WOHNUNG', 'Müncheberger Straße', '5', '15344', 'Strausberg', strausberg)],
    exchangeRefusal: 'C2_IDENTIFICATION_FAILED',
    zusatz: {},
  },
  // ---- Abmeldung einer Nebenwohnung: the main residence is in Strausberg (the fake's default
  // town), so every secondary residence below can be deregistered there (A2).
  'two-secondary': {
    id: 'two-secondary',
    label: 'Thomas Richter – zwei Nebenwohnungen (Werder, Wittenberge)',
    name: { familyName: 'Richter', givenNames: ['Thomas', 'Michael'], givenNameInUse: 0 },
    dateOfBirth: '1978-02-03',
    residences: [
      residence('res-two-1', 'HAUPTWOHNUNG', 'Wriezener Straße', '30', '15344', 'Strausberg', strausberg, '2016-09-01'),
      residence('res-two-2', 'NEBENWOHNUNG', 'Hoher Weg', '22', '14542', 'Werder (Havel)', werder, '2020-05-15'),
      residence('res-two-3', 'NEBENWOHNUNG', 'Parkstraße', '7', '19322', 'Wittenberge', wittenberge, '2023-01-10'),
    ],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  family: {
    id: 'family',
    label: 'Sabine Köhler – Nebenwohnung in Premnitz mit Kindern (11, 17, 19 Jahre)',
    name: { familyName: 'Köhler', givenNames: ['Sabine', 'Anna'], givenNameInUse: 0 },
    dateOfBirth: '1983-06-21',
    residences: [
      residence('res-fam-1', 'HAUPTWOHNUNG', 'Fritz-Reuter-Straße', '4', '15344', 'Strausberg', strausberg, '2009-04-01'),
      residence('res-fam-2', 'NEBENWOHNUNG', 'Liebigstraße', '11', '14727', 'Premnitz', premnitz, '2019-06-01'),
    ],
    zusatz: { FAMILIENSTAND: ['verheiratet seit 12.07.2008'] },
    children: [
      { id: 'kid-lena', name: { familyName: 'Köhler', givenNames: ['Lena', 'Marie'], givenNameInUse: 0 }, dateOfBirth: bornAgo(11, 140), residenceIds: ['res-fam-2'] },
      { id: 'kid-jonas', name: { familyName: 'Köhler', givenNames: ['Jonas', 'Paul'], givenNameInUse: 0 }, dateOfBirth: bornAgo(17, 75), residenceIds: ['res-fam-2'] },
      { id: 'kid-emma', name: { familyName: 'Köhler', givenNames: ['Emma'], givenNameInUse: 0 }, dateOfBirth: bornAgo(19, 30), residenceIds: ['res-fam-2'] },
    ],
  },
  guardian: {
    id: 'guardian',
    label: 'Horst Meier – rechtliche Betreuung mit Aufenthaltsbestimmung (A6)',
    name: { familyName: 'Meier', givenNames: ['Horst'], givenNameInUse: 0 },
    dateOfBirth: '1952-10-10',
    residences: [
      residence('res-guard-1', 'HAUPTWOHNUNG', 'Klosterstraße', '2', '15344', 'Strausberg', strausberg, '1988-07-01'),
      residence('res-guard-2', 'NEBENWOHNUNG', 'Sachsenhausener Straße', '24', '16515', 'Oranienburg', oranienburg, '2024-11-01', 'Haus B'),
    ],
    zusatz: {},
    legalGuardian: true,
  },
  'long-secondary': {
    id: 'long-secondary',
    label: 'Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – Nebenwohnung in Werder (Havel)',
    name: {
      familyName: 'Freifrau von Hohenberg-Waldeck-Schönau',
      givenNames: ['Friederike', 'Charlotte', 'Auguste', 'Wilhelmine', 'Sophie', 'Henriette'],
      givenNameInUse: 2,
      doctoralDegree: 'Dr. rer. nat.',
    },
    dateOfBirth: '1950',
    residences: [
      residence('res-longs-1', 'HAUPTWOHNUNG', 'Prof.-Dr.-Wilhelm-Külz-Straße', '128', '15344', 'Strausberg', strausberg, '1998-05-01', 'Gartenhaus, 2. Obergeschoss links'),
      residence('res-longs-2', 'NEBENWOHNUNG', 'Kemnitzer Chaussee am Großen Plessower See', '117', '14542', 'Werder (Havel)', werder, '2021-07-01', 'Ferienhaus „Seeblick“, Nebengebäude'),
    ],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  // ---- Selbstauskunft (S1–S4); register details beyond name, birth date and residences are in `auskunftData` below.
  'single-name': {
    id: 'single-name',
    label: 'Suryani – nur ein Name, keine Vornamen (Aufenthaltstitel)',
    name: { familyName: 'Suryani', givenNames: [] },
    dateOfBirth: '1994-03-08',
    residences: [residence('res-single-1', 'ALLEINIGE_WOHNUNG', 'Hegermühlenstraße', '21', '15344', 'Strausberg', strausberg, '2021-09-01')],
    zusatz: {
      GEBURTSORT: ['Yogyakarta, Indonesien'],
      GESCHLECHT: ['weiblich'],
      STAATSANGEHOERIGKEITEN: ['indonesisch'],
      FAMILIENSTAND: ['ledig'],
    },
  },
  'spouse-blocked': {
    id: 'spouse-blocked',
    label: 'Daniel Wolff – Ehefrau mit Auskunftssperre, ihre Daten fehlen (M4, S4)',
    name: { familyName: 'Wolff', givenNames: ['Daniel'], givenNameInUse: 0 },
    dateOfBirth: '1985-10-02',
    residences: [residence('res-wolff-1', 'ALLEINIGE_WOHNUNG', 'Berliner Straße', '45', '15344', 'Strausberg', strausberg, '2015-06-01')],
    zusatz: { FAMILIENSTAND: ['verheiratet seit 23.05.2015'], STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  'many-retrievals': {
    id: 'many-retrievals',
    label: 'Sven Albrecht – 23 protokollierte Abrufe (S3)',
    name: { familyName: 'Albrecht', givenNames: ['Sven', 'Erik'], givenNameInUse: 0 },
    dateOfBirth: '1972-01-19',
    residences: [residence('res-alb-1', 'ALLEINIGE_WOHNUNG', 'Landhausstraße', '17', '15344', 'Strausberg', strausberg, '2004-03-01')],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  // ---- Übermittlungssperren (U1–U7, C5); block data in `sperrenData` below.
  'teen-17': {
    id: 'teen-17',
    label: 'Jonas Köhler – 17 Jahre, deutsch (Bundeswehr-Sperre relevant, U4)',
    name: { familyName: 'Köhler', givenNames: ['Jonas', 'Paul'], givenNameInUse: 0 },
    dateOfBirth: bornAgo(17, 75),
    residences: [residence('res-teen-1', 'ALLEINIGE_WOHNUNG', 'Fritz-Reuter-Straße', '4', '15344', 'Strausberg', strausberg, '2009-04-01')],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  'church-spouse': {
    id: 'church-spouse',
    label: 'Stefan Krüger – konfessionslos, Ehefrau evangelisch (RELIGION_FAMILIE, U3)',
    name: { familyName: 'Krüger', givenNames: ['Stefan'], givenNameInUse: 0 },
    dateOfBirth: '1972-05-30',
    residences: [residence('res-church-1', 'ALLEINIGE_WOHNUNG', 'Am Marktplatz', '3', '15344', 'Strausberg', strausberg, '1999-09-01')],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'], FAMILIENSTAND: ['verheiratet seit 21.08.1999'] },
  },
  'info-block': {
    id: 'info-block',
    label: 'Miriam Wolff – Auskunftssperre (§ 51, U6)',
    name: { familyName: 'Wolff', givenNames: ['Miriam'], givenNameInUse: 0 },
    dateOfBirth: '1987-01-14',
    residences: [residence('res-wolff-2', 'ALLEINIGE_WOHNUNG', 'Berliner Straße', '45', '15344', 'Strausberg', strausberg, '2015-06-01')],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
  'security-block': {
    id: 'security-block',
    label: 'Andrea Schmidt – Sperren auf Veranlassung einer Sicherheitsbehörde (C5)',
    name: { familyName: 'Schmidt', givenNames: ['Andrea'], givenNameInUse: 0 },
    dateOfBirth: '1980-01-25',
    residences: [residence('res-schmidt-1', 'ALLEINIGE_WOHNUNG', 'Lindenallee', '9', '15344', 'Strausberg', strausberg, '2018-03-01')],
    zusatz: { STAATSANGEHOERIGKEITEN: ['deutsch'] },
  },
};

// ---- Selbstauskunft (S1–S4) ------------------------------------------------------------------

/**
 * What the register holds about a persona beyond name, birth date and current residences (the
 * fake derives those three from the persona): further entries per group, regular transfers,
 * logged retrievals and whether family data is withheld. Values are German register text.
 */
export interface PersonaAuskunft {
  /** Origin of the derived name and birth entries (S1). */
  origins?: { NAMEN?: string; GEBURT?: string };
  /** Entries per group, after the derived ones. */
  entries?: Partial<Record<AuskunftGroup, AuskunftEntry[]>>;
  /** S2; default: the transfers that concern every adult. */
  recipients?: Selbstauskunft['recipients'];
  /** S3, newest first; default none. */
  retrievals?: Selbstauskunft['retrievals'];
  /** S4: a family member has a § 51/§ 52 block, their data is left out. */
  familyDataWithheld?: boolean;
}

/** S2: regular transfers that concern every adult (as the reference server's register). */
export const standardRecipients: Selbstauskunft['recipients'] = [
  {
    recipient: 'Bundeszentralamt für Steuern',
    purpose: 'Vergabe und Pflege der steuerlichen Identifikationsnummer',
    legalBasis: '§ 139b Abs. 6 AO',
    data: 'Namen, Doktorgrad, Geburtsdatum und -ort, Geschlecht, Anschriften, Sterbedatum',
  },
  {
    recipient: 'ARD ZDF Deutschlandradio Beitragsservice (für den Rundfunk Berlin-Brandenburg)',
    purpose: 'Erhebung des Rundfunkbeitrags bei Zuzug, Wegzug und Tod',
    legalBasis: '§ 36 Abs. 1 BMG i. V. m. Landesrecht (Rundfunkbeitragsstaatsvertrag)',
    data: 'Namen, Doktorgrad, Familienstand, Geburtsdatum, Anschriften, Einzugsdatum',
  },
  {
    recipient: 'Amt für Statistik Berlin-Brandenburg',
    purpose: 'Bevölkerungsstatistik',
    legalBasis: '§ 36 Abs. 1 BMG i. V. m. Bevölkerungsstatistikgesetz',
    data: 'Geburtsdatum, Geschlecht, Staatsangehörigkeiten, Anschriften (ohne Namen)',
  },
];

const e = (field: AuskunftEntry['field'], value: string, more: Omit<AuskunftEntry, 'field' | 'value'> = {}): AuskunftEntry => ({ field, value, ...more });

/** 23 retrievals, newest first, every 16 days back from 28.10.2026 (S3 with a long list). */
function manyRetrievals(): Selbstauskunft['retrievals'] {
  const bodies: [string, string][] = [
    ['Landkreis Märkisch-Oderland, Zulassungsbehörde', 'Namen, Anschriften'],
    ['Jobcenter Märkisch-Oderland', 'Anschriften'],
    ['Finanzamt Strausberg', 'Namen, Geburtsdaten, Anschriften'],
    ['Familienkasse Berlin-Brandenburg', 'Namen, Geburtsdaten, Anschriften, Familienangehörige'],
    ['Amtsgericht Strausberg, Gerichtsvollzieherverteilerstelle', 'Namen, Anschriften'],
    ['Deutsche Rentenversicherung Berlin-Brandenburg', 'Namen, Geburtsdaten, Anschriften, Familienstand'],
  ];
  const start = Date.UTC(2026, 9, 28, 8, 15);
  return Array.from({ length: 23 }, (_, i) => {
    const [recipient, data] = bodies[i % bodies.length]!;
    return { at: new Date(start - i * 16 * 86_400_000 + (i % 5) * 3_600_000).toISOString(), recipient, data };
  });
}

export const auskunftData: Partial<Record<PersonaId, PersonaAuskunft>> = {
  happy: {
    origins: { NAMEN: 'Eheurkunde, Standesamt Strausberg', GEBURT: 'Geburtsurkunde, Standesamt Frankfurt (Oder)' },
    entries: {
      NAMEN: [
        e('GEBURTSNAME', 'Krüger', { origin: 'Geburtsurkunde, Standesamt Frankfurt (Oder)' }),
        e('FRUEHERER_NAME', 'Krüger', { validTo: '2014-06-14', origin: 'Eheurkunde, Standesamt Strausberg' }),
      ],
      GEBURT: [e('GEBURTSORT', 'Frankfurt (Oder), Deutschland', { origin: 'Geburtsurkunde, Standesamt Frankfurt (Oder)' })],
      GESCHLECHT: [e('GESCHLECHT', 'weiblich', { origin: 'Geburtsurkunde, Standesamt Frankfurt (Oder)' })],
      STAATSANGEHOERIGKEITEN: [e('STAATSANGEHOERIGKEIT', 'deutsch')],
      RELIGION: [e('RELIGION', 'evangelisch', { origin: 'Mitteilung der Religionsgesellschaft' })],
      FRUEHERE_ANSCHRIFTEN: [
        e('FRUEHERE_ANSCHRIFT', 'Wriezener Straße 3, 15344 Strausberg (Hauptwohnung)', { validFrom: '2012-09-01', validTo: '2019-07-31', origin: 'Anmeldung vom 03.09.2012' }),
      ],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'verheiratet', { validFrom: '2014-06-14', origin: 'Eheurkunde, Standesamt Strausberg' })],
      FAMILIE: [e('EHEGATTE', 'Schneider, Tobias, geboren 02.02.1986', { validFrom: '2014-06-14' })],
      AUSWEISDOKUMENTE: [e('PERSONALAUSWEIS', 'Nr. L01X00T47, ausgestellt von Stadt Strausberg', { validFrom: '2021-05-03', validTo: '2031-05-02' })],
      SPERREN: [e('UEBERMITTLUNGSSPERRE', 'Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)', { validFrom: '2020-02-11', origin: 'Ihr Widerspruch' })],
    },
    recipients: [
      ...standardRecipients,
      {
        recipient: 'Ihre öffentlich-rechtliche Religionsgesellschaft (evangelisch)',
        purpose: 'Führung der Mitgliederverzeichnisse, Kirchensteuer',
        legalBasis: '§ 42 Abs. 1 BMG',
        data: 'Namen, Geburtsdatum, Anschriften, Familienstand, Religion',
      },
    ],
    retrievals: [
      { at: '2026-09-23T07:55:00.000Z', recipient: 'Jobcenter Märkisch-Oderland', data: 'Anschriften' },
      { at: '2026-03-18T09:12:00.000Z', recipient: 'Landkreis Märkisch-Oderland, Zulassungsbehörde', data: 'Namen, Anschriften' },
    ],
  },
  din91379: {
    origins: { NAMEN: 'Polnischer Reisepass', GEBURT: 'Polnischer Reisepass' },
    entries: {
      GEBURT: [e('GEBURTSORT', 'Gdańsk, Polen', { origin: 'Polnischer Reisepass' })],
      GESCHLECHT: [e('GESCHLECHT', 'männlich')],
      STAATSANGEHOERIGKEITEN: [
        e('STAATSANGEHOERIGKEIT', 'deutsch', { validFrom: '2012-04-17', origin: 'Einbürgerungsurkunde, Landkreis Märkisch-Oderland' }),
        e('STAATSANGEHOERIGKEIT', 'polnisch', { origin: 'Polnischer Reisepass' }),
      ],
      RELIGION: [e('RELIGION', 'keine Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft')],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'ledig')],
      AUSWEISDOKUMENTE: [
        e('PERSONALAUSWEIS', 'Nr. L7M2K9R4T, ausgestellt von Stadt Strausberg', { validFrom: '2020-02-03', validTo: '2030-02-02' }),
        e('REISEPASS', 'Nr. EK4412093, ausgestellt von Rzeczpospolita Polska (Wojewoda Pomorski)', { validFrom: '2019-08-12', validTo: '2029-08-11' }),
      ],
    },
    retrievals: [{ at: '2026-07-01T12:30:00.000Z', recipient: 'Finanzamt Strausberg', data: 'Namen, Geburtsdaten, Anschriften' }],
  },
  'long-name': {
    origins: { NAMEN: 'Geburtsurkunde, Standesamt Waldeck', GEBURT: 'Angabe der Person (Tag und Monat nicht bekannt)' },
    entries: {
      NAMEN: [
        e('FRUEHERER_NAME', 'von Hohenberg-Waldeck', { validTo: '1979-09-14', origin: 'Eheurkunde, Standesamt Kassel' }),
        e('FRUEHERER_NAME', 'Hohenberg', { validTo: '1968-01-01', origin: 'Namensänderungsurkunde, Regierungspräsidium Kassel' }),
        e('KUENSTLERNAME', 'Charlotte Hohenberg'),
      ],
      GESCHLECHT: [e('GESCHLECHT', 'weiblich')],
      STAATSANGEHOERIGKEITEN: [e('STAATSANGEHOERIGKEIT', 'deutsch')],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'verwitwet', { validFrom: '2011-03-02', origin: 'Sterbeurkunde, Standesamt Strausberg' })],
      AUSWEISDOKUMENTE: [e('PERSONALAUSWEIS', 'Nr. LH4K7N2P9, ausgestellt von Stadt Strausberg', { validFrom: '2018-11-20', validTo: '2028-11-19' })],
    },
  },
  'single-name': {
    origins: { NAMEN: 'Indonesischer Reisepass', GEBURT: 'Indonesischer Reisepass' },
    entries: {
      GEBURT: [e('GEBURTSORT', 'Yogyakarta, Indonesien', { origin: 'Indonesischer Reisepass' })],
      GESCHLECHT: [e('GESCHLECHT', 'weiblich')],
      STAATSANGEHOERIGKEITEN: [e('STAATSANGEHOERIGKEIT', 'indonesisch')],
      RELIGION: [e('RELIGION', 'keine Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft')],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'ledig')],
      AUSWEISDOKUMENTE: [
        e('AUFENTHALTSTITEL', 'Nr. Y7K2M9X4Q, ausgestellt von Landkreis Märkisch-Oderland, Ausländerbehörde', { validFrom: '2023-09-15', validTo: '2027-09-14' }),
        e('REISEPASS', 'Nr. C4521873, ausgestellt von Republik Indonesien', { validFrom: '2021-02-01', validTo: '2031-01-31' }),
      ],
    },
    retrievals: [{ at: '2026-05-12T10:00:00.000Z', recipient: 'Landkreis Märkisch-Oderland, Ausländerbehörde', data: 'Namen, Anschriften' }],
  },
  'spouse-blocked': {
    entries: {
      GESCHLECHT: [e('GESCHLECHT', 'männlich')],
      STAATSANGEHOERIGKEITEN: [e('STAATSANGEHOERIGKEIT', 'deutsch')],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'verheiratet', { validFrom: '2015-05-23', origin: 'Eheurkunde, Standesamt Strausberg' })],
      AUSWEISDOKUMENTE: [e('PERSONALAUSWEIS', 'Nr. LW8T3K6M1, ausgestellt von Stadt Strausberg', { validFrom: '2022-04-04', validTo: '2032-04-03' })],
    },
    familyDataWithheld: true,
  },
  'many-retrievals': {
    entries: {
      GESCHLECHT: [e('GESCHLECHT', 'männlich')],
      STAATSANGEHOERIGKEITEN: [e('STAATSANGEHOERIGKEIT', 'deutsch')],
      FAMILIENSTAND: [e('FAMILIENSTAND', 'geschieden', { validFrom: '2016-11-30', origin: 'Scheidungsurteil, Amtsgericht Strausberg' })],
    },
    retrievals: manyRetrievals(),
  },
};

// ---- Übermittlungssperren (U1–U7, C5) --------------------------------------------------------

/**
 * What the register holds about a persona's blocks. The fake derives relevance and
 * changeability from it with the server's rules (U3–U5, C5), so tests see real combinations.
 */
export interface PersonaSperren {
  /** Blocks on record and who set them; `SICHERHEITSBEHOERDE` (key 11) locks them online (C5). */
  active?: Partial<Record<SperreKey, 'PERSON' | 'SICHERHEITSBEHOERDE'>>;
  /** U4: German national. Default: unless the register lists nationalities without „deutsch“. */
  german?: boolean;
  /** U3: a family member belongs to a religious community the persona does not belong to. */
  familyInOtherCommunity?: boolean;
  /** U6: § 51 Auskunftssperre and § 52 bedingter Sperrvermerk (read-only online). */
  auskunftssperre?: boolean;
  bedingterSperrvermerk?: boolean;
}

export const sperrenData: Partial<Record<PersonaId, PersonaSperren>> = {
  // The same jubilee block the Selbstauskunft lists for her.
  happy: { active: { JUBILAEEN: 'PERSON' } },
  'teen-17': {},
  'church-spouse': { familyInOtherCommunity: true },
  'info-block': { auskunftssperre: true, active: { ADRESSBUCH: 'PERSON', PARTEIEN_WAHLEN: 'PERSON' } },
  // An Auskunftssperre with blocks set at a security authority's request: nothing of it is changeable online.
  'security-block': { auskunftssperre: true, active: { ADRESSBUCH: 'SICHERHEITSBEHOERDE', JUBILAEEN: 'SICHERHEITSBEHOERDE' } },
};
