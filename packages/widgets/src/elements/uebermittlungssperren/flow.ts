/**
 * The flow state of the Übermittlungssperren that survives the login redirect in
 * sessionStorage (only for the round trip; the client deletes it when the login completes):
 * the step, the citizen's wishes (which block on or off — no register data, no name) and the
 * idempotency key of a save whose answer never arrived, so that after a new login the same
 * attempt can fetch its receipt instead of being lost or applied twice. It comes back from
 * storage, so it is parsed, never trusted.
 */
import { SPERRE_KEYS, isOneOf, mismatch, type JsonSchema, type LoginFlow, type SperreKey, type SperrenChange } from '@vois-online/client';

export type SpStep = 'start' | 'sperren' | 'pruefen' | 'ergebnis';

/** A save sent with `key` whose outcome is not known (lost answer, timeout, expired session). */
export interface Attempt {
  key: string;
  changes: SperrenChange[];
}

const StoredFlow: JsonSchema = {
  type: 'object',
  properties: {
    step: { type: 'string' },
    /** Block → wanted state; entries are checked one by one below. */
    wants: { type: 'object' },
    attempt: {
      type: 'object',
      properties: {
        key: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
        changes: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, active: { type: 'boolean' } }, required: ['key', 'active'] } },
      },
      required: ['key', 'changes'],
    },
  },
};
interface Stored {
  step?: string;
  wants?: Record<string, unknown>;
  attempt?: Attempt;
}

export function toFlow(step: SpStep, wants: ReadonlyMap<SperreKey, boolean>, attempt: Attempt | undefined): LoginFlow {
  return {
    step,
    wants: Object.fromEntries(SPERRE_KEYS.filter((k) => wants.has(k)).map((k) => [k, wants.get(k)!])),
    ...(attempt ? { attempt: { key: attempt.key, changes: attempt.changes.map((c) => ({ key: c.key, active: c.active })) } } : {}),
  };
}

/** Reads a stored flow; unknown keys are dropped, the resume step is `sperren` or `pruefen`. */
export function fromFlow(flow: LoginFlow | undefined): { step: 'sperren' | 'pruefen'; wants: Map<SperreKey, boolean>; attempt: Attempt | undefined } {
  const data: Stored = flow && !mismatch(StoredFlow, flow) ? flow : {};
  const wants = new Map<SperreKey, boolean>();
  for (const [k, v] of Object.entries(data.wants ?? {})) if (isOneOf(SPERRE_KEYS, k) && typeof v === 'boolean') wants.set(k, v);
  const changes = (data.attempt?.changes ?? []).filter((c) => isOneOf(SPERRE_KEYS, c.key));
  const attempt = data.attempt && changes.length ? { key: data.attempt.key, changes } : undefined;
  return { step: data.step === 'pruefen' ? 'pruefen' : 'sperren', wants, attempt };
}
