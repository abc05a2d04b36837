/**
 * The non-personal flow state of the Meldebescheinigung that survives the login redirect in
 * sessionStorage: the step and the citizen's choices (which kind, which extra items). It comes
 * back from storage, so it is parsed, never trusted.
 */
import { BESCHEINIGUNGS_ARTEN, ZUSATZ_ANGABEN, isOneOf, mismatch, type BescheinigungsArt, type JsonSchema, type LoginFlow, type ZusatzAngabe } from '@vois-online/client';

export type MbStep = 'start' | 'auswahl' | 'pruefen' | 'ergebnis';

export interface MbChoices {
  art: BescheinigungsArt | undefined;
  zusatz: ZusatzAngabe[];
  keinSterbedatum: boolean;
}

const StoredFlow: JsonSchema = {
  type: 'object',
  properties: { step: { type: 'string' }, art: { type: 'string' }, zusatz: { type: 'array', items: { type: 'string' } }, keinSterbedatum: { type: 'boolean' } },
};
interface Stored {
  step?: string;
  art?: string;
  zusatz?: string[];
  keinSterbedatum?: boolean;
}

export function toFlow(step: MbStep, c: MbChoices): LoginFlow {
  return {
    step,
    ...(c.art ? { art: c.art } : {}),
    zusatz: [...c.zusatz],
    keinSterbedatum: c.keinSterbedatum,
  };
}

/** Reads a stored flow; unknown values are dropped, the resume step is `auswahl` or `pruefen`. */
export function fromFlow(flow: LoginFlow | undefined): { step: 'auswahl' | 'pruefen'; choices: MbChoices } {
  const data: Stored = flow && !mismatch(StoredFlow, flow) ? flow : {};
  const zusatz = (data.zusatz ?? []).filter((k) => isOneOf(ZUSATZ_ANGABEN, k));
  return {
    step: data.step === 'pruefen' ? 'pruefen' : 'auswahl',
    choices: { art: isOneOf(BESCHEINIGUNGS_ARTEN, data.art) ? data.art : undefined, zusatz: [...new Set(zusatz)], keinSterbedatum: data.keinSterbedatum === true },
  };
}
