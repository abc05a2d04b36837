/**
 * Formatting of register data for display. Dates in the register are plain calendar dates
 * (no time zone); instants (issue times) are shown in German time, where the authority sits.
 */
import type { Address, PartialDate, PersonName } from '@vois-online/client';
import type { Lang } from './index.ts';

const TIME_ZONE = 'Europe/Berlin';

/** `1950-03-14` → `14.03.1950` (de) or `14 March 1950` (en). */
export function formatDate(iso: string, lang: Lang): string {
  return formatPartialDate(iso, lang);
}

/**
 * Register dates may be known only in part: `1950` → `1950`; `1950-03` → `03.1950` /
 * `March 1950`; full dates as in `formatDate`. Anything unreadable is shown as it is.
 */
export function formatPartialDate(value: PartialDate, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  if (lang === 'de') return [day, month, year].filter(Boolean).join('.');
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}

/** An instant as date and time in German time: `{ date: '29.11.2026', time: '15:04' }`. */
export function formatInstant(iso: string | number | Date, lang: Lang): { date: string; time: string } {
  const d = new Date(iso);
  const date =
    lang === 'de'
      ? new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(d)
      : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(d);
  const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(d);
  return { date, time };
}

/** Clock time in the citizen's own time zone (session warnings refer to their clock). */
export function formatLocalTime(instant: number | Date): string {
  return new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** `Dr. Jana Marie Schneider` — plain text, e.g. for a greeting. */
export function formatName(name: PersonName): string {
  return [name.doctoralDegree, ...name.givenNames, name.familyName].filter(Boolean).join(' ');
}

/** Address lines: `Große Straße 12, Hinterhaus` and `15344 Strausberg`. */
export function formatAddress(address: Address): [string, string] {
  const street = [`${address.street} ${address.houseNumber}`.trim(), address.addition].filter(Boolean).join(', ');
  return [street, `${address.postalCode} ${address.city}`.trim()];
}
