import type { EidAttributes, IsoDate, PersonRecord } from './types.ts';
import { nfc, streetLine } from './names.ts';
import { identificationResidence } from './residences.ts';

/**
 * C2: identified only if family name, given names, date of birth and the main (or sole)
 * residence address from the eID equal the register exactly after NFC normalisation (C7).
 * No fuzzy matching, no case folding: a near miss is a miss.
 */
export function matchesRegister(eid: EidAttributes, p: PersonRecord, today: IsoDate): boolean {
  const main = identificationResidence(p, today);
  if (!main) return false;
  const place = eid.placeOfResidence;
  return (
    nfc(eid.familyName) === p.familyName &&
    nfc(eid.givenNames) === p.givenNames.join(' ') &&
    eid.dateOfBirth === p.dateOfBirth &&
    nfc(place.street) === streetLine(main.address) &&
    nfc(place.postalCode) === main.address.postalCode &&
    nfc(place.city) === main.address.city
  );
}

/** The single register record the eID attributes identify, or `undefined` (none or ambiguous). */
export function identify(eid: EidAttributes, candidates: (familyName: string, dateOfBirth: string) => PersonRecord[], today: IsoDate): PersonRecord | undefined {
  const matches = candidates(nfc(eid.familyName), eid.dateOfBirth).filter((p) => matchesRegister(eid, p, today));
  return matches.length === 1 ? matches[0] : undefined;
}
