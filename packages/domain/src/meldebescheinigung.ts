import type { MeldebescheinigungOptions, MeldebescheinigungRequest, ZusatzAngabe, ZusatzEintrag } from '@vois-online/client/contract';
import { ZusatzAngabe as ZusatzAngabeSchema } from '@vois-online/client/contract';
import type { IsoDate, PersonRecord, Relative } from './types.ts';
import { formatDate } from './dates.ts';
import { hasProtectionBlock, minorChildrenOf, spouseOf } from './family.ts';
import { MARITAL, RELIGION, RESIDENCE_STATUS, SEX } from './labels.ts';
import { formatAddress, listName } from './names.ts';
import { currentResidences } from './residences.ts';
import { RuleViolation } from './violation.ts';

const ALL: readonly ZusatzAngabe[] = ZusatzAngabeSchema.options;

const idKind = { PERSONALAUSWEIS: 'Personalausweis', REISEPASS: 'Reisepass', AUFENTHALTSTITEL: 'Aufenthaltstitel' } as const;

/**
 * The register values of one extra item of the extended certificate (§ 18 Abs. 2, § 3 Abs. 1
 * BMG), formatted as printed. Empty = the register holds nothing → not available.
 * M3: never blocks, never the date of death. M4: family members with a § 51/§ 52 block are
 * left out (also legal representatives).
 */
export function zusatzValues(key: ZusatzAngabe, p: PersonRecord, relatives: Relative[], kommune: string, today: IsoDate): string[] {
  switch (key) {
    case 'FRUEHERE_NAMEN':
      return p.formerNames.map((f) => (f.until ? `${f.name} (bis ${formatDate(f.until)})` : f.name));
    case 'GEBURTSNAME':
      return p.birthName ? [p.birthName] : [];
    case 'ORDENS_KUENSTLERNAME':
      return [p.religiousName && `Ordensname: ${p.religiousName}`, p.artistName && `Künstlername: ${p.artistName}`].filter((v): v is string => Boolean(v));
    case 'GEBURTSORT':
      return p.placeOfBirth ? [[p.placeOfBirth, p.countryOfBirth].filter(Boolean).join(', ')] : [];
    case 'GESCHLECHT':
      return [SEX[p.sex]];
    case 'GESETZLICHER_VERTRETER':
      return p.legalRepresentatives.filter((r) => !r.blocked).map((r) => `${r.name}, ${r.address} (${r.role})`);
    case 'STAATSANGEHOERIGKEITEN':
      return [...p.nationalities];
    case 'RELIGION':
      return p.religion ? [RELIGION[p.religion]] : [];
    case 'FRUEHERE_ANSCHRIFTEN':
      // "former addresses within the municipality" (M3): ended residences held by this authority.
      return p.residences
        .filter((r) => r.moveOutDate !== undefined && r.moveOutDate <= today && r.authority.ags === kommune)
        .map((r) => `${formatAddress(r.address)} (${r.moveInDate ? `${formatDate(r.moveInDate)} bis ` : 'bis '}${formatDate(r.moveOutDate!)})`);
    case 'EINZUGSDATEN':
      return currentResidences(p, today).filter((r) => r.moveInDate).map((r) => `${RESIDENCE_STATUS[r.status]} ${formatAddress(r.address)}: ${formatDate(r.moveInDate!)}`);
    case 'FAMILIENSTAND':
      return [p.maritalSince && p.maritalStatus !== 'LD' ? `${MARITAL[p.maritalStatus]} seit ${formatDate(p.maritalSince)}` : MARITAL[p.maritalStatus]];
    case 'EHEGATTE': {
      const spouse = spouseOf(relatives);
      if (!spouse || hasProtectionBlock(spouse.person)) return [];
      return [`${listName(spouse.person)}${spouse.person.doctoralDegree ? `, ${spouse.person.doctoralDegree}` : ''}, geboren ${formatDate(spouse.person.dateOfBirth)}`];
    }
    case 'MINDERJAEHRIGE_KINDER':
      return minorChildrenOf(relatives, today).filter((c) => !hasProtectionBlock(c)).map((c) => `${listName(c)}, geboren ${formatDate(c.dateOfBirth)}`);
    case 'AUSWEISDATEN':
      // Never the Sperrkennwort/-summe (not even stored).
      return p.idDocuments.map((d) => `${idKind[d.kind]} Nr. ${d.serial}, ausgestellt am ${formatDate(d.issuedOn)} von ${d.authority}, gültig bis ${formatDate(d.validUntil)}`);
  }
}

export function meldebescheinigungOptions(p: PersonRecord, relatives: Relative[], kommune: string, today: IsoDate): MeldebescheinigungOptions {
  return { zusatzAngaben: ALL.map((key) => ({ key, available: zusatzValues(key, p, relatives, kommune, today).length > 0 })) };
}

/**
 * Checks a request (M3) and returns the extra items to print, in the canonical order.
 * Basic certificates carry no extras and no death statement; extended ones only items the
 * register holds.
 */
export function zusatzFor(request: MeldebescheinigungRequest, p: PersonRecord, relatives: Relative[], kommune: string, today: IsoDate): ZusatzEintrag[] {
  if (request.art === 'EINFACH') {
    const fields = [
      ...(request.zusatzAngaben.length ? [{ pointer: '/zusatzAngaben' }] : []),
      ...(request.keinSterbedatum ? [{ pointer: '/keinSterbedatum' }] : []),
    ];
    if (fields.length) throw new RuleViolation('BAD_REQUEST', 400, { detail: 'A basic certificate has no extra items.', fields });
    return [];
  }
  const seen = new Set<ZusatzAngabe>();
  const missing: Array<{ pointer: string; code: 'M3_ITEM_NOT_AVAILABLE' }> = [];
  request.zusatzAngaben.forEach((key, i) => {
    if (seen.has(key)) throw new RuleViolation('BAD_REQUEST', 400, { detail: 'Duplicate extra item.', fields: [{ pointer: `/zusatzAngaben/${i}` }] });
    seen.add(key);
    if (zusatzValues(key, p, relatives, kommune, today).length === 0) missing.push({ pointer: `/zusatzAngaben/${i}`, code: 'M3_ITEM_NOT_AVAILABLE' });
  });
  if (missing.length) throw new RuleViolation('M3_ITEM_NOT_AVAILABLE', 422, { fields: missing });
  return ALL.filter((k) => seen.has(k)).map((key) => ({ key, values: zusatzValues(key, p, relatives, kommune, today) }));
}
