import type { Abmeldung, AuskunftField, AuskunftGroup, Meldebescheinigung, PartialDate, PersonName, Selbstauskunft, SperrenChange, SperrenState } from '@vois-online/client/contract';
import type { DocumentBlock } from '../documents/index.ts';
import { formatDate, formatDateTime } from '../rules/dates.ts';
import { RESIDENCE_STATUS, SPERRE, ZUSATZ } from '../rules/labels.ts';
import { formatAddress, formatGivenNames } from '../rules/names.ts';

/**
 * The German content of each sealed document, built from exactly the data the API answer
 * carries — so the PDF can never show more than the rule for that document allows (M3, A7).
 */

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('de') + s.slice(1);

/** Family name, given names (in use marked), doctoral degree, date of birth. */
function personRows(name: PersonName, dateOfBirth: PartialDate): Array<[string, string]> {
  return [
    ['Familienname', name.familyName],
    ['Vornamen', formatGivenNames(name)],
    ...(name.doctoralDegree ? [['Doktorgrad', name.doctoralDegree] as [string, string]] : []),
    ['Geburtsdatum', dateOfBirth.length === 4 ? `${formatDate(dateOfBirth)} (Tag und Monat nicht bekannt)` : formatDate(dateOfBirth)],
  ];
}

const sealNote = (what: string): DocumentBlock => ({
  kind: 'text',
  heading: 'Hinweise',
  paragraphs: [
    `${what} wurde elektronisch erstellt und mit dem elektronischen Siegel der Meldebehörde versehen (§ 10 Abs. 2 BMG). Sie ist ohne Unterschrift gültig.`,
    'Jede Stelle, der Sie das Dokument vorlegen, kann seine Echtheit mit dem Prüfcode prüfen.',
    'Gebührenfrei.',
  ],
});

/** M3: basic = person rows + all current addresses marked main/secondary; extended adds the chosen items. */
export function meldebescheinigungDocument(m: Omit<Meldebescheinigung, 'document'>): { title: string; blocks: DocumentBlock[] } {
  const blocks: DocumentBlock[] = [
    { kind: 'rows', heading: 'Angaben zur Person', rows: personRows(m.person.name, m.person.dateOfBirth) },
    { kind: 'rows', heading: 'Gegenwärtige Anschriften', rows: m.residences.map((r) => [capitalize(RESIDENCE_STATUS[r.status]), formatAddress(r.address)]) },
  ];
  if (m.art === 'ERWEITERT' && m.zusatzAngaben.length) {
    blocks.push({ kind: 'rows', heading: 'Weitere Angaben (§ 18 Abs. 2 BMG)', rows: m.zusatzAngaben.map((z) => [ZUSATZ[z.key], z.values.join('\n')]) });
  }
  if (m.keinSterbedatum) blocks.push({ kind: 'text', heading: 'Sterbedatum', paragraphs: ['Im Melderegister ist kein Sterbedatum gespeichert.'] });
  blocks.push(sealNote('Diese Meldebescheinigung (§ 18 BMG)'));
  return { title: m.art === 'ERWEITERT' ? 'Erweiterte Meldebescheinigung' : 'Meldebescheinigung', blocks };
}

/** A7: exactly name, given names (in use), doctoral degree, date of birth, move-out date, date of deregistration, address and status. */
export function meldebestaetigungDocument(a: Omit<Abmeldung, 'document' | 'id'>): { title: string; blocks: DocumentBlock[] } {
  const blocks: DocumentBlock[] = [
    { kind: 'rows', heading: 'Abgemeldete Person', rows: personRows(a.person.name, a.person.dateOfBirth) },
    {
      kind: 'rows',
      heading: 'Abmeldung',
      rows: [
        ['Anschrift', formatAddress(a.residence.address)],
        ['Status der Wohnung', capitalize(RESIDENCE_STATUS[a.residence.status])],
        ['Auszugsdatum', formatDate(a.moveOutDate)],
        ['Datum der Abmeldung', formatDate(a.registeredOn)],
      ],
    },
    ...a.children.map((c): DocumentBlock => ({ kind: 'rows', heading: 'Mit abgemeldetes Kind', rows: personRows(c.name, c.dateOfBirth) })),
  ];
  if (a.state === 'VORGEMERKT') {
    blocks.push({ kind: 'text', heading: 'Wirksamkeit', paragraphs: [`Die Abmeldung ist vorgemerkt und wird am ${formatDate(a.moveOutDate)} im Melderegister wirksam.`] });
  }
  blocks.push(sealNote('Diese Meldebestätigung (§ 24 Abs. 2 BMG)'));
  return { title: 'Meldebestätigung – Abmeldung einer Nebenwohnung', blocks };
}

export function sperrenQuittungDocument(input: { name: PersonName; dateOfBirth: PartialDate; changes: SperrenChange[]; state: SperrenState; effectiveAt: string }): { title: string; blocks: DocumentBlock[] } {
  return {
    title: 'Bestätigung über Übermittlungssperren',
    blocks: [
      { kind: 'rows', heading: 'Angaben zur Person', rows: personRows(input.name, input.dateOfBirth) },
      { kind: 'rows', heading: 'Ihre Änderungen', rows: input.changes.map((c) => [`${SPERRE[c.key].title} (${SPERRE[c.key].legalBasis})`, c.active ? 'Widerspruch eingetragen' : 'Widerspruch aufgehoben']) },
      { kind: 'rows', heading: 'Wirksamkeit', rows: [['Wirksam seit', formatDateTime(input.effectiveAt)], ['Geändertes Melderegister', input.state.register.name]] },
      {
        kind: 'rows',
        heading: 'Stand aller Übermittlungssperren',
        rows: input.state.sperren.map((s) => [SPERRE[s.key].title, s.active ? 'eingetragen' : 'nicht eingetragen']),
      },
      { kind: 'text', heading: 'Hinweise', paragraphs: [
        'Ein Widerspruch gilt, bis Sie ihn widerrufen. Eine Begründung ist nicht nötig.',
        'Auskunftssperre und bedingter Sperrvermerk (§§ 51, 52 BMG) sind nicht Gegenstand dieser Bestätigung; sie werden im Bürgerbüro beantragt.',
        'Diese Bestätigung wurde elektronisch erstellt und gesiegelt (§ 10 Abs. 2 BMG). Gebührenfrei.',
      ] },
    ],
  };
}

const GROUP_LABEL: Record<AuskunftGroup, string> = {
  NAMEN: 'Namen', GEBURT: 'Geburt', GESCHLECHT: 'Geschlecht', STAATSANGEHOERIGKEITEN: 'Staatsangehörigkeiten', RELIGION: 'Religion',
  ANSCHRIFTEN: 'Gegenwärtige Anschriften', FRUEHERE_ANSCHRIFTEN: 'Frühere Anschriften', FAMILIENSTAND: 'Familienstand', FAMILIE: 'Familie',
  AUSWEISDOKUMENTE: 'Ausweisdokumente', SPERREN: 'Sperren',
};

const FIELD_LABEL: Record<AuskunftField, string> = {
  FAMILIENNAME: 'Familienname', VORNAMEN: 'Vornamen', RUFNAME: 'Rufname', DOKTORGRAD: 'Doktorgrad', GEBURTSNAME: 'Geburtsname', FRUEHERER_NAME: 'Früherer Name',
  ORDENSNAME: 'Ordensname', KUENSTLERNAME: 'Künstlername', GEBURTSDATUM: 'Geburtsdatum', GEBURTSORT: 'Geburtsort', GESCHLECHT: 'Geschlecht',
  STAATSANGEHOERIGKEIT: 'Staatsangehörigkeit', RELIGION: 'Religion', ALLEINIGE_WOHNUNG: 'Alleinige Wohnung', HAUPTWOHNUNG: 'Hauptwohnung', NEBENWOHNUNG: 'Nebenwohnung',
  FRUEHERE_ANSCHRIFT: 'Frühere Anschrift', EINZUGSDATUM: 'Einzugsdatum', FAMILIENSTAND: 'Familienstand', EHEGATTE: 'Ehegatte/Lebenspartner', KIND: 'Kind',
  GESETZLICHER_VERTRETER: 'Gesetzliche Vertretung', PERSONALAUSWEIS: 'Personalausweis', REISEPASS: 'Reisepass', AUFENTHALTSTITEL: 'Aufenthaltstitel',
  AUSKUNFTSSPERRE: 'Auskunftssperre', BEDINGTER_SPERRVERMERK: 'Bedingter Sperrvermerk', UEBERMITTLUNGSSPERRE: 'Übermittlungssperre',
};

/** S1–S5 as a document. */
export function selbstauskunftDocument(s: Selbstauskunft): { title: string; blocks: DocumentBlock[] } {
  const blocks: DocumentBlock[] = [
    { kind: 'text', paragraphs: [`Auskunft nach Art. 15 DSGVO und § 10 BMG über alle Daten, die das Melderegister ${s.register.name} zu Ihrer Person speichert, Stand ${formatDateTime(s.generatedAt)}.`] },
  ];
  for (const g of s.groups) {
    if (!g.entries.length) {
      blocks.push({ kind: 'text', heading: GROUP_LABEL[g.group], paragraphs: ['Keine Eintragungen.'] });
      continue;
    }
    blocks.push({
      kind: 'rows',
      heading: GROUP_LABEL[g.group],
      rows: g.entries.map((e) => {
        const period = [e.validFrom && `seit ${formatDate(e.validFrom)}`, e.validTo && `bis ${formatDate(e.validTo)}`].filter(Boolean).join(' ');
        return [FIELD_LABEL[e.field], [e.value, period && `(${period})`, e.origin && `Herkunft: ${e.origin}`].filter(Boolean).join('\n')];
      }),
    });
  }
  if (s.familyDataWithheld) {
    blocks.push({ kind: 'text', heading: 'Nicht enthaltene Angaben', paragraphs: ['Angaben zu Familienangehörigen, für die eine Auskunftssperre oder ein bedingter Sperrvermerk eingetragen ist, sind nicht enthalten (§§ 51, 52 BMG).'] });
  }
  blocks.push(s.recipients.length
    ? { kind: 'rows', heading: 'Regelmäßige Datenübermittlungen', rows: s.recipients.map((r) => [r.recipient, `${r.purpose}\nRechtsgrundlage: ${r.legalBasis}\nDaten: ${r.data}`]) }
    : { kind: 'text', heading: 'Regelmäßige Datenübermittlungen', paragraphs: ['Keine.'] });
  blocks.push(s.retrievals.length
    ? { kind: 'rows', heading: 'Automatisierte Abrufe', rows: s.retrievals.map((r) => [formatDateTime(r.at), `${r.recipient}\nDaten: ${r.data}`]) }
    : { kind: 'text', heading: 'Automatisierte Abrufe', paragraphs: ['Keine Abrufe protokolliert.'] });
  blocks.push({
    kind: 'text',
    heading: 'Ihre Rechte',
    paragraphs: [
      'Sind Daten unrichtig oder unvollständig, haben Sie das Recht auf Berichtigung (§ 12 BMG, Art. 16 DSGVO). Wenden Sie sich dazu an Ihr Bürgerbüro.',
      'Abrufe durch Sicherheitsbehörden sind in dieser Auskunft nicht enthalten (§ 10 BMG).',
      'Sie können sich bei der Landesbeauftragten für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg beschweren (Stahnsdorfer Damm 77, 14532 Kleinmachnow).',
      'Diese Auskunft wurde elektronisch erstellt und gesiegelt (§ 10 Abs. 2 BMG). Gebührenfrei.',
    ],
  });
  return { title: 'Selbstauskunft aus dem Melderegister', blocks };
}
