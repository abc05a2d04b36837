/**
 * Fictional test persons for the fake API (see "Test personas" in domain-meldewesen.md).
 * Any resemblance to real persons is unintended.
 */
import type { PartialDate, PersonName, ProblemCode, Residence, ZusatzAngabe } from '@vois-online/client';

export type PersonaId =
  | 'happy'
  | 'secondary-only'
  | 'deceased'
  | 'moved-abroad'
  | 'clerk'
  | 'din91379'
  | 'long-name'
  | 'name-changed';

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
}

const strausberg = { ags: '12064472', name: 'Stadt Strausberg' };
const oranienburg = { ags: '12065256', name: 'Stadt Oranienburg' };
const erkner = { ags: '12067124', name: 'Stadt Erkner' };

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
};
