import * as z from 'zod/mini';
import { SPERRE_KEYS } from './values.ts';
import { IsoDateTime, KommuneRef } from './common.ts';
import { DocumentRef } from './documents.ts';

export const SperreKey = z.enum(SPERRE_KEYS);
export type SperreKey = z.infer<typeof SperreKey>;

/**
 * Whether a block matters for this person now (U3–U5): `NOT_APPLICABLE` blocks cannot be set
 * (e.g. RELIGION_FAMILIE without a family member in a community, BUNDESWEHR for non-Germans).
 */
export const SperreRelevance = z.enum(['RELEVANT', 'NOT_YET_RELEVANT', 'NO_LONGER_RELEVANT', 'NOT_APPLICABLE']);
export type SperreRelevance = z.infer<typeof SperreRelevance>;

export const Sperre = z.object({
  key: SperreKey,
  active: z.boolean(),
  relevance: SperreRelevance,
  changeable: z.boolean(),
});
export type Sperre = z.infer<typeof Sperre>;

export const SperrenState = z.object({
  /** U7: whose register is changed. */
  register: KommuneRef,
  sperren: z.array(Sperre),
  /** U6: shown read-only; set only at the office with evidence. */
  auskunftssperre: z.object({ active: z.boolean() }),
  bedingterSperrvermerk: z.object({ active: z.boolean() }),
});
export type SperrenState = z.infer<typeof SperrenState>;

export const SperrenChange = z.object({ key: SperreKey, active: z.boolean() });
export type SperrenChange = z.infer<typeof SperrenChange>;

export const SperrenRequest = z.object({ changes: z.array(SperrenChange).check(z.minLength(1), z.maxLength(5)) });
export type SperrenRequest = z.infer<typeof SperrenRequest>;

export const SperrenReceipt = z.object({
  state: SperrenState,
  changes: z.array(SperrenChange),
  effectiveAt: IsoDateTime,
  document: DocumentRef,
});
export type SperrenReceipt = z.infer<typeof SperrenReceipt>;
