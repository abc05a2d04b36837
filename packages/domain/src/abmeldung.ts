import type { AbmeldungChild, AbmeldungOptions, AbmeldungRequest } from '@vois-online/client/contract';
import type { IsoDate, PersonRecord, Relative, ResidenceRecord } from './types.ts';
import { deregistrableResidences } from './availability.ts';
import { ageOn } from './calendar.ts';
import { A3_LATE_AFTER_DAYS, A3_MAX_DAYS_AHEAD, A5_CHILD_AGE_LIMIT } from './limits.ts';
import { isLateMoveOut, latestMoveOutDate, moveOutRefusal } from './move-out.ts';
import { childrenOf } from './family.ts';
import { nameOf } from './types.ts';
import { isPending, isCurrent, toResidence } from './residences.ts';
import { invalid, notFound, RuleViolation } from './violation.ts';

/** @deprecated names kept for existing imports; the limits live in limits.ts with their rule ids. */
export { A3_MAX_DAYS_AHEAD as MAX_DAYS_AHEAD, A3_LATE_AFTER_DAYS as LATE_AFTER_DAYS, A5_CHILD_AGE_LIMIT as CHILD_AGE_LIMIT };

/** The child's own registration at the same dwelling as one of the parent's residences. */
const sharedResidence = (child: PersonRecord, parentResidence: ResidenceRecord, today: IsoDate) =>
  child.residences.find((r) => r.dwellingId === parentResidence.dwellingId && r.status === 'NEBENWOHNUNG' && isCurrent(r, today) && !isPending(r, today));

/** Why a child cannot be included (A5), or undefined if it can. */
function childRefusal(child: PersonRecord, today: IsoDate): AbmeldungChild['reason'] {
  if (child.status !== 'AKTIV') return 'A5_CHILD_NOT_ELIGIBLE';
  if (child.adoptionSecrecy || child.restrictedCivilStatus) return 'C4_CLERK_REQUIRED';
  // 16–17-year-olds use their own eID; adults would need a power of attorney (office).
  return ageOn(child.dateOfBirth, today) < A5_CHILD_AGE_LIMIT ? undefined : 'A5_CHILD_NOT_ELIGIBLE';
}

export function abmeldungOptions(p: PersonRecord, relatives: Relative[], kommune: string, today: IsoDate): AbmeldungOptions {
  const residences = deregistrableResidences(p, kommune, today);
  const children: AbmeldungChild[] = [];
  for (const child of childrenOf(relatives)) {
    const shared = residences.filter((r) => sharedResidence(child, r, today));
    if (!shared.length) continue;
    const reason = childRefusal(child, today);
    children.push({
      id: child.id,
      name: nameOf(child),
      dateOfBirth: child.dateOfBirth,
      residenceIds: shared.map((r) => r.id),
      eligible: !reason,
      ...(reason && { reason }),
    });
  }
  return { residences: residences.map(toResidence), children, today, latestMoveOutDate: latestMoveOutDate(today) };
}

export interface CheckedAbmeldung {
  residence: ResidenceRecord;
  children: Array<{ person: PersonRecord; residence: ResidenceRecord }>;
  late: boolean;
}

/**
 * Validates a deregistration against A1, A2, A3 and A5. Residences and children that are not
 * the caller's answer 404, exactly like ids that do not exist.
 */
export function checkAbmeldung(request: AbmeldungRequest, p: PersonRecord, relatives: Relative[], kommune: string, today: IsoDate): CheckedAbmeldung {
  const residence = p.residences.find((r) => r.id === request.residenceId);
  if (!residence) throw notFound();
  // A1: only an active secondary residence, never the main one, never one already deregistered.
  if (residence.status !== 'NEBENWOHNUNG' || !isCurrent(residence, today) || isPending(residence, today)) {
    throw invalid('A1_NOT_A_SECONDARY_RESIDENCE', '/residenceId');
  }
  // A2: authority of the secondary or of the main residence.
  if (!deregistrableResidences(p, kommune, today).some((r) => r.id === residence.id)) throw invalid('A2_WRONG_AUTHORITY', '/residenceId');
  // A3
  const moveOut = request.moveOutDate;
  const dateRefusal = moveOutRefusal(moveOut, { latest: latestMoveOutDate(today), moveIn: residence.moveInDate });
  if (dateRefusal) throw invalid(dateRefusal, '/moveOutDate');

  const own = new Map(childrenOf(relatives).map((c) => [c.id, c]));
  const seen = new Set<string>();
  const children = request.childIds.map((id, i) => {
    const pointer = `/childIds/${i}`;
    if (seen.has(id)) throw new RuleViolation('BAD_REQUEST', 400, { detail: 'Duplicate child.', fields: [{ pointer }] });
    seen.add(id);
    const child = own.get(id);
    if (!child) throw notFound();
    const shared = sharedResidence(child, residence, today);
    const reason = shared ? childRefusal(child, today) : 'A5_CHILD_NOT_ELIGIBLE';
    if (reason) throw invalid(reason, pointer);
    if (shared!.moveInDate && moveOut < shared!.moveInDate) throw invalid('A3_MOVE_OUT_BEFORE_MOVE_IN', pointer);
    return { person: child, residence: shared! };
  });
  return { residence, children, late: isLateMoveOut(moveOut, today) };
}
