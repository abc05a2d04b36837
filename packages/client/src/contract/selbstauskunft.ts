import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, KommuneRef } from './common.ts';

export const AuskunftGroup = z.enum([
  'NAMEN',
  'GEBURT',
  'GESCHLECHT',
  'STAATSANGEHOERIGKEITEN',
  'RELIGION',
  'ANSCHRIFTEN',
  'FRUEHERE_ANSCHRIFTEN',
  'FAMILIENSTAND',
  'FAMILIE',
  'AUSWEISDOKUMENTE',
  'SPERREN',
]);
export type AuskunftGroup = z.infer<typeof AuskunftGroup>;

/** Register fields; the client labels them in the citizen's language. */
export const AuskunftField = z.enum([
  'FAMILIENNAME', 'VORNAMEN', 'RUFNAME', 'DOKTORGRAD', 'GEBURTSNAME', 'FRUEHERER_NAME', 'ORDENSNAME', 'KUENSTLERNAME',
  'GEBURTSDATUM', 'GEBURTSORT', 'GESCHLECHT', 'STAATSANGEHOERIGKEIT', 'RELIGION',
  'ALLEINIGE_WOHNUNG', 'HAUPTWOHNUNG', 'NEBENWOHNUNG', 'FRUEHERE_ANSCHRIFT', 'EINZUGSDATUM',
  'FAMILIENSTAND', 'EHEGATTE', 'KIND', 'GESETZLICHER_VERTRETER',
  'PERSONALAUSWEIS', 'REISEPASS', 'AUFENTHALTSTITEL',
  'AUSKUNFTSSPERRE', 'BEDINGTER_SPERRVERMERK', 'UEBERMITTLUNGSSPERRE',
]);
export type AuskunftField = z.infer<typeof AuskunftField>;

/** One stored item; `value` is the stored value as the register holds it (German). */
export const AuskunftEntry = z.object({
  field: AuskunftField,
  value: z.string(),
  /** Where the datum came from, where recorded (S1), e.g. `Geburtsurkunde, Standesamt Leipzig`. */
  origin: z.optional(z.string()),
  validFrom: z.optional(IsoDate),
  validTo: z.optional(IsoDate),
});
export type AuskunftEntry = z.infer<typeof AuskunftEntry>;

export const Selbstauskunft = z.object({
  register: KommuneRef,
  generatedAt: IsoDateTime,
  groups: z.array(z.object({ group: AuskunftGroup, entries: z.array(AuskunftEntry) })),
  /** S2: regular transfers. */
  recipients: z.array(z.object({ recipient: z.string(), purpose: z.string(), legalBasis: z.string(), data: z.string() })),
  /** S3: automated retrievals from the access log, security authorities excluded. */
  retrievals: z.array(z.object({ at: IsoDateTime, recipient: z.string(), data: z.string() })),
  /** S4: some family data was left out because of a § 51/§ 52 block. */
  familyDataWithheld: z.boolean(),
});
export type Selbstauskunft = z.infer<typeof Selbstauskunft>;
