import type { IsoDate, PersonRecord, Relative } from './types.ts';
import { ageOn } from './calendar.ts';
import { AGE_OF_MAJORITY } from './limits.ts';

/** M4/S4: a family member with an Auskunftssperre (§ 51) or a conditional block (§ 52). */
export const hasProtectionBlock = (p: PersonRecord) => Boolean(p.auskunftssperre || p.bedingterSperrvermerk);

export const spouseOf = (relatives: Relative[]) => relatives.find((r) => r.kind === 'EHEGATTE');
/**
 * Own children, youngest first. A register has no order of its own (the SQL register's would be
 * its opaque ids); youngest first puts the children who may go along (A5) at the top.
 */
export const childrenOf = (relatives: Relative[]) =>
  relatives.filter((r) => r.kind === 'KIND').map((r) => r.person).sort((a, b) => (a.dateOfBirth > b.dateOfBirth ? -1 : a.dateOfBirth < b.dateOfBirth ? 1 : a.id < b.id ? -1 : 1));
export const minorChildrenOf = (relatives: Relative[], today: IsoDate) => childrenOf(relatives).filter((c) => c.status === 'AKTIV' && ageOn(c.dateOfBirth, today) < AGE_OF_MAJORITY);
