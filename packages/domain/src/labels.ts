import type { ResidenceStatus, SperreKey, ZusatzAngabe } from '@vois-online/client/contract';
import type { MaritalStatus, Religion, Sex } from './types.ts';

/** German register wording (documents are legal texts in German). */
export const RESIDENCE_STATUS: Record<ResidenceStatus, string> = {
  ALLEINIGE_WOHNUNG: 'alleinige Wohnung',
  HAUPTWOHNUNG: 'Hauptwohnung',
  NEBENWOHNUNG: 'Nebenwohnung',
};

export const SEX: Record<Sex, string> = { M: 'männlich', W: 'weiblich', D: 'divers', X: 'ohne Angabe' };

export const RELIGION: Record<Religion, string> = {
  ev: 'evangelisch',
  rk: 'römisch-katholisch',
  ak: 'alt-katholisch',
  jd: 'jüdisch',
  fr: 'freireligiöse Gemeinde',
  ox: 'orthodox',
};

export const MARITAL: Record<MaritalStatus, string> = {
  LD: 'ledig',
  VH: 'verheiratet',
  VW: 'verwitwet',
  GS: 'geschieden',
  LP: 'in eingetragener Lebenspartnerschaft',
  NB: 'nicht bekannt',
};

export const ZUSATZ: Record<ZusatzAngabe, string> = {
  FRUEHERE_NAMEN: 'Frühere Namen',
  GEBURTSNAME: 'Geburtsname',
  ORDENS_KUENSTLERNAME: 'Ordensname, Künstlername',
  GEBURTSORT: 'Geburtsort',
  GESCHLECHT: 'Geschlecht',
  GESETZLICHER_VERTRETER: 'Gesetzliche Vertretung',
  STAATSANGEHOERIGKEITEN: 'Staatsangehörigkeiten',
  RELIGION: 'Rechtliche Zugehörigkeit zu einer Religionsgesellschaft',
  FRUEHERE_ANSCHRIFTEN: 'Frühere Anschriften in der Gemeinde',
  EINZUGSDATEN: 'Einzugsdaten',
  FAMILIENSTAND: 'Familienstand',
  EHEGATTE: 'Ehegatte oder Lebenspartner',
  MINDERJAEHRIGE_KINDER: 'Minderjährige Kinder',
  AUSWEISDATEN: 'Ausweisdaten',
};

export const SPERRE: Record<SperreKey, { title: string; recipient: string; legalBasis: string }> = {
  BUNDESWEHR: { title: 'Übermittlung an die Bundeswehr', recipient: 'Bundesamt für das Personalmanagement der Bundeswehr', legalBasis: '§ 36 Abs. 2 BMG, § 58c SG' },
  RELIGION_FAMILIE: { title: 'Übermittlung an die Religionsgesellschaft eines Familienangehörigen', recipient: 'öffentlich-rechtliche Religionsgesellschaft eines Familienangehörigen', legalBasis: '§ 42 Abs. 3 BMG' },
  PARTEIEN_WAHLEN: { title: 'Auskunft an Parteien und Wählergruppen vor Wahlen', recipient: 'Parteien, Wählergruppen', legalBasis: '§ 50 Abs. 1 BMG' },
  JUBILAEEN: { title: 'Auskunft über Alters- und Ehejubiläen', recipient: 'Mandatsträger, Presse, Rundfunk', legalBasis: '§ 50 Abs. 2 BMG' },
  ADRESSBUCH: { title: 'Auskunft an Adressbuchverlage', recipient: 'Adressbuchverlage', legalBasis: '§ 50 Abs. 3 BMG' },
};

export const DOCUMENT_TITLE = {
  MELDEBESCHEINIGUNG: 'Meldebescheinigung',
  MELDEBESTAETIGUNG: 'Meldebestätigung über die Abmeldung einer Nebenwohnung',
  SPERREN_QUITTUNG: 'Bestätigung über Übermittlungssperren',
  SELBSTAUSKUNFT: 'Selbstauskunft aus dem Melderegister',
} as const;

export const DOCUMENT_PREFIX = {
  MELDEBESCHEINIGUNG: 'MB',
  MELDEBESTAETIGUNG: 'MBT',
  SPERREN_QUITTUNG: 'USQ',
  SELBSTAUSKUNFT: 'SA',
} as const;
