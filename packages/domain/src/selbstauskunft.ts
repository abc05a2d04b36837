import type { AuskunftEntry, AuskunftGroup, KommuneRef, Selbstauskunft } from '@vois-online/client/contract';
import type { AccessLogEntry, IsoDate, PersonRecord, Relative, TransferRecipient } from './types.ts';
import { ageOn } from './calendar.ts';
import { formatDate } from './dates.ts';
import { AGE_OF_MAJORITY } from './limits.ts';
import { hasProtectionBlock, spouseOf, childrenOf } from './family.ts';
import { MARITAL, RELIGION, SEX, SPERRE } from './labels.ts';
import { formatAddress, formatGivenNames, listName } from './names.ts';
import { currentResidences } from './residences.ts';
import { nameOf } from './types.ts';

/** Data categories of the access log in plain German (S3). */
export const CATEGORY_LABEL: Record<string, string> = {
  NAMEN: 'Namen',
  GEBURT: 'Geburtsdaten',
  GESCHLECHT: 'Geschlecht',
  STAATSANGEHOERIGKEITEN: 'Staatsangehörigkeiten',
  RELIGION: 'Religionszugehörigkeit',
  ANSCHRIFTEN: 'Anschriften',
  FAMILIENSTAND: 'Familienstand',
  FAMILIE: 'Familienangehörige',
  AUSWEISDOKUMENTE: 'Ausweisdaten',
  SPERREN: 'Sperren',
};

const idField = { PERSONALAUSWEIS: 'PERSONALAUSWEIS', REISEPASS: 'REISEPASS', AUFENTHALTSTITEL: 'AUFENTHALTSTITEL' } as const;

const entry = (field: AuskunftEntry['field'], value: string, more: { origin?: string | undefined; validFrom?: string | undefined; validTo?: string | undefined } = {}): AuskunftEntry => ({
  field,
  value,
  ...(more.origin && { origin: more.origin }),
  ...(more.validFrom && /^\d{4}-\d{2}-\d{2}$/.test(more.validFrom) && { validFrom: more.validFrom }),
  ...(more.validTo && /^\d{4}-\d{2}-\d{2}$/.test(more.validTo) && { validTo: more.validTo }),
});

/** S2: regular transfers that concern this person now. */
export function recipientsFor(p: PersonRecord, all: TransferRecipient[], today: IsoDate): Selbstauskunft['recipients'] {
  const age = ageOn(p.dateOfBirth, today);
  const bundeswehrBlocked = p.sperren.some((s) => s.key === 'BUNDESWEHR' && s.active);
  return all
    .filter((r) => {
      switch (r.appliesTo) {
        case 'ALLE': return true;
        case 'VOLLJAEHRIGE': return age >= AGE_OF_MAJORITY;
        case 'RELIGIONSMITGLIEDER': return p.religion !== undefined;
        case 'DEUTSCHE_MINDERJAEHRIGE': return p.nationalities.includes('deutsch') && age < AGE_OF_MAJORITY && !bundeswehrBlocked;
      }
    })
    .map((r) => ({
      recipient: r.appliesTo === 'RELIGIONSMITGLIEDER' && p.religion ? `${r.recipient} (${RELIGION[p.religion]})` : r.recipient,
      purpose: r.purpose,
      legalBasis: r.legalBasis,
      data: r.data,
    }));
}

/**
 * S1–S4: everything stored about the person, grouped, with origin where recorded; family
 * members with a § 51/§ 52 block are left out (S4); retrievals by security authorities are
 * not listed (S3, filtered by the register).
 */
export function selbstauskunft(input: {
  person: PersonRecord; relatives: Relative[]; register: KommuneRef; today: IsoDate; generatedAt: string;
  recipients: TransferRecipient[]; retrievals: AccessLogEntry[];
}): Selbstauskunft {
  const { person: p, relatives, today } = input;
  const o = p.origins;
  const groups: Array<{ group: AuskunftGroup; entries: AuskunftEntry[] }> = [];
  const add = (group: AuskunftGroup, entries: AuskunftEntry[]) => groups.push({ group, entries });

  const name = nameOf(p);
  add('NAMEN', [
    entry('FAMILIENNAME', p.familyName, { origin: o.NAMEN }),
    ...(p.givenNames.length ? [entry('VORNAMEN', formatGivenNames({ ...name, givenNameInUse: undefined }), { origin: o.NAMEN })] : []),
    ...(p.givenNameInUse !== undefined && p.givenNames[p.givenNameInUse] ? [entry('RUFNAME', p.givenNames[p.givenNameInUse]!)] : []),
    ...(p.doctoralDegree ? [entry('DOKTORGRAD', p.doctoralDegree)] : []),
    ...(p.birthName ? [entry('GEBURTSNAME', p.birthName, { origin: o.NAMEN })] : []),
    ...p.formerNames.map((f) => entry('FRUEHERER_NAME', f.name, { origin: f.origin, validTo: f.until })),
    ...(p.religiousName ? [entry('ORDENSNAME', p.religiousName)] : []),
    ...(p.artistName ? [entry('KUENSTLERNAME', p.artistName)] : []),
  ]);
  add('GEBURT', [
    entry('GEBURTSDATUM', formatDate(p.dateOfBirth), { origin: o.GEBURT }),
    ...(p.placeOfBirth ? [entry('GEBURTSORT', [p.placeOfBirth, p.countryOfBirth].filter(Boolean).join(', '), { origin: o.GEBURT })] : []),
  ]);
  add('GESCHLECHT', [entry('GESCHLECHT', SEX[p.sex], { origin: o.GESCHLECHT })]);
  add('STAATSANGEHOERIGKEITEN', p.nationalities.map((n) => entry('STAATSANGEHOERIGKEIT', n, { origin: o.STAATSANGEHOERIGKEITEN })));
  add('RELIGION', [entry('RELIGION', p.religion ? RELIGION[p.religion] : 'keine Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft', { origin: o.RELIGION })]);
  add('ANSCHRIFTEN', currentResidences(p, today).map((r) =>
    entry(r.status, `${formatAddress(r.address)} (Meldebehörde: ${r.authority.name})`, { origin: r.origin, validFrom: r.moveInDate, validTo: r.moveOutDate })));
  add('FRUEHERE_ANSCHRIFTEN', p.residences.filter((r) => r.moveOutDate !== undefined && r.moveOutDate <= today).map((r) =>
    entry('FRUEHERE_ANSCHRIFT', `${formatAddress(r.address)} (${r.status === 'NEBENWOHNUNG' ? 'Nebenwohnung' : 'Hauptwohnung'})`, { origin: r.origin, validFrom: r.moveInDate, validTo: r.moveOutDate })));
  add('FAMILIENSTAND', [entry('FAMILIENSTAND', MARITAL[p.maritalStatus], { origin: o.FAMILIENSTAND, validFrom: p.maritalSince })]);

  let withheld = false;
  const family: AuskunftEntry[] = [];
  const spouse = spouseOf(relatives);
  if (spouse) {
    if (hasProtectionBlock(spouse.person)) withheld = true;
    else family.push(entry('EHEGATTE', `${listName(spouse.person)}, geboren ${formatDate(spouse.person.dateOfBirth)}`, { validFrom: spouse.since }));
  }
  for (const child of childrenOf(relatives)) {
    if (hasProtectionBlock(child)) withheld = true;
    else family.push(entry('KIND', `${listName(child)}, geboren ${formatDate(child.dateOfBirth)}`));
  }
  for (const rep of p.legalRepresentatives) {
    if (rep.blocked) withheld = true;
    else family.push(entry('GESETZLICHER_VERTRETER', `${rep.name}, ${rep.address} (${rep.role})`));
  }
  add('FAMILIE', family);
  add('AUSWEISDOKUMENTE', p.idDocuments.map((d) =>
    entry(idField[d.kind], `Nr. ${d.serial}, ausgestellt von ${d.authority}`, { validFrom: d.issuedOn, validTo: d.validUntil })));
  add('SPERREN', [
    ...(p.auskunftssperre ? [entry('AUSKUNFTSSPERRE', 'eingetragen (§ 51 BMG)', { validFrom: p.auskunftssperre.since, validTo: p.auskunftssperre.until })] : []),
    ...(p.bedingterSperrvermerk ? [entry('BEDINGTER_SPERRVERMERK', 'eingetragen (§ 52 BMG)', { validFrom: p.bedingterSperrvermerk.since })] : []),
    ...p.sperren.filter((s) => s.active).map((s) =>
      entry('UEBERMITTLUNGSSPERRE', `${SPERRE[s.key].title} (${SPERRE[s.key].legalBasis})`, {
        validFrom: s.changedAt.slice(0, 10),
        origin: s.setBy === 'SICHERHEITSBEHOERDE' ? 'auf Veranlassung einer Sicherheitsbehörde' : 'Ihr Widerspruch',
      })),
  ]);

  return {
    register: input.register,
    generatedAt: input.generatedAt,
    groups,
    recipients: recipientsFor(p, input.recipients, today),
    retrievals: input.retrievals.map((r) => ({ at: r.at, recipient: r.recipient, data: r.categories.map((c) => CATEGORY_LABEL[c] ?? c).join(', ') })),
    familyDataWithheld: withheld,
  };
}
