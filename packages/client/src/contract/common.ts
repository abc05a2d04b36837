import * as z from 'zod/mini';
import { AGS_PATTERN, SERVICE_IDS } from './values.ts';

/** Amtlicher Gemeindeschlüssel (AGS): eight digits, identifies a municipality. */
export const Ags = z.string().check(z.regex(AGS_PATTERN));
export type Ags = z.infer<typeof Ags>;

/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** Instant with offset, e.g. `2026-11-29T15:00:00.000Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * A date that may be known only in part (register practice): `1950`, `1950-03` or `1950-03-14`.
 */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
export type PartialDate = z.infer<typeof PartialDate>;

/** Opaque server-issued identifier. Never derived from personal data. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/));

export const ServiceId = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof ServiceId>;

/** Name parts as stored in the register (NFC, DIN 91379). A single-name person has no given names. */
export const PersonName = z.object({
  familyName: z.string().check(z.minLength(1)),
  givenNames: z.array(z.string().check(z.minLength(1))),
  /** Index into `givenNames` of the given name in use (Rufname), when recorded. */
  givenNameInUse: z.optional(z.int().check(z.minimum(0))),
  doctoralDegree: z.optional(z.string()),
});
export type PersonName = z.infer<typeof PersonName>;

export const Address = z.object({
  street: z.string(),
  houseNumber: z.string(),
  addition: z.optional(z.string()),
  postalCode: z.string(),
  city: z.string(),
});
export type Address = z.infer<typeof Address>;

export const ResidenceStatus = z.enum(['ALLEINIGE_WOHNUNG', 'HAUPTWOHNUNG', 'NEBENWOHNUNG']);
export type ResidenceStatus = z.infer<typeof ResidenceStatus>;

/** Name and key of a municipality as shown to citizens. */
export const KommuneRef = z.object({ ags: Ags, name: z.string() });
export type KommuneRef = z.infer<typeof KommuneRef>;

export const Residence = z.object({
  id: Id,
  address: Address,
  status: ResidenceStatus,
  moveInDate: z.optional(IsoDate),
  /** The registration office that holds this residence (M6: may be another authority). */
  authority: KommuneRef,
});
export type Residence = z.infer<typeof Residence>;
