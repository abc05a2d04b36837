/**
 * The flow state of the Abmeldung that survives the login redirect in sessionStorage: the step
 * and the citizen's choices as opaque ids and the date as typed — no names, no addresses. The
 * idempotency key of an attempt travels with it (A8): after a lost answer and a new login, the
 * same request is answered with the first result instead of being carried out again. It comes
 * back from storage, so it is parsed, never trusted.
 */
import { mismatch, type JsonSchema, type LoginFlow } from '@vois-online/client';
import type { DateParts } from '../../parts/fields.ts';

export type AbStep = 'start' | 'wohnung' | 'datum' | 'kinder' | 'pruefen' | 'ergebnis';

export interface AbChoices {
  residenceId: string | undefined;
  date: DateParts;
  childIds: string[];
}

const OpaqueId: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' };
const DatePartText: JsonSchema = { type: 'string', maxLength: 10 };

const StoredFlow: JsonSchema = {
  type: 'object',
  properties: {
    step: { type: 'string' },
    residenceId: OpaqueId,
    date: { type: 'object', properties: { day: DatePartText, month: DatePartText, year: DatePartText }, required: ['day', 'month', 'year'] },
    childIds: { type: 'array', items: OpaqueId },
    /** Same alphabet as the server accepts in `Idempotency-Key`. */
    key: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
  },
};
interface Stored {
  step?: string;
  residenceId?: string;
  date?: DateParts;
  childIds?: string[];
  key?: string;
}

export const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export function toFlow(step: AbStep, c: AbChoices, key: string | undefined): LoginFlow {
  return {
    step,
    ...(c.residenceId ? { residenceId: c.residenceId } : {}),
    date: { ...c.date },
    childIds: [...c.childIds],
    ...(key ? { key } : {}),
  };
}

/** Reads a stored flow; anything malformed is dropped (the citizen then simply chooses again). */
export function fromFlow(flow: LoginFlow | undefined): { step: AbStep; choices: AbChoices; key: string | undefined } {
  const data: Stored = flow && !mismatch(StoredFlow, flow) ? flow : {};
  const steps: AbStep[] = ['wohnung', 'datum', 'kinder', 'pruefen'];
  return {
    step: steps.find((s) => s === data.step) ?? 'wohnung',
    choices: {
      residenceId: data.residenceId,
      date: data.date ?? emptyDate(),
      childIds: [...new Set(data.childIds ?? [])],
    },
    key: data.key,
  };
}
