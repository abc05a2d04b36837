import { A3_LATE_AFTER_DAYS, A3_MAX_DAYS_AHEAD } from './limits.ts';
import { addDays } from './calendar.ts';
import type { IsoDate } from './types.ts';

/**
 * A3/A4 on plain ISO calendar dates (strings compare as dates; no time zone involved). Kept in
 * its own small module because the widget imports it for its in-browser check: nothing here
 * pulls in labels, seed data or Intl formatters.
 */

/** A3: the latest move-out date the register accepts on `today`. */
export const latestMoveOutDate = (today: IsoDate): IsoDate => addDays(today, A3_MAX_DAYS_AHEAD);

/**
 * A3: why a move-out date is refused, or undefined. `latest` is {@link latestMoveOutDate} of the
 * register's today (the widget gets it from the server's options, never from the device clock).
 */
export function moveOutRefusal(moveOut: IsoDate, limits: { latest: IsoDate; moveIn?: IsoDate | undefined }): 'A3_MOVE_OUT_TOO_FAR_AHEAD' | 'A3_MOVE_OUT_BEFORE_MOVE_IN' | undefined {
  if (moveOut > limits.latest) return 'A3_MOVE_OUT_TOO_FAR_AHEAD';
  if (limits.moveIn && moveOut < limits.moveIn) return 'A3_MOVE_OUT_BEFORE_MOVE_IN';
  return undefined;
}

/** A3: more than 14 days after moving out the deadline has passed (a notice, never a refusal). */
export const isLateMoveOut = (moveOut: IsoDate, today: IsoDate) => moveOut < addDays(today, -A3_LATE_AFTER_DAYS);

/** A4: a future move-out date is recorded now and takes effect on that day. */
export const takesEffectLater = (moveOut: IsoDate, today: IsoDate) => moveOut > today;

/** A4: a deregistration dated today or earlier is in effect at once; a later one is pending until its day. */
export const abmeldungState = (moveOut: IsoDate, registeredOn: IsoDate): 'WIRKSAM' | 'VORGEMERKT' => (moveOut <= registeredOn ? 'WIRKSAM' : 'VORGEMERKT');
