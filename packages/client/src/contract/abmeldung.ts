import * as z from 'zod/mini';
import { Id, IsoDate, PartialDate, PersonName, Residence } from './common.ts';
import { DocumentRef } from './documents.ts';
import { ProblemCode } from './problem.ts';

export const AbmeldungChild = z.object({
  id: Id,
  name: PersonName,
  dateOfBirth: PartialDate,
  /** Secondary residences (ids) the child is registered at together with the parent. */
  residenceIds: z.array(Id),
  /** A5: only own children under 16 can be included. */
  eligible: z.boolean(),
  reason: z.optional(ProblemCode),
});
export type AbmeldungChild = z.infer<typeof AbmeldungChild>;

export const AbmeldungOptions = z.object({
  /** Active secondary residences only (A1); the main residence is never offered. */
  residences: z.array(Residence),
  children: z.array(AbmeldungChild),
  /** The register's today; A3 limits are computed from it. */
  today: IsoDate,
  /** Latest allowed move-out date (today + 7 days, A3). */
  latestMoveOutDate: IsoDate,
});
export type AbmeldungOptions = z.infer<typeof AbmeldungOptions>;

export const AbmeldungRequest = z.object({
  residenceId: Id,
  moveOutDate: IsoDate,
  childIds: z.array(Id),
});
export type AbmeldungRequest = z.infer<typeof AbmeldungRequest>;

export const Abmeldung = z.object({
  id: Id,
  /** A7: exactly what the Meldebestätigung holds. */
  person: z.object({ name: PersonName, dateOfBirth: PartialDate }),
  residence: Residence,
  moveOutDate: IsoDate,
  /** Date the deregistration was received. */
  registeredOn: IsoDate,
  /** `WIRKSAM` at once, or `VORGEMERKT` until the future move-out date (A4). */
  state: z.enum(['WIRKSAM', 'VORGEMERKT']),
  /** A3: more than 14 days late; still processed. */
  late: z.boolean(),
  children: z.array(z.object({ name: PersonName, dateOfBirth: PartialDate })),
  document: DocumentRef,
});
export type Abmeldung = z.infer<typeof Abmeldung>;
