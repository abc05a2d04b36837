import type { IsoDate } from './types.ts';

export { addDays, addYears, ageOn } from './calendar.ts';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** German display of a (partial) date as the register prints it: `14.03.1950`, `März 1950`, `1950`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

// Created on first use: a module-level `new Intl…` would count as a side effect and keep this
// module in bundles that only need the calendar arithmetic.
let dateTime: Intl.DateTimeFormat | undefined;
let berlinDate: Intl.DateTimeFormat | undefined;

/** `29.11.2026, 15:04 Uhr` in German time. */
export function formatDateTime(iso: string): string {
  dateTime ??= new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${dateTime.format(new Date(iso))} Uhr`;
}

/** The calendar date of an instant in Germany: the register's "today" (A3, A4, ages). */
export function dateInBerlin(ms: number): IsoDate {
  berlinDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  return berlinDate.format(ms);
}
