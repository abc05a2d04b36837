/**
 * Dates relative to the register's today. The fake API's register date defaults to the German
 * date of the clock, so a story computed with these gets the same limits (A3) as the widget.
 */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  Date.now(),
);

/** ISO date `offset` days from today (negative: in the past). */
export function day(offset: number): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
