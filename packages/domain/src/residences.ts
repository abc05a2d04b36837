import type { Residence } from '@vois-online/client/contract';
import type { IsoDate, PersonRecord, ResidenceRecord } from './types.ts';

/** Current = not moved out yet. A pending (future) move-out keeps it current until that day (A4). */
export const isCurrent = (r: ResidenceRecord, today: IsoDate) => r.moveOutDate === undefined || r.moveOutDate > today;

/** Deregistered with a future date, waiting for that day (A4). */
export const isPending = (r: ResidenceRecord, today: IsoDate) => r.moveOutDate !== undefined && r.moveOutDate > today;

const order = { ALLEINIGE_WOHNUNG: 0, HAUPTWOHNUNG: 0, NEBENWOHNUNG: 1 } as const;

/** All current residences, main first (M3, M6). */
export const currentResidences = (p: PersonRecord, today: IsoDate) =>
  p.residences.filter((r) => isCurrent(r, today)).sort((a, b) => order[a.status] - order[b.status]);

export const mainResidence = (p: PersonRecord, today: IsoDate) => currentResidences(p, today).find((r) => r.status !== 'NEBENWOHNUNG');

/**
 * The main (or sole) residence the eID address is compared with (C2). For records that are
 * no longer active (deceased, moved abroad) it is the last one, so that identification still
 * works and the person gets the precise C3 answer instead of a vague C2.
 */
export function identificationResidence(p: PersonRecord, today: IsoDate): ResidenceRecord | undefined {
  return mainResidence(p, today) ?? p.residences.filter((r) => r.status !== 'NEBENWOHNUNG').sort((a, b) => (a.moveOutDate ?? '9999') < (b.moveOutDate ?? '9999') ? -1 : 1).at(-1);
}

/** Contract shape (no internal fields such as person or dwelling ids). */
export const toResidence = (r: ResidenceRecord): Residence => ({
  id: r.id,
  address: r.address,
  status: r.status,
  ...(r.moveInDate && { moveInDate: r.moveInDate }),
  authority: r.authority,
});
