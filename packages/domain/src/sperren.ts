import type { KommuneRef, Sperre, SperreKey, SperrenChange, SperrenRequest, SperrenState, SperreRelevance } from '@vois-online/client/contract';
import { SperreKey as SperreKeySchema } from '@vois-online/client/contract';
import type { IsoDate, PersonRecord, Relative } from './types.ts';
import { ageOn } from './calendar.ts';
import { AGE_OF_MAJORITY, U2_ELECTION_AGE, U4_BUNDESWEHR_RELEVANT_FROM_AGE } from './limits.ts';
import { RuleViolation } from './violation.ts';

const KEYS: readonly SperreKey[] = SperreKeySchema.options;

/** U3: family members whose community the person does not belong to (§ 42 Abs. 3 BMG). */
export function foreignCommunityInFamily(p: PersonRecord, relatives: Relative[]): boolean {
  return relatives.some((r) => r.person.status === 'AKTIV' && r.person.religion !== undefined && r.person.religion !== p.religion);
}

/** U3–U5: whether a block matters for this person now. */
export function relevance(key: SperreKey, p: PersonRecord, relatives: Relative[], today: IsoDate): SperreRelevance {
  const age = ageOn(p.dateOfBirth, today);
  switch (key) {
    case 'BUNDESWEHR':
      // U4: the yearly list covers Germans turning 18; mainly relevant for minors from 16.
      if (!p.nationalities.includes('deutsch')) return 'NOT_APPLICABLE';
      return age < U4_BUNDESWEHR_RELEVANT_FROM_AGE ? 'NOT_YET_RELEVANT' : age < AGE_OF_MAJORITY ? 'RELEVANT' : 'NO_LONGER_RELEVANT';
    case 'RELIGION_FAMILIE':
      return foreignCommunityInFamily(p, relatives) ? 'RELEVANT' : 'NOT_APPLICABLE';
    case 'ADRESSBUCH':
      // U5: address books list adults only.
      return age < AGE_OF_MAJORITY ? 'NOT_YET_RELEVANT' : 'RELEVANT';
    case 'PARTEIEN_WAHLEN':
      // Brandenburg municipal elections from 16.
      return age < U2_ELECTION_AGE ? 'NOT_YET_RELEVANT' : 'RELEVANT';
    case 'JUBILAEEN':
      return age < AGE_OF_MAJORITY ? 'NOT_YET_RELEVANT' : 'RELEVANT';
  }
}

export function sperrenState(p: PersonRecord, relatives: Relative[], today: IsoDate, register: KommuneRef): SperrenState {
  const stored = new Map(p.sperren.map((s) => [s.key, s]));
  const sperren: Sperre[] = KEYS.map((key) => {
    const s = stored.get(key);
    const active = s?.active ?? false;
    const rel = relevance(key, p, relatives, today);
    // C5: blocks set at a security authority's request are locked. An inapplicable block can
    // only be removed (if it is somehow set), never set (U3).
    const locked = s?.setBy === 'SICHERHEITSBEHOERDE';
    const changeable = !locked && (rel !== 'NOT_APPLICABLE' || active);
    return { key, active, relevance: rel, changeable };
  });
  return {
    register,
    sperren,
    // U6: read-only; evidence and a clerk's judgement are needed.
    auskunftssperre: { active: Boolean(p.auskunftssperre) },
    bedingterSperrvermerk: { active: Boolean(p.bedingterSperrvermerk) },
  };
}

/** Keys of § 51/§ 52 blocks a client might try to send; answered with U6 rather than a schema error. */
export const READ_ONLY_KEYS = ['AUSKUNFTSSPERRE', 'BEDINGTER_SPERRVERMERK'];

/**
 * U2: the changes that actually change something, after C5/U3 checks. Refuses a request that
 * changes nothing (U2_NO_CHANGES) so the citizen never gets a receipt for nothing.
 */
export function effectiveChanges(request: SperrenRequest, state: SperrenState, p: PersonRecord): SperrenChange[] {
  const byKey = new Map(state.sperren.map((s) => [s.key, s]));
  const locked = new Set(p.sperren.filter((s) => s.setBy === 'SICHERHEITSBEHOERDE').map((s) => s.key));
  const seen = new Set<SperreKey>();
  const out: SperrenChange[] = [];
  request.changes.forEach((change, i) => {
    const pointer = `/changes/${i}`;
    if (seen.has(change.key)) throw new RuleViolation('BAD_REQUEST', 400, { detail: 'Each block may appear once.', fields: [{ pointer: `${pointer}/key` }] });
    seen.add(change.key);
    const current = byKey.get(change.key)!;
    if (current.active === change.active) return;
    if (locked.has(change.key)) throw new RuleViolation('C5_SECURITY_BLOCK_LOCKED', 422, { fields: [{ pointer, code: 'C5_SECURITY_BLOCK_LOCKED' }] });
    if (change.active && current.relevance === 'NOT_APPLICABLE') throw new RuleViolation('U3_NOT_APPLICABLE', 422, { fields: [{ pointer, code: 'U3_NOT_APPLICABLE' }] });
    out.push({ key: change.key, active: change.active });
  });
  if (!out.length) throw new RuleViolation('U2_NO_CHANGES', 422);
  return out;
}
