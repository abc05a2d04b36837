import type { Address, KommuneRef, PartialDate, PersonName, ResidenceStatus, SperreKey } from '@vois-online/client/contract';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What an identity provider hands over after a successful eID read-out (C1, C2), in the shape of
 * the German eID: given names as one string, street with house number. Values arrive as the chip
 * stores them — possibly NFD (C7), possibly outdated (C2).
 */
export interface EidAttributes {
  familyName: string;
  /** Space-separated; empty for a single-name person. */
  givenNames: string;
  /** `YYYY-MM-DD`, or `YYYY`/`YYYY-MM` when only partly known. */
  dateOfBirth: string;
  placeOfResidence: { street: string; postalCode: string; city: string };
}

export type PersonStatus = 'AKTIV' | 'VERSTORBEN' | 'AUSGEWANDERT';
export type Sex = 'M' | 'W' | 'D' | 'X';
/** Codes for public-law religious communities as kept in the register (`ev`, `rk`, …). */
export type Religion = 'ev' | 'rk' | 'ak' | 'jd' | 'fr' | 'ox';
export type MaritalStatus = 'LD' | 'VH' | 'VW' | 'GS' | 'LP' | 'NB';

export interface IdDocument {
  kind: 'PERSONALAUSWEIS' | 'REISEPASS' | 'AUFENTHALTSTITEL';
  /** Serial number. The Sperrkennwort/-summe is never stored here (M3). */
  serial: string;
  authority: string;
  issuedOn: IsoDate;
  validUntil: IsoDate;
}

export interface LegalRepresentative {
  name: string;
  address: string;
  /** The representative has an Auskunftssperre/conditional block → left out of certificates (M4). */
  blocked: boolean;
  /** e.g. `Eltern`, `Betreuerin (Aufgabenkreis Aufenthaltsbestimmung)`. */
  role: string;
}

/** The part of the register record kept as a JSON document (persons.data). */
export interface PersonData {
  givenNames: string[];
  givenNameInUse?: number;
  doctoralDegree?: string;
  birthName?: string;
  formerNames: Array<{ name: string; until?: IsoDate; origin?: string }>;
  religiousName?: string;
  artistName?: string;
  placeOfBirth?: string;
  countryOfBirth?: string;
  sex: Sex;
  /** Adjectives as the register prints them: `deutsch`, `französisch`. */
  nationalities: string[];
  religion?: Religion;
  maritalStatus: MaritalStatus;
  maritalSince?: IsoDate;
  dateOfDeath?: PartialDate;
  emigration?: { date: IsoDate; country: string; address?: string };
  /** C4: adoption secrecy (§ 1758 BGB) or otherwise restricted civil-status data. */
  adoptionSecrecy?: boolean;
  restrictedCivilStatus?: boolean;
  /** A6: a Betreuer whose tasks include deciding on residence. */
  legalGuardian?: { name: string; address: string; residenceDetermination: boolean; court: string };
  legalRepresentatives: LegalRepresentative[];
  /** § 51 BMG Auskunftssperre and § 52 bedingter Sperrvermerk (U6: read-only online). */
  auskunftssperre?: { since: IsoDate; until?: IsoDate };
  bedingterSperrvermerk?: { since: IsoDate };
  idDocuments: IdDocument[];
  /** S1: origin of data groups where recorded. */
  origins: Partial<Record<'NAMEN' | 'GEBURT' | 'STAATSANGEHOERIGKEITEN' | 'RELIGION' | 'FAMILIENSTAND' | 'GESCHLECHT', string>>;
}

export interface ResidenceRecord {
  id: string;
  personId: string;
  dwellingId: string;
  status: ResidenceStatus;
  authority: KommuneRef;
  address: Address;
  moveInDate?: IsoDate;
  moveOutDate?: IsoDate;
  origin?: string;
}

export interface SperreRecord {
  key: SperreKey;
  active: boolean;
  setBy: 'PERSON' | 'SICHERHEITSBEHOERDE';
  changedAt: string;
}

export interface PersonRecord extends PersonData {
  id: string;
  familyName: string;
  dateOfBirth: PartialDate;
  status: PersonStatus;
  residences: ResidenceRecord[];
  sperren: SperreRecord[];
}

/** A family member as far as the rules need it (M4, S4, A5, U3). */
export interface Relative {
  kind: 'EHEGATTE' | 'KIND' | 'ELTERNTEIL';
  person: PersonRecord;
  since?: IsoDate;
}

export interface AccessLogEntry {
  personId: string;
  at: string;
  kind: 'ONLINE_DIENST' | 'ABRUF';
  /** Service id or the purpose of a retrieval. */
  service: string;
  recipient: string;
  /** Data categories, e.g. `NAMEN`, `ANSCHRIFTEN` — never values. */
  categories: string[];
  securityAuthority: boolean;
}

export interface TransferRecipient {
  id: string;
  recipient: string;
  purpose: string;
  legalBasis: string;
  data: string;
  appliesTo: 'ALLE' | 'VOLLJAEHRIGE' | 'RELIGIONSMITGLIEDER' | 'DEUTSCHE_MINDERJAEHRIGE';
}

export interface AbmeldungRecord {
  id: string;
  personId: string;
  residenceId: string;
  childResidenceIds: string[];
  moveOutDate: IsoDate;
  registeredOn: IsoDate;
  state: 'WIRKSAM' | 'VORGEMERKT';
  createdAt: string;
}

/** A pilot municipality: public configuration plus what its documents print as issuer. */
export interface Kommune {
  ags: string;
  name: string;
  /** Official name for documents, e.g. `Stadt Strausberg`. */
  officialName: string;
  county: string;
  postalCode: string;
  buergerbuero: {
    name: string;
    street: string;
    postalCode: string;
    city: string;
    phone: string;
    email: string;
    url: string;
    openingHours: string[];
  };
  privacyUrl: string;
  accessibilityUrl: string;
}

export const nameOf = (p: Pick<PersonRecord, 'familyName' | 'givenNames' | 'givenNameInUse' | 'doctoralDegree'>): PersonName => ({
  familyName: p.familyName,
  givenNames: p.givenNames,
  ...(p.givenNameInUse !== undefined && { givenNameInUse: p.givenNameInUse }),
  ...(p.doctoralDegree !== undefined && { doctoralDegree: p.doctoralDegree }),
});
