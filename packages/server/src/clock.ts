import { dateInBerlin } from '@vois-online/domain/dates';
import type { IsoDate } from './register/types.ts';

/**
 * Time for the whole server. `now` is real time (sessions, login codes, document issue time);
 * `today` is the register's calendar date, which the sandbox clock hook may move (A3/A4 tests)
 * without touching session expiry.
 */
export interface Clock {
  now(): number;
  today(): IsoDate;
  /** Sandbox only: pin the register date; `undefined` returns to the real date. */
  setToday(date: IsoDate | undefined): void;
}

/** Calendar date of an instant in Germany (the register's time zone); shared with the widgets' test double. */
export { dateInBerlin } from '@vois-online/domain/dates';

export function createClock(now: () => number = Date.now): Clock {
  let pinned: IsoDate | undefined;
  return {
    now,
    today: () => pinned ?? dateInBerlin(now()),
    setToday(date) {
      pinned = date;
    },
  };
}
