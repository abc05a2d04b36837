/**
 * The citizen's way through `<vois-abmeldung-nebenwohnung>`: `start` (1 Anmelden) → `wohnung`
 * (2 Wohnung wählen) → `datum` (3 Auszugsdatum) → `kinder` (4 Kinder, only where children are
 * registered at that residence) → `pruefen` (5 Angaben prüfen, with the declaration) →
 * `ergebnis` (6 Bestätigung).
 *
 * Default persona `din91379`: one secondary residence (in Erkner, preselected), main residence
 * in Strausberg (the fake's town).
 */
import '@vois-online/widgets/define/abmeldung-nebenwohnung';
import type { ServiceFlow } from '../harness/common.ts';
import { TODAY } from '../harness/dates.ts';
import type { Stage } from '../harness/stage.ts';
import { scenarioStories } from '../harness/story.ts';

export const TAG = 'vois-abmeldung-nebenwohnung';
export const story = scenarioStories(TAG);
export const DATE_FIELD = 'auszug';

/** Logs in and waits for step 2 (the residence). */
export async function toResidence(stage: Stage): Promise<void> {
  await stage.login();
  await stage.atStep('wohnung');
}

/** Step 2 → 3, with `residence` chosen (or the preselected one). */
export async function toDate(stage: Stage, residence?: string): Promise<void> {
  await toResidence(stage);
  if (residence) await stage.choose(residence);
  await stage.click('continue');
  await stage.atStep('datum');
}

export interface Way {
  residence?: string;
  date?: string;
  children?: string[];
}

/** Residence → date → (children) → review. */
export async function toReview(stage: Stage, way: Way = {}): Promise<void> {
  await toDate(stage, way.residence);
  await stage.fillDate(DATE_FIELD, way.date ?? TODAY);
  await stage.click('continue');
  await stage.until(() => stage.step === 'kinder' || stage.step === 'pruefen', 'children or review step');
  if (stage.step === 'kinder') {
    await stage.atStep('kinder');
    if (way.children?.length) await stage.choose(...way.children);
    await stage.click('continue');
  }
  await stage.atStep('pruefen');
}

/** Ticks the declaration and sends. */
export async function submit(stage: Stage): Promise<void> {
  const box = await stage.waitFor<HTMLInputElement>('input[value="RICHTIG"]');
  if (!box.checked) await stage.choose('RICHTIG');
  await stage.click('submit');
}

export async function toResult(stage: Stage, way: Way = {}): Promise<void> {
  await toReview(stage, way);
  await submit(stage);
  await stage.atStep('ergebnis');
}

export const flow: ServiceFlow = {
  tag: TAG,
  firstStep: 'wohnung',
  loadOperation: 'getAbmeldungOptions',
  submitOperation: 'createAbmeldung',
  fake: { persona: 'din91379' },
  toSubmit: (s) => toReview(s),
  submit,
  toResult: (s) => toResult(s),
  choose: async (s) => {
    await s.click('continue');
    await s.atStep('datum');
    await s.fillDate(DATE_FIELD, TODAY);
  },
};
