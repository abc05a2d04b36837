import type { EidAttributes, TrustLevel } from './port.ts';

/**
 * Turns the attribute values a real provider hands over into the eID shape the register
 * match (C2) uses. NFC here (C7) so that every later comparison sees one form; the match
 * itself normalises again and stays the authority.
 */
export function toEidAttributes(values: { familyName: string; givenNames: string; dateOfBirth: string; street: string; postalCode: string; city: string }): EidAttributes {
  const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return {
    familyName: clean(values.familyName),
    givenNames: clean(values.givenNames),
    dateOfBirth: isoDate(clean(values.dateOfBirth)),
    placeOfResidence: { street: clean(values.street), postalCode: clean(values.postalCode), city: clean(values.city) },
  };
}

/** `YYYY-MM-DD`, `YYYYMMDD` or partial dates (`YYYY`, `YYYY-MM`, eID "XX" for unknown parts). */
function isoDate(value: string): string {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const partial = /^(\d{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/.exec(value);
  if (partial) return [partial[1], partial[2], partial[3]].filter((p) => p && p !== 'XX').join('-');
  return value;
}

const ORDER: TrustLevel[] = ['normal', 'substantiell', 'hoch'];

/** The weakest of several levels: a login is only as trustworthy as its weakest attribute. */
export const weakest = (levels: TrustLevel[]): TrustLevel => levels.reduce((a, b) => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b), 'hoch');
