import * as z from 'zod/mini';
import { BESCHEINIGUNGS_ARTEN, ZUSATZ_ANGABEN } from './values.ts';
import { PartialDate, PersonName, Residence } from './common.ts';
import { DocumentRef } from './documents.ts';

export const ZusatzAngabe = z.enum(ZUSATZ_ANGABEN);
export type ZusatzAngabe = z.infer<typeof ZusatzAngabe>;

export const BescheinigungsArt = z.enum(BESCHEINIGUNGS_ARTEN);
export type BescheinigungsArt = z.infer<typeof BescheinigungsArt>;

export const MeldebescheinigungOptions = z.object({
  /** Extra items and whether the register holds anything for this person. */
  zusatzAngaben: z.array(z.object({ key: ZusatzAngabe, available: z.boolean() })),
});
export type MeldebescheinigungOptions = z.infer<typeof MeldebescheinigungOptions>;

export const MeldebescheinigungRequest = z.object({
  art: BescheinigungsArt,
  /** Only with `ERWEITERT`. */
  zusatzAngaben: z.array(ZusatzAngabe),
  /** Adds the statement that no date of death is stored (extended only). */
  keinSterbedatum: z.boolean(),
});
export type MeldebescheinigungRequest = z.infer<typeof MeldebescheinigungRequest>;

/** One extra item as printed: register values, already formatted in German (legal document). */
export const ZusatzEintrag = z.object({ key: ZusatzAngabe, values: z.array(z.string()) });
export type ZusatzEintrag = z.infer<typeof ZusatzEintrag>;

export const Meldebescheinigung = z.object({
  art: BescheinigungsArt,
  person: z.object({ name: PersonName, dateOfBirth: PartialDate }),
  /** All current residences, each marked main or secondary (M3, M6). */
  residences: z.array(Residence),
  zusatzAngaben: z.array(ZusatzEintrag),
  keinSterbedatum: z.boolean(),
  document: DocumentRef,
});
export type Meldebescheinigung = z.infer<typeof Meldebescheinigung>;
