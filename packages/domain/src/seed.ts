import type { Address, SperreKey } from '@vois-online/client/contract';
import type { EidAttributes } from './types.ts';
import { OTHER_AUTHORITIES } from './kommunen.ts';
import type { IdDocument, PersonData, PersonStatus, ResidenceRecord } from './types.ts';
import { addDays, addYears } from './calendar.ts';
import { widgetSeed } from './seed-widgets.ts';

/**
 * Fictional test data for the sandbox register: the personas of domain-meldewesen.md spread
 * over the six pilot towns. Any resemblance to real persons is unintended; street names are
 * common German street names, house numbers are made up.
 *
 * Dates of minors are relative to the day the database is created, so that "17 years old"
 * stays true for a freshly seeded sandbox whenever it is started.
 */

const SB = { ags: '12064472', name: 'Strausberg' };
const OR = { ags: '12065256', name: 'Oranienburg' };
const PR = { ags: '12063244', name: 'Premnitz' };
const WH = { ags: '12069656', name: 'Werder (Havel)' };
const ER = { ags: '12067124', name: 'Erkner' };
const WB = { ags: '12070424', name: 'Wittenberge' };

export interface SeedDwelling {
  authority: { ags: string; name: string };
  address: Address;
}

export interface SeedResidence {
  /**
   * Readable id for the in-memory register of the widgets' test double, where tests name it
   * (`res-two-2`); the SQL register derives its own opaque ids from the seed key.
   */
  id?: string;
  dwelling: string;
  status: ResidenceRecord['status'];
  moveInDate?: string;
  moveOutDate?: string;
  origin?: string;
}

export interface SeedPerson {
  key: string;
  familyName: string;
  dateOfBirth: string;
  status?: PersonStatus;
  data: Partial<PersonData> & Pick<PersonData, 'givenNames' | 'sex' | 'nationalities' | 'maritalStatus'>;
  residences: SeedResidence[];
  sperren?: Array<{ key: SperreKey; setBy?: 'PERSON' | 'SICHERHEITSBEHOERDE'; since: string }>;
  /** Historic retrievals for S3 (security authorities are stored but never shown). */
  retrievals?: Array<{ at: string; recipient: string; purpose: string; categories: string[]; securityAuthority?: boolean }>;
}

export interface SeedPersona {
  id: string;
  person: string;
  label: { de: string; en: string };
  description: { de: string; en: string };
  eid: EidAttributes;
}

export interface SeedData {
  dwellings: Record<string, SeedDwelling>;
  persons: SeedPerson[];
  relations: Array<[person: string, kind: 'EHEGATTE' | 'KIND', related: string, since?: string]>;
  personas: SeedPersona[];
}

const addr = (street: string, houseNumber: string, postalCode: string, city: string, addition?: string): Address => ({
  street, houseNumber, postalCode, city, ...(addition && { addition }),
});

const ausweis = (serial: string, authority: string, issuedOn: string, years = 10): IdDocument => ({
  kind: 'PERSONALAUSWEIS', serial, authority, issuedOn, validUntil: addDays(addYears(issuedOn, years), -1),
});
const titel = (serial: string, authority: string, issuedOn: string, years: number): IdDocument => ({
  kind: 'AUFENTHALTSTITEL', serial, authority, issuedOn, validUntil: addDays(addYears(issuedOn, years), -1),
});

/** eID attributes exactly as the register holds them (the common case). */
const eidOf = (p: SeedPerson, dwelling: SeedDwelling): EidAttributes => ({
  familyName: p.familyName,
  givenNames: p.data.givenNames.join(' '),
  dateOfBirth: p.dateOfBirth,
  placeOfResidence: {
    street: [dwelling.address.street, dwelling.address.houseNumber, dwelling.address.addition].filter(Boolean).join(' '),
    postalCode: dwelling.address.postalCode,
    city: dwelling.address.city,
  },
});

export function seedData(today: string): SeedData {
  const yearsAgo = (years: number, days = 0) => addDays(addYears(today, -years), -days);

  const dwellings: Record<string, SeedDwelling> = {
    mustermannSB: { authority: SB, address: addr('Große Straße', '45', '15344', 'Strausberg') },
    mustermannSBalt: { authority: SB, address: addr('Hegermühlenstraße', '3', '15344', 'Strausberg') },
    richterOR: { authority: OR, address: addr('Bernauer Straße', '21', '16515', 'Oranienburg') },
    richterWH: { authority: WH, address: addr('Am Plessower See', '7', '14542', 'Werder (Havel)') },
    richterWB: { authority: WB, address: addr('Bad Wilsnacker Straße', '12', '19322', 'Wittenberge', 'Wohnung 3') },
    koehlerER: { authority: ER, address: addr('Fürstenwalder Straße', '18', '15537', 'Erkner') },
    koehlerPR: { authority: PR, address: addr('Am Hohen Ufer', '9', '14727', 'Premnitz') },
    wolffWB: { authority: WB, address: addr('Perleberger Straße', '30', '19322', 'Wittenberge') },
    lindnerPR: { authority: PR, address: addr('Karl-Marx-Straße', '5', '14727', 'Premnitz') },
    hartmannWH: { authority: WH, address: addr('Eisenbahnstraße', '40', '14542', 'Werder (Havel)') },
    zolkiewskiSB: { authority: SB, address: addr('Wriezener Straße', '8', '15344', 'Strausberg') },
    brenkenhoffWH: { authority: WH, address: addr('Uferstraße', '14', '14542', 'Werder (Havel)') },
    suryaniOR: { authority: OR, address: addr('Lehnitzstraße', '50', '16515', 'Oranienburg') },
    rahimiPR: { authority: PR, address: addr('Liebigstraße', '11', '14727', 'Premnitz') },
    martinER: { authority: ER, address: addr('Seestraße', '3a', '15537', 'Erkner') },
    albrechtSB: { authority: SB, address: addr('Klosterstraße', '2', '15344', 'Strausberg') },
    meierWB: { authority: WB, address: addr('Parkstraße', '7', '19322', 'Wittenberge') },
    meierOR: { authority: OR, address: addr('Sachsenhausener Straße', '24', '16515', 'Oranienburg', 'Haus B') },
    neumannOR: { authority: OR, address: addr('Havelstraße', '16', '16515', 'Oranienburg') },
    vogelWH: { authority: WH, address: addr('Hoher Weg', '22', '14542', 'Werder (Havel)') },
    engelBerlin: { authority: OTHER_AUTHORITIES.berlin, address: addr('Greifswalder Straße', '140', '10409', 'Berlin') },
    engelER: { authority: ER, address: addr('Woltersdorfer Straße', '9', '15537', 'Erkner') },
    kruegerSB: { authority: SB, address: addr('Prötzeler Chaussee', '11', '15344', 'Strausberg') },
    schmidtPR: { authority: PR, address: addr('Dachsberg', '1', '14727', 'Premnitz') },
  };

  const jonasBorn = yearsAgo(17, 75);
  const lenaBorn = yearsAgo(11, 140);
  const vogelMarried = addDays(today, -24);

  const persons: SeedPerson[] = [
    {
      key: 'mustermann', familyName: 'Mustermann', dateOfBirth: '1964-08-12',
      data: {
        givenNames: ['Erika'], birthName: 'Gabler', sex: 'W', nationalities: ['deutsch'], religion: 'ev',
        placeOfBirth: 'Berlin', countryOfBirth: 'Deutschland', maritalStatus: 'GS', maritalSince: '2011-03-02',
        idDocuments: [ausweis('LK4R7M2N9', 'Stadt Strausberg', '2021-05-12')],
        origins: { NAMEN: 'Geburtsurkunde, Standesamt Berlin-Mitte', GEBURT: 'Geburtsurkunde, Standesamt Berlin-Mitte', FAMILIENSTAND: 'Scheidungsurteil, Amtsgericht Strausberg' },
      },
      residences: [
        { dwelling: 'mustermannSBalt', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2001-10-01', moveOutDate: '2012-04-01', origin: 'Anmeldung vom 04.10.2001' },
        { dwelling: 'mustermannSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2012-04-01', origin: 'Anmeldung vom 10.04.2012' },
      ],
      sperren: [{ key: 'JUBILAEEN', since: '2019-02-11' }],
      retrievals: [
        { at: '2026-03-18T09:12:00.000Z', recipient: 'Landkreis Märkisch-Oderland, Zulassungsbehörde', purpose: 'Kfz-Zulassung', categories: ['NAMEN', 'ANSCHRIFTEN'] },
        { at: '2026-06-02T13:40:00.000Z', recipient: 'Polizeipräsidium Land Brandenburg', purpose: 'Gefahrenabwehr', categories: ['NAMEN', 'GEBURT', 'ANSCHRIFTEN'], securityAuthority: true },
        { at: '2026-09-23T07:55:00.000Z', recipient: 'Jobcenter Märkisch-Oderland', purpose: 'Leistungsprüfung', categories: ['ANSCHRIFTEN'] },
      ],
    },
    {
      key: 'richter', familyName: 'Richter', dateOfBirth: '1978-02-03',
      data: {
        givenNames: ['Thomas', 'Michael'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Potsdam', countryOfBirth: 'Deutschland',
        maritalStatus: 'LD', idDocuments: [ausweis('L9T4X2C8P', 'Stadt Oranienburg', '2019-11-04')],
        origins: { NAMEN: 'Geburtsurkunde, Standesamt Potsdam', GEBURT: 'Geburtsurkunde, Standesamt Potsdam' },
      },
      residences: [
        { dwelling: 'richterOR', status: 'HAUPTWOHNUNG', moveInDate: '2016-09-01', origin: 'Anmeldung vom 05.09.2016' },
        { dwelling: 'richterWH', status: 'NEBENWOHNUNG', moveInDate: '2020-05-15', origin: 'Anmeldung vom 18.05.2020' },
        { dwelling: 'richterWB', status: 'NEBENWOHNUNG', moveInDate: '2023-01-10', origin: 'Anmeldung vom 12.01.2023' },
      ],
      retrievals: [{ at: '2026-02-10T10:05:00.000Z', recipient: 'Landkreis Prignitz, Ausländer- und Meldeangelegenheiten', purpose: 'Amtshilfe', categories: ['ANSCHRIFTEN'] }],
    },
    {
      key: 'koehler-sabine', familyName: 'Köhler', dateOfBirth: '1983-06-21',
      data: {
        givenNames: ['Sabine', 'Anna'], givenNameInUse: 0, birthName: 'Lehmann', formerNames: [{ name: 'Lehmann', until: '2008-07-12', origin: 'Eheurkunde, Standesamt Erkner' }],
        sex: 'W', nationalities: ['deutsch'], religion: 'rk', placeOfBirth: 'Frankfurt (Oder)', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '2008-07-12', idDocuments: [ausweis('LM2K8R4T1', 'Stadt Erkner', '2022-02-15')],
        origins: { FAMILIENSTAND: 'Eheurkunde, Standesamt Erkner', RELIGION: 'Mitteilung der Religionsgesellschaft' },
      },
      residences: [
        { dwelling: 'koehlerER', status: 'HAUPTWOHNUNG', moveInDate: '2009-04-01' },
        { dwelling: 'koehlerPR', status: 'NEBENWOHNUNG', moveInDate: '2019-06-01' },
      ],
    },
    {
      key: 'koehler-jens', familyName: 'Köhler', dateOfBirth: '1981-10-02',
      data: {
        givenNames: ['Jens'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Fürstenwalde/Spree', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '2008-07-12', idDocuments: [ausweis('LX7P3N5K2', 'Stadt Erkner', '2020-08-20')],
      },
      residences: [
        { dwelling: 'koehlerER', status: 'HAUPTWOHNUNG', moveInDate: '2009-04-01' },
        { dwelling: 'koehlerPR', status: 'NEBENWOHNUNG', moveInDate: '2019-06-01' },
      ],
    },
    {
      key: 'koehler-jonas', familyName: 'Köhler', dateOfBirth: jonasBorn,
      data: {
        givenNames: ['Jonas', 'Paul'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], religion: 'rk', placeOfBirth: 'Berlin', countryOfBirth: 'Deutschland',
        maritalStatus: 'LD', idDocuments: [ausweis('LC5W9H3D7', 'Stadt Erkner', addDays(jonasBorn, 16 * 365 + 30), 6)],
        legalRepresentatives: [
          { name: 'Sabine Köhler', address: 'Fürstenwalder Straße 18, 15537 Erkner', blocked: false, role: 'Mutter' },
          { name: 'Jens Köhler', address: 'Fürstenwalder Straße 18, 15537 Erkner', blocked: false, role: 'Vater' },
        ],
      },
      residences: [
        { dwelling: 'koehlerER', status: 'HAUPTWOHNUNG', moveInDate: jonasBorn < '2009-04-01' ? '2009-04-01' : addDays(jonasBorn, 10) },
        { dwelling: 'koehlerPR', status: 'NEBENWOHNUNG', moveInDate: '2019-06-01' },
      ],
    },
    {
      key: 'koehler-lena', familyName: 'Köhler', dateOfBirth: lenaBorn,
      data: {
        givenNames: ['Lena', 'Marie'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], religion: 'rk', placeOfBirth: 'Berlin', countryOfBirth: 'Deutschland',
        maritalStatus: 'LD',
        legalRepresentatives: [
          { name: 'Sabine Köhler', address: 'Fürstenwalder Straße 18, 15537 Erkner', blocked: false, role: 'Mutter' },
          { name: 'Jens Köhler', address: 'Fürstenwalder Straße 18, 15537 Erkner', blocked: false, role: 'Vater' },
        ],
      },
      residences: [
        { dwelling: 'koehlerER', status: 'HAUPTWOHNUNG', moveInDate: addDays(lenaBorn, 10) },
        { dwelling: 'koehlerPR', status: 'NEBENWOHNUNG', moveInDate: '2019-06-01' },
      ],
    },
    {
      key: 'wolff-miriam', familyName: 'Wolff', dateOfBirth: '1987-11-30',
      data: {
        givenNames: ['Miriam'], birthName: 'Sommer', formerNames: [{ name: 'Sommer', until: '2015-05-23' }], sex: 'W', nationalities: ['deutsch'], religion: 'ev',
        placeOfBirth: 'Schwerin', countryOfBirth: 'Deutschland', maritalStatus: 'VH', maritalSince: '2015-05-23',
        auskunftssperre: { since: '2022-03-01', until: '2028-02-29' },
        idDocuments: [ausweis('LR8D2F6J4', 'Stadt Wittenberge', '2022-03-10')],
      },
      residences: [{ dwelling: 'wolffWB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2015-06-01' }],
      sperren: [{ key: 'ADRESSBUCH', since: '2022-03-01' }, { key: 'PARTEIEN_WAHLEN', since: '2022-03-01' }],
    },
    {
      key: 'wolff-daniel', familyName: 'Wolff', dateOfBirth: '1985-04-14',
      data: {
        givenNames: ['Daniel', 'Sebastian'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], religion: 'ev', placeOfBirth: 'Wittenberge', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '2015-05-23', idDocuments: [ausweis('LF3G7K1M5', 'Stadt Wittenberge', '2018-09-03')],
      },
      residences: [{ dwelling: 'wolffWB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2015-06-01' }],
    },
    {
      key: 'lindner', familyName: 'Lindner', dateOfBirth: '1941-01-19', status: 'VERSTORBEN',
      data: {
        givenNames: ['Gerhard'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Rathenow', countryOfBirth: 'Deutschland',
        maritalStatus: 'VW', maritalSince: '2016-12-01', dateOfDeath: '2025-09-03',
        origins: { NAMEN: 'Sterbeurkunde, Standesamt Premnitz' },
      },
      residences: [{ dwelling: 'lindnerPR', status: 'ALLEINIGE_WOHNUNG', moveInDate: '1968-05-01', moveOutDate: '2025-09-03' }],
    },
    {
      key: 'hartmann', familyName: 'Hartmann', dateOfBirth: '1990-07-07', status: 'AUSGEWANDERT',
      data: {
        givenNames: ['Julia'], sex: 'W', nationalities: ['deutsch'], placeOfBirth: 'Brandenburg an der Havel', countryOfBirth: 'Deutschland',
        maritalStatus: 'LD', emigration: { date: '2024-08-31', country: 'Portugal', address: 'Lissabon' },
        idDocuments: [ausweis('LH6N4Q8W2', 'Stadt Werder (Havel)', '2017-04-21')],
      },
      residences: [{ dwelling: 'hartmannWH', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2014-02-01', moveOutDate: '2024-08-31', origin: 'Abmeldung ins Ausland vom 26.08.2024' }],
    },
    {
      key: 'zolkiewski', familyName: 'Żółkiewski-Nguyễn', dateOfBirth: '1992-09-15',
      data: {
        givenNames: ['Łukasz'], sex: 'M', nationalities: ['polnisch'], religion: 'rk', placeOfBirth: 'Kraków', countryOfBirth: 'Polen',
        maritalStatus: 'LD', idDocuments: [{ kind: 'REISEPASS', serial: 'EK4071932', authority: 'Wojewoda Małopolski', issuedOn: '2021-06-30', validUntil: '2031-06-29' }],
        origins: { NAMEN: 'Polnischer Reisepass', GEBURT: 'Polnischer Reisepass' },
      },
      residences: [{ dwelling: 'zolkiewskiSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2020-10-15' }],
    },
    {
      key: 'brenkenhoff', familyName: 'Freifrau von Brenkenhoff-Liebenwalde', dateOfBirth: '1958-05-02',
      data: {
        givenNames: ['Maximiliane', 'Charlotte', 'Friederike', 'Auguste', 'Viktoria', 'Luise'], givenNameInUse: 4,
        birthName: 'Freiin von Lindenau', formerNames: [{ name: 'Freiin von Lindenau', until: '1983-09-17' }],
        sex: 'W', nationalities: ['deutsch'], religion: 'ev', placeOfBirth: 'Hannover', countryOfBirth: 'Deutschland',
        maritalStatus: 'VW', maritalSince: '2019-01-08', idDocuments: [ausweis('LB1V5Z9S3', 'Stadt Werder (Havel)', '2023-07-14')],
      },
      residences: [{ dwelling: 'brenkenhoffWH', status: 'ALLEINIGE_WOHNUNG', moveInDate: '1999-04-01' }],
    },
    {
      key: 'suryani', familyName: 'Suryani', dateOfBirth: '1995-03-08',
      data: {
        givenNames: [], sex: 'W', nationalities: ['indonesisch'], placeOfBirth: 'Yogyakarta', countryOfBirth: 'Indonesien', maritalStatus: 'LD',
        idDocuments: [titel('Y8R2K4N6T', 'Landkreis Oberhavel, Ausländerbehörde', '2024-01-22', 3)],
        origins: { NAMEN: 'Indonesischer Reisepass' },
      },
      residences: [{ dwelling: 'suryaniOR', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2022-09-01' }],
    },
    {
      key: 'rahimi', familyName: 'Rahimi', dateOfBirth: '1990',
      data: {
        givenNames: ['Ahmad'], sex: 'M', nationalities: ['afghanisch'], placeOfBirth: 'Herat', countryOfBirth: 'Afghanistan', maritalStatus: 'LD',
        idDocuments: [titel('Y3D7M1P9Q', 'Landkreis Havelland, Ausländerbehörde', '2023-05-08', 3)],
        origins: { GEBURT: 'Angabe im Aufenthaltstitel (Tag und Monat unbekannt)' },
      },
      residences: [{ dwelling: 'rahimiPR', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2016-03-14' }],
    },
    {
      key: 'martin', familyName: 'Martin', dateOfBirth: '1986-12-01',
      data: {
        givenNames: ['Sophie', 'Claire'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch', 'französisch'], religion: 'rk', placeOfBirth: 'Lyon', countryOfBirth: 'Frankreich',
        maritalStatus: 'LD', idDocuments: [ausweis('LP9S2W6Y4', 'Stadt Erkner', '2024-04-02')],
        origins: { STAATSANGEHOERIGKEITEN: 'Einbürgerungsurkunde, Landkreis Oder-Spree (2012)' },
      },
      residences: [{ dwelling: 'martinER', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2011-08-01' }],
    },
    {
      key: 'albrecht', familyName: 'Albrecht', dateOfBirth: '1969-04-22',
      data: {
        givenNames: ['Johannes', 'Benedikt'], givenNameInUse: 0, doctoralDegree: 'Dr.', religiousName: 'Bruder Anselm', artistName: 'Jo Albatros',
        sex: 'M', nationalities: ['deutsch'], religion: 'rk', placeOfBirth: 'Münster', countryOfBirth: 'Deutschland', maritalStatus: 'LD',
        idDocuments: [ausweis('LD4J8B2N6', 'Stadt Strausberg', '2020-01-30')],
      },
      residences: [{ dwelling: 'albrechtSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2005-09-01' }],
    },
    {
      key: 'meier', familyName: 'Meier', dateOfBirth: '1952-10-10',
      data: {
        givenNames: ['Horst'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Perleberg', countryOfBirth: 'Deutschland', maritalStatus: 'GS',
        legalGuardian: { name: 'Petra Lange', address: 'Bahnstraße 3, 19348 Perleberg', residenceDetermination: true, court: 'Amtsgericht Perleberg' },
        legalRepresentatives: [{ name: 'Petra Lange', address: 'Bahnstraße 3, 19348 Perleberg', blocked: false, role: 'Betreuerin (Aufgabenkreis u. a. Aufenthaltsbestimmung)' }],
        idDocuments: [ausweis('LN7C3T5R1', 'Stadt Wittenberge', '2019-02-25')],
      },
      residences: [
        { dwelling: 'meierWB', status: 'HAUPTWOHNUNG', moveInDate: '1988-07-01' },
        { dwelling: 'meierOR', status: 'NEBENWOHNUNG', moveInDate: '2024-11-01' },
      ],
    },
    {
      key: 'neumann', familyName: 'Neumann', dateOfBirth: '2003-02-14',
      data: {
        givenNames: ['Paul'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Eberswalde', countryOfBirth: 'Deutschland', maritalStatus: 'LD',
        adoptionSecrecy: true, idDocuments: [ausweis('LQ2H6M8V3', 'Stadt Oranienburg', '2021-03-01')],
      },
      residences: [{ dwelling: 'neumannOR', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2003-02-20' }],
    },
    {
      key: 'vogel-katharina', familyName: 'Vogel', dateOfBirth: '1993-08-19',
      data: {
        givenNames: ['Katharina'], birthName: 'Brandt', formerNames: [{ name: 'Brandt', until: vogelMarried, origin: 'Eheurkunde, Standesamt Werder (Havel)' }],
        sex: 'W', nationalities: ['deutsch'], placeOfBirth: 'Rostock', countryOfBirth: 'Deutschland', maritalStatus: 'VH', maritalSince: vogelMarried,
        idDocuments: [ausweis('LW5K1P7G9', 'Stadt Werder (Havel)', '2020-06-15')],
        origins: { NAMEN: 'Eheurkunde, Standesamt Werder (Havel)' },
      },
      residences: [{ dwelling: 'vogelWH', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2021-05-01' }],
    },
    {
      key: 'vogel-felix', familyName: 'Vogel', dateOfBirth: '1991-01-27',
      data: { givenNames: ['Felix'], sex: 'M', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: vogelMarried, placeOfBirth: 'Potsdam', countryOfBirth: 'Deutschland' },
      residences: [{ dwelling: 'vogelWH', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2021-05-01' }],
    },
    {
      key: 'engel', familyName: 'Engel', dateOfBirth: '1975-05-30',
      data: {
        givenNames: ['Markus'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Dresden', countryOfBirth: 'Deutschland', maritalStatus: 'LD',
        idDocuments: [ausweis('LG8T2R6C4', 'Land Berlin, Bezirksamt Pankow', '2018-10-11')],
      },
      residences: [
        { dwelling: 'engelBerlin', status: 'HAUPTWOHNUNG', moveInDate: '2010-01-15' },
        { dwelling: 'engelER', status: 'NEBENWOHNUNG', moveInDate: '2021-04-01' },
      ],
    },
    {
      key: 'krueger-stefan', familyName: 'Krüger', dateOfBirth: '1972-03-03',
      data: {
        givenNames: ['Stefan'], sex: 'M', nationalities: ['deutsch'], placeOfBirth: 'Strausberg', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '1999-08-21', idDocuments: [ausweis('LJ3M9X5B7', 'Stadt Strausberg', '2017-12-04')],
      },
      residences: [{ dwelling: 'kruegerSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '1999-09-01' }],
    },
    {
      key: 'krueger-martina', familyName: 'Krüger', dateOfBirth: '1974-11-09',
      data: {
        givenNames: ['Martina'], birthName: 'Fischer', sex: 'W', nationalities: ['deutsch'], religion: 'ev', placeOfBirth: 'Bad Freienwalde (Oder)', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '1999-08-21',
      },
      residences: [{ dwelling: 'kruegerSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '1999-09-01' }],
    },
    {
      key: 'schmidt', familyName: 'Schmidt', dateOfBirth: '1980-01-25',
      data: {
        givenNames: ['Andrea'], sex: 'W', nationalities: ['deutsch'], placeOfBirth: 'Magdeburg', countryOfBirth: 'Deutschland', maritalStatus: 'LD',
        idDocuments: [ausweis('LV6B4N2K8', 'Stadt Premnitz', '2022-10-17')],
      },
      residences: [{ dwelling: 'schmidtPR', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2018-03-01' }],
      sperren: [
        { key: 'ADRESSBUCH', setBy: 'SICHERHEITSBEHOERDE', since: '2023-02-01' },
        { key: 'JUBILAEEN', setBy: 'SICHERHEITSBEHOERDE', since: '2023-02-01' },
      ],
      retrievals: [{ at: '2026-05-05T08:30:00.000Z', recipient: 'Bundesamt für Verfassungsschutz', purpose: 'Aufgabenerfüllung', categories: ['NAMEN', 'ANSCHRIFTEN'], securityAuthority: true }],
    },
  ];

  const relations: SeedData['relations'] = [
    ['koehler-sabine', 'EHEGATTE', 'koehler-jens', '2008-07-12'],
    ['koehler-sabine', 'KIND', 'koehler-jonas'],
    ['koehler-sabine', 'KIND', 'koehler-lena'],
    ['koehler-jens', 'KIND', 'koehler-jonas'],
    ['koehler-jens', 'KIND', 'koehler-lena'],
    ['wolff-miriam', 'EHEGATTE', 'wolff-daniel', '2015-05-23'],
    ['vogel-katharina', 'EHEGATTE', 'vogel-felix', vogelMarried],
    ['krueger-stefan', 'EHEGATTE', 'krueger-martina', '1999-08-21'],
  ];

  // The people the widget tests and stories were written for: the same seed, so the sandbox
  // server, the demo and the widgets' test double know the same people.
  const widgets = widgetSeed({ today, yearsAgo, addr, ausweis, titel });
  for (const [key, dwelling] of Object.entries(widgets.dwellings)) {
    if (dwellings[key]) throw new Error(`seed: dwelling ${key} defined twice`);
    dwellings[key] = dwelling;
  }
  for (const p of widgets.persons) if (persons.some((q) => q.key === p.key)) throw new Error(`seed: person ${p.key} defined twice`);
  persons.push(...widgets.persons);
  relations.push(...widgets.relations);

  const byKey = new Map(persons.map((p) => [p.key, p]));
  const mainDwelling = (key: string) => dwellings[byKey.get(key)!.residences.filter((r) => r.status !== 'NEBENWOHNUNG').at(-1)!.dwelling]!;
  const eid = (key: string, change: Partial<EidAttributes> = {}) => ({ ...eidOf(byKey.get(key)!, mainDwelling(key)), ...change });

  const persona = (id: string, person: string, label: [string, string], description: [string, string], eidAttributes = eid(person)): SeedPersona => ({
    id, person, label: { de: label[0], en: label[1] }, description: { de: description[0], en: description[1] }, eid: eidAttributes,
  });

  const personas: SeedPersona[] = [
    persona('standard', 'mustermann', ['Erika Mustermann – nur Hauptwohnung', 'Erika Mustermann – main residence only'],
      ['Der Normalfall: alleinige Wohnung in Strausberg. Meldebescheinigung, Sperren und Selbstauskunft stehen offen (keine Nebenwohnung, A1). Mit Jubiläums-Sperre und protokollierten Abrufen.',
        'The happy path: sole residence in Strausberg. Certificate, blocks and self-disclosure are open (no secondary residence, A1). Has a jubilee block and logged retrievals.']),
    persona('zwei-nebenwohnungen', 'richter', ['Thomas Richter – zwei Nebenwohnungen', 'Thomas Richter – two secondary residences'],
      ['Hauptwohnung in Oranienburg, Nebenwohnungen in Werder (Havel) und Wittenberge (A1, A2, M6). In Werder oder Wittenberge keine Meldebescheinigung (M1).',
        'Main residence in Oranienburg, secondary residences in Werder (Havel) and Wittenberge (A1, A2, M6). No certificate in Werder or Wittenberge (M1).']),
    persona('familie', 'koehler-sabine', ['Sabine Köhler – Familie mit Nebenwohnung', 'Sabine Köhler – family with secondary residence'],
      ['Hauptwohnung Erkner, gemeinsame Nebenwohnung in Premnitz mit Ehemann und zwei Kindern (11 und 17 Jahre): nur das jüngere Kind kann mit abgemeldet werden (A5).',
        'Main residence Erkner, secondary residence in Premnitz shared with husband and two children (11 and 17): only the younger child can be co-deregistered (A5).']),
    persona('jugendlich-17', 'koehler-jonas', ['Jonas Köhler – 17 Jahre, deutsch', 'Jonas Köhler – 17, German'],
      ['Sohn der Familie Köhler, meldet sich mit eigenem Ausweis an. Die Bundeswehr-Sperre ist für ihn relevant (U4), die Adressbuch-Sperre noch nicht (U5).',
        'Son of the Köhler family, logs in with his own ID card. The Bundeswehr block matters for him (U4), the address-book block not yet (U5).']),
    persona('auskunftssperre', 'wolff-miriam', ['Miriam Wolff – Auskunftssperre', 'Miriam Wolff – information block'],
      ['Hat eine Auskunftssperre nach § 51 BMG: darf die Dienste nutzen (C5), die Sperre ist nur lesbar (U6).',
        'Has an information block under § 51 BMG: may use the services (C5); the block is read-only (U6).']),
    persona('ehegatte-ohne-sperre', 'wolff-daniel', ['Daniel Wolff – Ehegatte ohne Sperre', 'Daniel Wolff – spouse without block'],
      ['Verheiratet mit Miriam Wolff (Auskunftssperre): ihre Daten fehlen auf seiner Bescheinigung und in seiner Selbstauskunft (M4, S4).',
        'Married to Miriam Wolff (information block): her data is left out of his certificate and self-disclosure (M4, S4).']),
    persona('verstorben', 'lindner', ['Gerhard Lindner – verstorben', 'Gerhard Lindner – deceased'],
      ['Im Register als verstorben eingetragen: kein Dienst steht offen (C3).', 'Recorded as deceased: no service is open (C3).']),
    persona('ausgewandert', 'hartmann', ['Julia Hartmann – ins Ausland verzogen', 'Julia Hartmann – moved abroad'],
      ['2024 nach Portugal verzogen; der Ausweis zeigt noch die alte Anschrift in Werder (Havel). Kein Dienst steht offen (C3).',
        'Moved to Portugal in 2024; the ID card still shows the old address in Werder (Havel). No service is open (C3).']),
    persona('din-91379', 'zolkiewski', ['Łukasz Żółkiewski-Nguyễn – Sonderzeichen', 'Łukasz Żółkiewski-Nguyễn – special characters'],
      ['Name nach DIN 91379; der Ausweis liefert ihn in NFD (zerlegte Akzente). Die Anmeldung gelingt nach NFC-Normalisierung (C2, C7).',
        'Name under DIN 91379; the ID card delivers it in NFD (decomposed accents). Login succeeds after NFC normalisation (C2, C7).'],
      eid('zolkiewski', { familyName: 'Żółkiewski-Nguyễn'.normalize('NFD'), givenNames: 'Łukasz'.normalize('NFD') })),
    persona('langer-name', 'brenkenhoff', ['Viktoria Freifrau von Brenkenhoff-Liebenwalde – langer Name', 'Viktoria Freifrau von Brenkenhoff-Liebenwalde – long name'],
      ['Sechs Vornamen (Rufname: Viktoria) und Adelsbezeichnung im Familiennamen: prüft Umbrüche in Oberfläche und PDF.',
        'Six given names (name in use: Viktoria) and a nobility title in the family name: tests wrapping in the UI and the PDF.']),
    persona('einname', 'suryani', ['Suryani – nur ein Name', 'Suryani – single name'],
      ['Hat nur einen Namen (Familienname, keine Vornamen), Aufenthaltstitel, indonesische Staatsangehörigkeit.',
        'Has a single name (family name, no given names), residence permit, Indonesian nationality.']),
    persona('geburtsjahr', 'rahimi', ['Ahmad Rahimi – nur Geburtsjahr bekannt', 'Ahmad Rahimi – only birth year known'],
      ['Geburtsdatum nur als Jahr (1990) bekannt: Anzeige und Abgleich unvollständiger Daten.', 'Date of birth known only as a year (1990): display and matching of partial dates.']),
    persona('doppelte-staatsangehoerigkeit', 'martin', ['Sophie Martin – deutsch und französisch', 'Sophie Martin – German and French'],
      ['Zwei Staatsangehörigkeiten, geboren in Lyon, alleinige Wohnung in Erkner.', 'Two nationalities, born in Lyon, sole residence in Erkner.']),
    persona('doktor-ordensname', 'albrecht', ['Dr. Johannes Albrecht – Doktorgrad, Ordens- und Künstlername', 'Dr. Johannes Albrecht – doctoral degree, religious and artist name'],
      ['Doktorgrad (auf jeder Bescheinigung), Ordensname „Bruder Anselm“ und Künstlername „Jo Albatros“ (erweiterte Bescheinigung).',
        'Doctoral degree (on every certificate), religious name “Bruder Anselm” and artist name “Jo Albatros” (extended certificate).']),
    persona('betreuung', 'meier', ['Horst Meier – rechtliche Betreuung', 'Horst Meier – legal guardian'],
      ['Hat eine Betreuerin mit Aufgabenkreis Aufenthaltsbestimmung: Abmeldung der Nebenwohnung in Oranienburg nur im Bürgerbüro (A6).',
        'Has a legal guardian who decides on residence: deregistering the secondary residence in Oranienburg needs the office (A6).']),
    persona('adoptionsgeheimnis', 'neumann', ['Paul Neumann – Adoptionsgeheimnis', 'Paul Neumann – adoption secrecy'],
      ['Adoptionsgeheimnis im Register: kein Online-Dienst, nur das Bürgerbüro (C4).', 'Adoption secrecy in the register: no online service, office only (C4).']),
    persona('namensaenderung', 'vogel-katharina', ['Katharina Vogel – neuer Name, alter Ausweis', 'Katharina Vogel – new name, old ID card'],
      ['Vor drei Wochen geheiratet; der Ausweis nennt noch den Namen Brandt. Die Identifizierung scheitert (C2).',
        'Married three weeks ago; the ID card still says Brandt. Identification fails (C2).'],
      eid('vogel-katharina', { familyName: 'Brandt' })),
    persona('nur-nebenwohnung', 'engel', ['Markus Engel – Hauptwohnung in Berlin', 'Markus Engel – main residence in Berlin'],
      ['In Erkner nur mit Nebenwohnung gemeldet: Meldebescheinigung gibt es in Berlin (M1); die Nebenwohnung kann in Erkner abgemeldet werden (A2).',
        'Registered in Erkner only with a secondary residence: the certificate comes from Berlin (M1); the secondary residence can be deregistered in Erkner (A2).']),
    persona('religion-familie', 'krueger-stefan', ['Stefan Krüger – konfessionslos, Ehefrau evangelisch', 'Stefan Krüger – no religion, wife Protestant'],
      ['Gehört keiner Religionsgesellschaft an, seine Ehefrau ist evangelisch: die Sperre RELIGION_FAMILIE ist wählbar (U3).',
        'Belongs to no religious community, his wife is Protestant: the RELIGION_FAMILIE block can be chosen (U3).']),
    persona('sicherheitssperre', 'schmidt', ['Andrea Schmidt – Sperre durch Sicherheitsbehörde', 'Andrea Schmidt – block set by a security authority'],
      ['Adressbuch- und Jubiläums-Sperre auf Veranlassung einer Sicherheitsbehörde (Kennzahl 11): online nicht änderbar (C5).',
        'Address-book and jubilee blocks set at the request of a security authority (key 11): cannot be changed online (C5).']),
  ];

  for (const w of widgets.personas) personas.push(persona(w.id, w.person, w.label, w.description, eid(w.person, w.eid)));

  return { dwellings, persons, relations, personas };
}

/**
 * S2: recipients of regular transfers (§ 36 Abs. 1 BMG with federal and state regulations).
 * `appliesTo` decides whose data goes there; the rules module adds block effects.
 */
export const TRANSFER_RECIPIENTS = [
  { id: 'bzst', recipient: 'Bundeszentralamt für Steuern', purpose: 'Vergabe und Pflege der steuerlichen Identifikationsnummer', legalBasis: '§ 139b Abs. 6 AO', data: 'Namen, Doktorgrad, Geburtsdatum und -ort, Geschlecht, Anschriften, Sterbedatum', appliesTo: 'ALLE' },
  { id: 'beitragsservice', recipient: 'ARD ZDF Deutschlandradio Beitragsservice (für den Rundfunk Berlin-Brandenburg)', purpose: 'Erhebung des Rundfunkbeitrags bei Zuzug, Wegzug und Tod', legalBasis: '§ 36 Abs. 1 BMG i. V. m. Landesrecht (Rundfunkbeitragsstaatsvertrag)', data: 'Namen, Doktorgrad, Familienstand, Geburtsdatum, Anschriften, Einzugsdatum', appliesTo: 'VOLLJAEHRIGE' },
  { id: 'statistik', recipient: 'Amt für Statistik Berlin-Brandenburg', purpose: 'Bevölkerungsstatistik', legalBasis: '§ 36 Abs. 1 BMG i. V. m. Bevölkerungsstatistikgesetz', data: 'Geburtsdatum, Geschlecht, Staatsangehörigkeiten, Anschriften (ohne Namen)', appliesTo: 'ALLE' },
  { id: 'religion', recipient: 'Ihre öffentlich-rechtliche Religionsgesellschaft', purpose: 'Führung der Mitgliederverzeichnisse, Kirchensteuer', legalBasis: '§ 42 Abs. 1 BMG', data: 'Namen, Geburtsdatum, Anschriften, Familienstand, Religion', appliesTo: 'RELIGIONSMITGLIEDER' },
  { id: 'bundeswehr', recipient: 'Bundesamt für das Personalmanagement der Bundeswehr', purpose: 'Information über den freiwilligen Wehrdienst (Jahrgang der Volljährigwerdenden)', legalBasis: '§ 58c Abs. 1 SG, § 36 Abs. 2 BMG', data: 'Familienname, Vornamen, gegenwärtige Anschrift', appliesTo: 'DEUTSCHE_MINDERJAEHRIGE' },
] as const;
