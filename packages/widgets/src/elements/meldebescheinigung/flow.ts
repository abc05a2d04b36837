/**
 * The non-personal flow state of the Meldebescheinigung that survives the login redirect in
 * sessionStorage: the step and the citizen's choices (which kind, which extra items). It comes
 * back from storage, so it is parsed, never trusted.
 */
import * as z from 'zod/mini';
import { BescheinigungsArt, ZusatzAngabe, type LoginFlow } from '@vois-online/client';

export type MbStep = 'start' | 'auswahl' | 'pruefen' | 'ergebnis';

export interface MbChoices {
  art: BescheinigungsArt | undefined;
  zusatz: ZusatzAngabe[];
  keinSterbedatum: boolean;
}

const StoredFlow = z.object({
  step: z.optional(z.string()),
  art: z.optional(z.string()),
  zusatz: z.optional(z.array(z.string())),
  keinSterbedatum: z.optional(z.boolean()),
});

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
  const parsed = StoredFlow.safeParse(flow ?? {});
  const data = parsed.success ? parsed.data : {};
  const art = BescheinigungsArt.safeParse(data.art);
  const zusatz = (data.zusatz ?? []).filter((k): k is ZusatzAngabe => ZusatzAngabe.safeParse(k).success);
  return {
    step: data.step === 'pruefen' ? 'pruefen' : 'auswahl',
    choices: { art: art.success ? art.data : undefined, zusatz: [...new Set(zusatz)], keinSterbedatum: data.keinSterbedatum === true },
  };
}
