/**
 * Issue times are shown in German local time whatever the server's TZ is: the document is
 * read by people in Brandenburg, and MEZ/MESZ is stated so the time stays unambiguous.
 */
const berlin = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** e.g. '29.11.2026, 16:40 Uhr (MEZ)' */
export function formatIssueTime(date: Date): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of berlin.formatToParts(date)) part[type] = value;
  return `${part.day}.${part.month}.${part.year}, ${part.hour}:${part.minute} Uhr (${part.timeZoneName})`;
}
