import type { IsoDate } from './types.ts';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, partial birth dates `YYYY`/`YYYY-MM`): plain
 * strings and UTC dates, no time zone involved, no Intl — small enough for the widgets' bundle.
 */

/** `2026-11-29` + n days, in calendar arithmetic (no time zones involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // 29 February → 28 February in non-leap years.
  const candidate = new Date(Date.UTC(y + years, m - 1, d));
  if (candidate.getUTCMonth() !== m - 1) candidate.setUTCDate(0);
  return candidate.toISOString().slice(0, 10);
}

/**
 * Completed years on `today`. A partial date (`1990`, `1990-05`) counts from its latest
 * possible day, so the result never overstates the age (safe for "under 16"/"from 18" rules).
 */
export function ageOn(dateOfBirth: string, today: IsoDate): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number | undefined, number | undefined];
  const month = m ?? 12;
  const day = d ?? new Date(Date.UTC(y, month, 0)).getUTCDate();
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let age = ty - y;
  if (tm < month || (tm === month && td < day)) age--;
  return age;
}
