import type { IsoDate, PersonRecord, Relative } from './types.ts';
import { ageOn } from './calendar.ts';
import { AGE_OF_MAJORITY } from './limits.ts';

/** M4/S4: a family member with an Auskunftssperre (§ 51) or a conditional block (§ 52). */
export const hasProtectionBlock = (p: PersonRecord) => Boolean(p.auskunftssperre || p.bedingterSperrvermerk);

export const spouseOf = (relatives: Relative[]) => relatives.find((r) => r.kind === 'EHEGATTE');
export const childrenOf = (relatives: Relative[]) => relatives.filter((r) => r.kind === 'KIND').map((r) => r.person);
export const minorChildrenOf = (relatives: Relative[], today: IsoDate) => childrenOf(relatives).filter((c) => c.status === 'AKTIV' && ageOn(c.dateOfBirth, today) < AGE_OF_MAJORITY);
