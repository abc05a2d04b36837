import type { Address, PersonName } from '@vois-online/client/contract';

/** C7: every name is stored and compared in Unicode NFC. */
export const nfc = (s: string) => s.normalize('NFC');

/** `Anna Maria Luise` with the name in use marked: `Anna Maria Luise (Rufname: Maria)`. */
export function formatGivenNames(name: PersonName): string {
  if (name.givenNames.length === 0) return '– (kein Vorname)';
  const all = name.givenNames.join(' ');
  const inUse = name.givenNameInUse !== undefined ? name.givenNames[name.givenNameInUse] : undefined;
  return inUse && name.givenNames.length > 1 ? `${all} (Rufname: ${inUse})` : all;
}

/** `Dr. Anna Maria Schulze`, `Suryani` (single name). */
export function fullName(name: PersonName): string {
  return [name.doctoralDegree, ...name.givenNames, name.familyName].filter(Boolean).join(' ');
}

/** Family name first, as registers list people: `Köhler, Lena`. */
export function listName(name: Pick<PersonName, 'familyName' | 'givenNames'>): string {
  return name.givenNames.length ? `${name.familyName}, ${name.givenNames.join(' ')}` : name.familyName;
}

// Created on first use (a module-level `new Intl…` would keep this module in every bundle).
let segmenter: Intl.Segmenter | undefined;
const firstGrapheme = (s: string) => (segmenter ??= new Intl.Segmenter('de', { granularity: 'grapheme' })).segment(s)[Symbol.iterator]().next().value?.segment ?? '';

/**
 * Initials for public verification (`Ł. Ż.`): enough to match the paper, not to identify.
 * Grapheme-aware so that combining marks stay with their letter (C7). Nobility particles and
 * titles that are part of the family name are skipped (`… Freifrau von Brenkenhoff` → `B.`).
 */
export function initials(name: PersonName): string {
  const given = name.givenNames[name.givenNameInUse ?? 0];
  const particles = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'und', 'der', 'den', 'de', 'van', 'freifrau', 'freiherr', 'freiin', 'graf', 'gräfin', 'prinz', 'prinzessin', 'baron', 'baronin', 'edle', 'edler', 'ritter']);
  const familyWord = name.familyName.split(/\s+/).find((w) => !particles.has(w.toLocaleLowerCase('de'))) ?? name.familyName;
  return [given, familyWord].filter((w): w is string => Boolean(w)).map((w) => `${firstGrapheme(w).toLocaleUpperCase('de')}.`).join(' ');
}

/** `Lindenstraße 12 a` (street line of an address). */
export const streetLine = (a: Address) => [a.street, a.houseNumber, a.addition].filter(Boolean).join(' ');

/** `Lindenstraße 12, 15344 Strausberg`. */
export const formatAddress = (a: Address) => `${streetLine(a)}, ${a.postalCode} ${a.city}`;
