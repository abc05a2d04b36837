/**
 * The flow state of the Übermittlungssperren that survives the login redirect in
 * sessionStorage (only for the round trip; the client deletes it when the login completes):
 * the step, the citizen's wishes (which block on or off — no register data, no name) and the
 * idempotency key of a save whose answer never arrived, so that after a new login the same
 * attempt can fetch its receipt instead of being lost or applied twice. It comes back from
 * storage, so it is parsed, never trusted.
 */
import * as z from 'zod/mini';
import { SperreKey, type LoginFlow, type SperrenChange } from '@vois-online/client';
import { SPERRE_KEYS } from './model.ts';

export type SpStep = 'start' | 'sperren' | 'pruefen' | 'ergebnis';

/** A save sent with `key` whose outcome is not known (lost answer, timeout, expired session). */
export interface Attempt {
  key: string;
  changes: SperrenChange[];
}

const StoredFlow = z.object({
  step: z.optional(z.string()),
  wants: z.optional(z.record(z.string(), z.boolean())),
  attempt: z.optional(
    z.object({
      key: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{8,128}$/)),
      changes: z.array(z.object({ key: z.string(), active: z.boolean() })),
    }),
  ),
});

const isKey = (k: string): k is SperreKey => SperreKey.safeParse(k).success;

export function toFlow(step: SpStep, wants: ReadonlyMap<SperreKey, boolean>, attempt: Attempt | undefined): LoginFlow {
  return {
    step,
    wants: Object.fromEntries(SPERRE_KEYS.filter((k) => wants.has(k)).map((k) => [k, wants.get(k)!])),
    ...(attempt ? { attempt: { key: attempt.key, changes: attempt.changes.map((c) => ({ key: c.key, active: c.active })) } } : {}),
  };
}

/** Reads a stored flow; unknown keys are dropped, the resume step is `sperren` or `pruefen`. */
export function fromFlow(flow: LoginFlow | undefined): { step: 'sperren' | 'pruefen'; wants: Map<SperreKey, boolean>; attempt: Attempt | undefined } {
  const parsed = StoredFlow.safeParse(flow ?? {});
  const data = parsed.success ? parsed.data : {};
  const wants = new Map<SperreKey, boolean>();
  for (const [k, v] of Object.entries(data.wants ?? {})) if (isKey(k)) wants.set(k, v);
  const changes = (data.attempt?.changes ?? []).filter((c): c is SperrenChange => isKey(c.key));
  const attempt = data.attempt && changes.length ? { key: data.attempt.key, changes } : undefined;
  return { step: data.step === 'pruefen' ? 'pruefen' : 'sperren', wants, attempt };
}
