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

const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar date of an instant in Germany (the register's time zone). */
export const dateInBerlin = (ms: number): IsoDate => berlinDate.format(ms);

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
