import type { Address } from '@vois-online/client/contract';
import type { SeedData, SeedDwelling, SeedPerson } from './seed.ts';
import type { EidAttributes, IdDocument } from './types.ts';

/** What seed.ts lends this part of the seed (no import cycle: only types are imported from there). */
export interface SeedHelpers {
  today: string;
  yearsAgo(years: number, days?: number): string;
  addr(street: string, houseNumber: string, postalCode: string, city: string, addition?: string): Address;
  ausweis(serial: string, authority: string, issuedOn: string, years?: number): IdDocument;
  titel(serial: string, authority: string, issuedOn: string, years: number): IdDocument;
}

/** A persona of this part: seed person key, labels, and optionally a changed eID (C2, C7). */
export interface WidgetPersona {
  id: string;
  person: string;
  label: [de: string, en: string];
  description: [de: string, en: string];
  eid?: Partial<EidAttributes>;
}

const SB = { ags: '12064472', name: 'Strausberg' };
const OR = { ags: '12065256', name: 'Oranienburg' };
const PR = { ags: '12063244', name: 'Premnitz' };
const WH = { ags: '12069656', name: 'Werder (Havel)' };
const ER = { ags: '12067124', name: 'Erkner' };
const WB = { ags: '12070424', name: 'Wittenberge' };

/**
 * The people the widget tests and Storybook stories were written for — most of them live in
 * Strausberg, the town the widgets' test double logs into by default. They are part of the one
 * seed (the sandbox server and the demo have them too); residence and person keys that the
 * widget tests name (`res-two-2`, `kid-lena`) are given explicitly.
 */
export function widgetSeed(h: SeedHelpers): Pick<SeedData, 'dwellings' | 'persons' | 'relations'> & { personas: WidgetPersona[] } {
  const { addr, ausweis, titel, yearsAgo } = h;
  const dwellings: Record<string, SeedDwelling> = {
    w_schneiderSB: { authority: SB, address: addr('Große Straße', '12', '15344', 'Strausberg') },
    w_schneiderSBalt: { authority: SB, address: addr('Wriezener Straße', '3', '15344', 'Strausberg') },
    w_hoffmannOR: { authority: OR, address: addr('Bernauer Straße', '41', '16515', 'Oranienburg') },
    w_hoffmannSB: { authority: SB, address: addr('Am Annatal', '7', '15344', 'Strausberg') },
    w_wolffGerhardSB: { authority: SB, address: addr('Lindenstraße', '2', '15344', 'Strausberg') },
    w_bergerSB: { authority: SB, address: addr('Garzauer Straße', '15', '15344', 'Strausberg') },
    w_fischerSB: { authority: SB, address: addr('Jenaer Straße', '20', '15344', 'Strausberg') },
    w_ngocSB: { authority: SB, address: addr('Straße der Einheit', '9', '15344', 'Strausberg', 'Hinterhaus') },
    w_ngocER: { authority: ER, address: addr('Seestraße', '33a', '15537', 'Erkner') },
    w_hohenbergSB: { authority: SB, address: addr('Prof.-Dr.-Wilhelm-Külz-Straße', '128', '15344', 'Strausberg', 'Gartenhaus, 2. Obergeschoss links') },
    w_hohenbergWH: { authority: WH, address: addr('Kemnitzer Chaussee am Großen Plessower See', '117', '14542', 'Werder (Havel)', 'Ferienhaus „Seeblick“, Nebengebäude') },
    w_lehmannSB: { authority: SB, address: addr('Müncheberger Straße', '5', '15344', 'Strausberg') },
    w_richterSB: { authority: SB, address: addr('Wriezener Straße', '30', '15344', 'Strausberg') },
    w_richterWH: { authority: WH, address: addr('Hoher Weg', '22', '14542', 'Werder (Havel)') },
    w_richterWB: { authority: WB, address: addr('Parkstraße', '7', '19322', 'Wittenberge') },
    w_koehlerSB: { authority: SB, address: addr('Fritz-Reuter-Straße', '4', '15344', 'Strausberg') },
    w_koehlerPR: { authority: PR, address: addr('Liebigstraße', '11', '14727', 'Premnitz') },
    w_meierSB: { authority: SB, address: addr('Klosterstraße', '2', '15344', 'Strausberg') },
    w_meierOR: { authority: OR, address: addr('Sachsenhausener Straße', '24', '16515', 'Oranienburg', 'Haus B') },
    w_suryaniSB: { authority: SB, address: addr('Hegermühlenstraße', '21', '15344', 'Strausberg') },
    w_wolffSB: { authority: SB, address: addr('Berliner Straße', '45', '15344', 'Strausberg') },
    w_albrechtSB: { authority: SB, address: addr('Landhausstraße', '17', '15344', 'Strausberg') },
    w_schmidtSB: { authority: SB, address: addr('Lindenallee', '9', '15344', 'Strausberg') },
  };

  const lena = yearsAgo(11, 140);
  const jonas = yearsAgo(17, 75);
  const emma = yearsAgo(19, 30);
  const sb = (serial: string, issuedOn: string) => ausweis(serial, 'Stadt Strausberg', issuedOn);

  const persons: SeedPerson[] = [
    {
      key: 'schneider-jana', familyName: 'Schneider', dateOfBirth: '1988-04-12',
      data: {
        givenNames: ['Jana', 'Marie'], givenNameInUse: 0, birthName: 'Krüger',
        formerNames: [{ name: 'Krüger', until: '2014-06-14', origin: 'Eheurkunde, Standesamt Strausberg' }],
        sex: 'W', nationalities: ['deutsch'], religion: 'ev', placeOfBirth: 'Frankfurt (Oder)', countryOfBirth: 'Deutschland',
        maritalStatus: 'VH', maritalSince: '2014-06-14', idDocuments: [sb('L01X00T47', '2021-05-03')],
        origins: {
          NAMEN: 'Eheurkunde, Standesamt Strausberg', GEBURT: 'Geburtsurkunde, Standesamt Frankfurt (Oder)',
          GESCHLECHT: 'Geburtsurkunde, Standesamt Frankfurt (Oder)', RELIGION: 'Mitteilung der Religionsgesellschaft',
          FAMILIENSTAND: 'Eheurkunde, Standesamt Strausberg',
        },
      },
      residences: [
        { dwelling: 'w_schneiderSBalt', status: 'HAUPTWOHNUNG', moveInDate: '2012-09-01', moveOutDate: '2019-07-31', origin: 'Anmeldung vom 03.09.2012' },
        { id: 'res-happy-1', dwelling: 'w_schneiderSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2019-08-01' },
      ],
      sperren: [{ key: 'JUBILAEEN', since: '2020-02-11' }],
      retrievals: [
        { at: '2026-03-18T09:12:00.000Z', recipient: 'Landkreis Märkisch-Oderland, Zulassungsbehörde', purpose: 'Kfz-Zulassung', categories: ['NAMEN', 'ANSCHRIFTEN'] },
        { at: '2026-09-23T07:55:00.000Z', recipient: 'Jobcenter Märkisch-Oderland', purpose: 'Leistungsprüfung', categories: ['ANSCHRIFTEN'] },
      ],
    },
    {
      key: 'schneider-tobias', familyName: 'Schneider', dateOfBirth: '1986-02-02',
      data: { givenNames: ['Tobias'], sex: 'M', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: '2014-06-14' },
      residences: [{ dwelling: 'w_schneiderSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2019-08-01' }],
    },
    {
      key: 'hoffmann', familyName: 'Hoffmann', dateOfBirth: '1979-09-30',
      data: { givenNames: ['Paul'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'LD' },
      residences: [
        { id: 'res-sec-1', dwelling: 'w_hoffmannOR', status: 'HAUPTWOHNUNG', moveInDate: '2015-03-01' },
        { id: 'res-sec-2', dwelling: 'w_hoffmannSB', status: 'NEBENWOHNUNG', moveInDate: '2022-10-15' },
      ],
    },
    {
      key: 'wolff-gerhard', familyName: 'Wolff', dateOfBirth: '1941-02-17', status: 'VERSTORBEN',
      data: { givenNames: ['Gerhard'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'VW', dateOfDeath: '2025-11-02' },
      residences: [{ id: 'res-dec-1', dwelling: 'w_wolffGerhardSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '1975-04-01', moveOutDate: '2025-11-02' }],
    },
    {
      key: 'berger', familyName: 'Berger', dateOfBirth: '1993-06-05', status: 'AUSGEWANDERT',
      data: { givenNames: ['Sofia'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], maritalStatus: 'LD', emigration: { date: '2025-03-31', country: 'Norwegen' } },
      residences: [{ dwelling: 'w_bergerSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2017-05-01', moveOutDate: '2025-03-31', origin: 'Abmeldung ins Ausland vom 20.03.2025' }],
    },
    {
      key: 'fischer', familyName: 'Fischer', dateOfBirth: '2001-12-24',
      data: { givenNames: ['Lena'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], maritalStatus: 'LD', adoptionSecrecy: true },
      residences: [{ id: 'res-clerk-1', dwelling: 'w_fischerSB', status: 'ALLEINIGE_WOHNUNG' }],
    },
    {
      key: 'zolkiewski-ngoc', familyName: 'Żółkiewski-Nguyễn', dateOfBirth: '1991-11-03',
      data: {
        givenNames: ['Łukasz', 'Ngọc'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch', 'polnisch'],
        placeOfBirth: 'Gdańsk', countryOfBirth: 'Polen', maritalStatus: 'LD',
        idDocuments: [
          sb('L7M2K9R4T', '2020-02-03'),
          { kind: 'REISEPASS', serial: 'EK4412093', authority: 'Rzeczpospolita Polska (Wojewoda Pomorski)', issuedOn: '2019-08-12', validUntil: '2029-08-11' },
        ],
        origins: { NAMEN: 'Polnischer Reisepass', GEBURT: 'Polnischer Reisepass', STAATSANGEHOERIGKEITEN: 'Einbürgerungsurkunde, Landkreis Märkisch-Oderland' },
      },
      residences: [
        { id: 'res-din-1', dwelling: 'w_ngocSB', status: 'HAUPTWOHNUNG', moveInDate: '2020-01-15' },
        { id: 'res-din-2', dwelling: 'w_ngocER', status: 'NEBENWOHNUNG', moveInDate: '2023-04-01' },
      ],
      retrievals: [{ at: '2026-07-01T12:30:00.000Z', recipient: 'Finanzamt Strausberg', purpose: 'Steuerfestsetzung', categories: ['NAMEN', 'GEBURT', 'ANSCHRIFTEN'] }],
    },
    {
      key: 'hohenberg', familyName: 'Freifrau von Hohenberg-Waldeck-Schönau', dateOfBirth: '1950',
      data: {
        givenNames: ['Friederike', 'Charlotte', 'Auguste', 'Wilhelmine', 'Sophie', 'Henriette'], givenNameInUse: 2, doctoralDegree: 'Dr. rer. nat.',
        formerNames: [
          { name: 'von Hohenberg-Waldeck', until: '1979-09-14', origin: 'Eheurkunde, Standesamt Kassel' },
          { name: 'Hohenberg', until: '1968-01-01', origin: 'Namensänderungsurkunde, Regierungspräsidium Kassel' },
        ],
        artistName: 'Charlotte Hohenberg', sex: 'W', nationalities: ['deutsch'], maritalStatus: 'VW', maritalSince: '2011-03-02',
        idDocuments: [sb('LH4K7N2P9', '2018-11-20')],
        origins: { NAMEN: 'Geburtsurkunde, Standesamt Waldeck', GEBURT: 'Angabe der Person (Tag und Monat nicht bekannt)', FAMILIENSTAND: 'Sterbeurkunde, Standesamt Strausberg' },
      },
      residences: [
        { id: 'res-long-1', dwelling: 'w_hohenbergSB', status: 'HAUPTWOHNUNG', moveInDate: '1998-05-01' },
        { id: 'res-longs-2', dwelling: 'w_hohenbergWH', status: 'NEBENWOHNUNG', moveInDate: '2021-07-01' },
      ],
    },
    {
      key: 'lehmann', familyName: 'Lehmann', dateOfBirth: '1996-07-21',
      data: { givenNames: ['Mia'], givenNameInUse: 0, birthName: 'Seidel', sex: 'W', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: h.today },
      residences: [{ id: 'res-nc-1', dwelling: 'w_lehmannSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2020-02-01' }],
    },
    {
      key: 'richter-sb', familyName: 'Richter', dateOfBirth: '1978-02-03',
      data: { givenNames: ['Thomas', 'Michael'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'LD' },
      residences: [
        { id: 'res-two-1', dwelling: 'w_richterSB', status: 'HAUPTWOHNUNG', moveInDate: '2016-09-01' },
        { id: 'res-two-2', dwelling: 'w_richterWH', status: 'NEBENWOHNUNG', moveInDate: '2020-05-15' },
        { id: 'res-two-3', dwelling: 'w_richterWB', status: 'NEBENWOHNUNG', moveInDate: '2023-01-10' },
      ],
    },
    {
      key: 'koehler-sb', familyName: 'Köhler', dateOfBirth: '1983-06-21',
      data: { givenNames: ['Sabine', 'Anna'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: '2008-07-12' },
      residences: [
        { id: 'res-fam-1', dwelling: 'w_koehlerSB', status: 'HAUPTWOHNUNG', moveInDate: '2009-04-01' },
        { id: 'res-fam-2', dwelling: 'w_koehlerPR', status: 'NEBENWOHNUNG', moveInDate: '2019-06-01' },
      ],
    },
    ...(
      [['kid-lena', ['Lena', 'Marie'], lena, 'W'], ['kid-jonas', ['Jonas', 'Paul'], jonas, 'M'], ['kid-emma', ['Emma'], emma, 'W']] as const
    ).map(([key, givenNames, born, sex]): SeedPerson => ({
      key, familyName: 'Köhler', dateOfBirth: born,
      data: { givenNames: [...givenNames], givenNameInUse: 0, sex, nationalities: ['deutsch'], maritalStatus: 'LD' },
      residences: [
        { dwelling: 'w_koehlerSB', status: 'HAUPTWOHNUNG', moveInDate: born < '2009-04-01' ? '2009-04-01' : born },
        { dwelling: 'w_koehlerPR', status: 'NEBENWOHNUNG', moveInDate: born < '2019-06-01' ? '2019-06-01' : born },
      ],
    })),
    {
      key: 'meier-sb', familyName: 'Meier', dateOfBirth: '1952-10-10',
      data: {
        givenNames: ['Horst'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'GS',
        legalGuardian: { name: 'Petra Lange', address: 'Bahnstraße 3, 15344 Strausberg', residenceDetermination: true, court: 'Amtsgericht Strausberg' },
        legalRepresentatives: [{ name: 'Petra Lange', address: 'Bahnstraße 3, 15344 Strausberg', blocked: false, role: 'Betreuerin (Aufgabenkreis u. a. Aufenthaltsbestimmung)' }],
      },
      residences: [
        { id: 'res-guard-1', dwelling: 'w_meierSB', status: 'HAUPTWOHNUNG', moveInDate: '1988-07-01' },
        { id: 'res-guard-2', dwelling: 'w_meierOR', status: 'NEBENWOHNUNG', moveInDate: '2024-11-01' },
      ],
    },
    {
      key: 'suryani-sb', familyName: 'Suryani', dateOfBirth: '1994-03-08',
      data: {
        givenNames: [], sex: 'W', nationalities: ['indonesisch'], placeOfBirth: 'Yogyakarta', countryOfBirth: 'Indonesien', maritalStatus: 'LD',
        idDocuments: [
          titel('Y7K2M9X4Q', 'Landkreis Märkisch-Oderland, Ausländerbehörde', '2023-09-15', 4),
          { kind: 'REISEPASS', serial: 'C4521873', authority: 'Republik Indonesien', issuedOn: '2021-02-01', validUntil: '2031-01-31' },
        ],
        origins: { NAMEN: 'Indonesischer Reisepass', GEBURT: 'Indonesischer Reisepass' },
      },
      residences: [{ id: 'res-single-1', dwelling: 'w_suryaniSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2021-09-01' }],
      retrievals: [{ at: '2026-05-12T10:00:00.000Z', recipient: 'Landkreis Märkisch-Oderland, Ausländerbehörde', purpose: 'Aufenthaltsrecht', categories: ['NAMEN', 'ANSCHRIFTEN'] }],
    },
    {
      key: 'wolff-daniel-sb', familyName: 'Wolff', dateOfBirth: '1985-10-02',
      data: {
        givenNames: ['Daniel'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: '2015-05-23',
        idDocuments: [sb('LW8T3K6M1', '2022-04-04')], origins: { FAMILIENSTAND: 'Eheurkunde, Standesamt Strausberg' },
      },
      residences: [{ id: 'res-wolff-1', dwelling: 'w_wolffSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2015-06-01' }],
    },
    {
      key: 'wolff-miriam-sb', familyName: 'Wolff', dateOfBirth: '1987-01-14',
      data: {
        givenNames: ['Miriam'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], maritalStatus: 'VH', maritalSince: '2015-05-23',
        auskunftssperre: { since: '2022-03-01' },
      },
      residences: [{ id: 'res-wolff-2', dwelling: 'w_wolffSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2015-06-01' }],
      sperren: [{ key: 'ADRESSBUCH', since: '2022-03-01' }, { key: 'PARTEIEN_WAHLEN', since: '2022-03-01' }],
    },
    {
      key: 'albrecht-sven', familyName: 'Albrecht', dateOfBirth: '1972-01-19',
      data: { givenNames: ['Sven', 'Erik'], givenNameInUse: 0, sex: 'M', nationalities: ['deutsch'], maritalStatus: 'GS', maritalSince: '2016-11-30', origins: { FAMILIENSTAND: 'Scheidungsurteil, Amtsgericht Strausberg' } },
      residences: [{ id: 'res-alb-1', dwelling: 'w_albrechtSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2004-03-01' }],
      retrievals: manyRetrievals(),
    },
    {
      key: 'schmidt-sb', familyName: 'Schmidt', dateOfBirth: '1980-01-25',
      data: { givenNames: ['Andrea'], givenNameInUse: 0, sex: 'W', nationalities: ['deutsch'], maritalStatus: 'LD', auskunftssperre: { since: '2023-02-01' } },
      residences: [{ id: 'res-schmidt-1', dwelling: 'w_schmidtSB', status: 'ALLEINIGE_WOHNUNG', moveInDate: '2018-03-01' }],
      sperren: [
        { key: 'ADRESSBUCH', setBy: 'SICHERHEITSBEHOERDE', since: '2023-02-01' },
        { key: 'JUBILAEEN', setBy: 'SICHERHEITSBEHOERDE', since: '2023-02-01' },
      ],
    },
  ];

  const relations: SeedData['relations'] = [
    ['schneider-jana', 'EHEGATTE', 'schneider-tobias', '2014-06-14'],
    ['koehler-sb', 'KIND', 'kid-lena'],
    ['koehler-sb', 'KIND', 'kid-jonas'],
    ['koehler-sb', 'KIND', 'kid-emma'],
    ['wolff-daniel-sb', 'EHEGATTE', 'wolff-miriam-sb', '2015-05-23'],
  ];

  const personas: WidgetPersona[] = [
    { id: 'happy', person: 'schneider-jana', label: ['Jana Schneider – alleinige Wohnung in Strausberg', 'Jana Schneider – sole residence in Strausberg'],
      description: ['Der Normalfall der Widget-Tests: verheiratet, Jubiläums-Sperre, zwei protokollierte Abrufe.', 'The widget tests’ happy path: married, jubilee block, two logged retrievals.'] },
    { id: 'secondary-only', person: 'hoffmann', label: ['Paul Hoffmann – hier nur Nebenwohnung (M1)', 'Paul Hoffmann – only a secondary residence here (M1)'],
      description: ['Hauptwohnung in Oranienburg, Nebenwohnung in Strausberg: keine Meldebescheinigung in Strausberg (M1).', 'Main residence in Oranienburg, secondary residence in Strausberg: no certificate in Strausberg (M1).'] },
    { id: 'deceased', person: 'wolff-gerhard', label: ['Gerhard Wolff – verstorben (C3)', 'Gerhard Wolff – deceased (C3)'],
      description: ['Im Register als verstorben eingetragen: kein Dienst steht offen (C3).', 'Recorded as deceased: no service is open (C3).'] },
    { id: 'moved-abroad', person: 'berger', label: ['Sofia Berger – ins Ausland verzogen (C3)', 'Sofia Berger – moved abroad (C3)'],
      description: ['2025 nach Norwegen verzogen; der Ausweis zeigt noch die Strausberger Anschrift (C3).', 'Moved to Norway in 2025; the ID card still shows the Strausberg address (C3).'] },
    { id: 'clerk', person: 'fischer', label: ['Lena Fischer – Adoptionsgeheimnis (C4)', 'Lena Fischer – adoption secrecy (C4)'],
      description: ['Kein Online-Dienst, nur das Bürgerbüro (C4).', 'No online service, office only (C4).'] },
    { id: 'din91379', person: 'zolkiewski-ngoc', label: ['Łukasz Ngọc Żółkiewski-Nguyễn – DIN 91379, Nebenwohnung in Erkner', 'Łukasz Ngọc Żółkiewski-Nguyễn – DIN 91379, secondary residence in Erkner'],
      description: ['Namen jenseits von Latin-1, vom Ausweis in NFD geliefert (C2, C7); Hauptwohnung Strausberg, Nebenwohnung Erkner.', 'Names beyond Latin-1, delivered in NFD by the ID card (C2, C7); main residence Strausberg, secondary Erkner.'],
      eid: { familyName: 'Żółkiewski-Nguyễn'.normalize('NFD'), givenNames: 'Łukasz Ngọc'.normalize('NFD') } },
    { id: 'long-name', person: 'hohenberg', label: ['Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – sechs Vornamen, Geburtsjahr', 'Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – six given names, birth year'],
      description: ['Sechs Vornamen, Doktorgrad, Adelsbezeichnung, nur das Geburtsjahr bekannt; Nebenwohnung in Werder (Havel).', 'Six given names, doctoral degree, nobility title, only the birth year known; secondary residence in Werder (Havel).'] },
    { id: 'name-changed', person: 'lehmann', label: ['Mia Lehmann – Namensänderung noch nicht auf dem Ausweis (C2)', 'Mia Lehmann – name change not yet on the ID card (C2)'],
      description: ['Heute geheiratet; der Ausweis nennt noch den Namen Seidel. Die Identifizierung scheitert (C2).', 'Married today; the ID card still says Seidel. Identification fails (C2).'],
      eid: { familyName: 'Seidel' } },
    { id: 'two-secondary', person: 'richter-sb', label: ['Thomas Richter – zwei Nebenwohnungen (Werder, Wittenberge)', 'Thomas Richter – two secondary residences (Werder, Wittenberge)'],
      description: ['Hauptwohnung in Strausberg: beide Nebenwohnungen können dort abgemeldet werden (A1, A2).', 'Main residence in Strausberg: both secondary residences can be deregistered there (A1, A2).'] },
    { id: 'family', person: 'koehler-sb', label: ['Sabine Köhler – Nebenwohnung in Premnitz mit Kindern (11, 17, 19 Jahre)', 'Sabine Köhler – secondary residence in Premnitz with children (11, 17, 19)'],
      description: ['Nur das 11-jährige Kind kann mit abgemeldet werden (A5).', 'Only the 11-year-old can be co-deregistered (A5).'] },
    { id: 'guardian', person: 'meier-sb', label: ['Horst Meier – rechtliche Betreuung mit Aufenthaltsbestimmung (A6)', 'Horst Meier – legal guardian deciding on residence (A6)'],
      description: ['Abmeldung der Nebenwohnung nur im Bürgerbüro (A6).', 'Deregistering the secondary residence needs the office (A6).'] },
    { id: 'long-secondary', person: 'hohenberg', label: ['Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – Nebenwohnung in Werder (Havel)', 'Dr. Friederike … Freifrau von Hohenberg-Waldeck-Schönau – secondary residence in Werder (Havel)'],
      description: ['Dieselbe Person wie „long-name“, für die Abmeldung einer Nebenwohnung mit langer Anschrift.', 'The same person as “long-name”, for deregistering a secondary residence with a long address.'] },
    { id: 'single-name', person: 'suryani-sb', label: ['Suryani – nur ein Name, keine Vornamen (Aufenthaltstitel)', 'Suryani – single name, no given names (residence permit)'],
      description: ['Nur ein Name, indonesische Staatsangehörigkeit (U4: Bundeswehr-Sperre nicht anwendbar).', 'Single name, Indonesian nationality (U4: Bundeswehr block not applicable).'] },
    { id: 'spouse-blocked', person: 'wolff-daniel-sb', label: ['Daniel Wolff – Ehefrau mit Auskunftssperre (M4, S4)', 'Daniel Wolff – wife with information block (M4, S4)'],
      description: ['Die Daten seiner Ehefrau fehlen auf Bescheinigung und Selbstauskunft (M4, S4).', 'His wife’s data is left out of certificate and self-disclosure (M4, S4).'] },
    { id: 'many-retrievals', person: 'albrecht-sven', label: ['Sven Albrecht – 23 protokollierte Abrufe (S3)', 'Sven Albrecht – 23 logged retrievals (S3)'],
      description: ['Eine lange Liste automatisierter Abrufe in der Selbstauskunft (S3).', 'A long list of automated retrievals in the self-disclosure (S3).'] },
    { id: 'teen-17', person: 'kid-jonas', label: ['Jonas Köhler – 17 Jahre, deutsch (Bundeswehr-Sperre relevant, U4)', 'Jonas Köhler – 17, German (Bundeswehr block relevant, U4)'],
      description: ['Sohn von Sabine Köhler, meldet sich mit eigenem Ausweis an (U4, U5).', 'Son of Sabine Köhler, logs in with his own ID card (U4, U5).'] },
    { id: 'church-spouse', person: 'krueger-stefan', label: ['Stefan Krüger – konfessionslos, Ehefrau evangelisch (RELIGION_FAMILIE, U3)', 'Stefan Krüger – no religion, wife Protestant (RELIGION_FAMILIE, U3)'],
      description: ['Dieselbe Person wie „religion-familie“ (Prötzeler Chaussee, Ehefrau Martina): die Sperre RELIGION_FAMILIE ist für ihn wählbar (U3).', 'The same person as “religion-familie” (wife Martina): the RELIGION_FAMILIE block can be chosen (U3).'] },
    { id: 'info-block', person: 'wolff-miriam-sb', label: ['Miriam Wolff – Auskunftssperre (§ 51, U6)', 'Miriam Wolff – information block (§ 51, U6)'],
      description: ['Auskunftssperre, nur lesbar (U6); Adressbuch- und Wahlwerbungs-Sperre gesetzt.', 'Information block, read-only (U6); address-book and election blocks set.'] },
    { id: 'security-block', person: 'schmidt-sb', label: ['Andrea Schmidt – Sperren auf Veranlassung einer Sicherheitsbehörde (C5)', 'Andrea Schmidt – blocks set by a security authority (C5)'],
      description: ['Auskunftssperre und Sperren der Sicherheitsbehörde: online nicht änderbar (C5).', 'Information block and security-authority blocks: cannot be changed online (C5).'] },
  ];

  return { dwellings, persons, relations, personas };
}

/** 23 retrievals every 16 days back from 28.10.2026 (S3 with a long list). */
function manyRetrievals(): NonNullable<SeedPerson['retrievals']> {
  const bodies: Array<[string, string, string[]]> = [
    ['Landkreis Märkisch-Oderland, Zulassungsbehörde', 'Kfz-Zulassung', ['NAMEN', 'ANSCHRIFTEN']],
    ['Jobcenter Märkisch-Oderland', 'Leistungsprüfung', ['ANSCHRIFTEN']],
    ['Finanzamt Strausberg', 'Steuerfestsetzung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN']],
    ['Familienkasse Berlin-Brandenburg', 'Kindergeld', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN', 'FAMILIE']],
    ['Amtsgericht Strausberg, Gerichtsvollzieherverteilerstelle', 'Zustellung', ['NAMEN', 'ANSCHRIFTEN']],
    ['Deutsche Rentenversicherung Berlin-Brandenburg', 'Rentenversicherung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN', 'FAMILIENSTAND']],
  ];
  const start = Date.UTC(2026, 9, 28, 8, 15);
  return Array.from({ length: 23 }, (_, i) => {
    const [recipient, purpose, categories] = bodies[i % bodies.length]!;
    return { at: new Date(start - i * 16 * 86_400_000 + (i % 5) * 3_600_000).toISOString(), recipient, purpose, categories };
  });
}
