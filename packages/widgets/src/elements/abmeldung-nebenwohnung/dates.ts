/**
 * The move-out date: reading the three date inputs, and the A3 limits. Register dates are plain
 * calendar dates (`YYYY-MM-DD`, no time zone), so everything here is string and calendar
 * arithmetic; "today" always comes from the server's options, never from the browser's clock
 * (a wrong device clock or time zone must not move the limits).
 */
import type { DateParts } from '../../parts/fields.ts';

/** A3: at most this many days ahead. */
export const MAX_DAYS_AHEAD = 7;
/** A3: more than this many days in the past gets a gentle notice (still processed). */
export const LATE_AFTER_DAYS = 14;
/** A5: children below this age can be included. */
export const CHILD_AGE_LIMIT = 16;

export type DatePart = keyof DateParts;

/** What is wrong with the typed date itself (before any rule). */
export type DateInputError =
  | { kind: 'empty'; parts: DatePart[] }
  | { kind: 'missing'; parts: DatePart[] }
  | { kind: 'year'; parts: DatePart[] }
  | { kind: 'real'; parts: DatePart[] };

const ORDER: DatePart[] = ['day', 'month', 'year'];

/** People type `5.`, ` 05 ` or `5` for the same day. */
const clean = (s: string) => s.replace(/\s+/g, '').replace(/\.+$/, '');

/** `2026-02-31` is not a date. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the three inputs: an ISO date, or what is wrong and which inputs to mark. */
export function readDate(value: DateParts): { iso: string } | { error: DateInputError } {
  const v = { day: clean(value.day), month: clean(value.month), year: clean(value.year) };
  const empty = ORDER.filter((k) => v[k] === '');
  if (empty.length === 3) return { error: { kind: 'empty', parts: ORDER } };
  if (empty.length) return { error: { kind: 'missing', parts: empty } };
  const notNumbers = ORDER.filter((k) => !/^\d+$/.test(v[k]));
  if (notNumbers.length) return { error: { kind: 'real', parts: notNumbers } };
  if (v.year.length !== 4) return { error: { kind: 'year', parts: ['year'] } };
  const year = Number(v.year);
  const month = Number(v.month);
  const day = Number(v.day);
  if (year < 1900) return { error: { kind: 'real', parts: ['year'] } };
  if (month < 1 || month > 12) return { error: { kind: 'real', parts: ['month'] } };
  if (day < 1 || day > daysInMonth(year, month)) return { error: { kind: 'real', parts: ['day'] } };
  return { iso: `${v.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** `2026-12-05` → the three inputs as a person would type them (restoring a kept date). */
export function partsOf(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day, month, year };
}

/** Calendar arithmetic on ISO dates. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A3, checked in the browser exactly as the server does (ISO strings compare as dates). */
export function moveOutRule(iso: string, limits: { latest: string; moveIn?: string | undefined }): 'tooFar' | 'beforeMoveIn' | undefined {
  if (iso > limits.latest) return 'tooFar';
  if (limits.moveIn && iso < limits.moveIn) return 'beforeMoveIn';
  return undefined;
}

/** A3: more than 14 days after the move-out: the deadline has passed (a notice, never a block). */
export const isLate = (iso: string, today: string) => iso < addDays(today, -LATE_AFTER_DAYS);

/** A4: a future move-out date is recorded now and takes effect on that day. */
export const takesEffectLater = (iso: string, today: string) => iso > today;

/**
 * Completed years on `today`. A partial birth date (`2010`, `2010-05`) counts from its latest
 * possible day, so the age is never overstated (as the server counts for "under 16").
 */
export function ageOn(dateOfBirth: string, today: string): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number | undefined, number | undefined];
  const month = m ?? 12;
  const day = d ?? daysInMonth(y, month);
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < month || (tm === month && td < day) ? 1 : 0);
}
