/**
 * The move-out date: reading the three date inputs, and the A3 limits. Register dates are plain
 * calendar dates (`YYYY-MM-DD`, no time zone), so everything here is string and calendar
 * arithmetic; "today" always comes from the server's options, never from the browser's clock
 * (a wrong device clock or time zone must not move the limits).
 *
 * The rules themselves (A3, A4, A5 ages) come from the domain package — the same functions the
 * server decides with — so the in-browser check cannot drift from the server's answer.
 */
import { moveOutRefusal } from '@vois-online/domain/move-out';
import type { DateParts } from '../../parts/fields.ts';

export { addDays, ageOn } from '@vois-online/domain/calendar';
export { A5_CHILD_AGE_LIMIT as CHILD_AGE_LIMIT, AGE_OF_MAJORITY } from '@vois-online/domain/limits';
export { isLateMoveOut as isLate, takesEffectLater } from '@vois-online/domain/move-out';

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

/** A3, checked in the browser with the server's own rule; the names are the element's message keys. */
export function moveOutRule(iso: string, limits: { latest: string; moveIn?: string | undefined }): 'tooFar' | 'beforeMoveIn' | undefined {
  const refusal = moveOutRefusal(iso, limits);
  return refusal === 'A3_MOVE_OUT_TOO_FAR_AHEAD' ? 'tooFar' : refusal === 'A3_MOVE_OUT_BEFORE_MOVE_IN' ? 'beforeMoveIn' : undefined;
}
