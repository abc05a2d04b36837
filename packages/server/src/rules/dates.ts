import type { IsoDate } from '../register/types.ts';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

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

/** German display of a (partial) date as the register prints it: `14.03.1950`, `März 1950`, `1950`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return `${d}.${m}.${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

const dateTime = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `29.11.2026, 15:04 Uhr` in German time. */
export const formatDateTime = (iso: string): string => `${dateTime.format(new Date(iso))} Uhr`;
