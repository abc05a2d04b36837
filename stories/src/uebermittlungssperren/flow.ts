/**
 * The citizen's way through `<vois-uebermittlungssperren>`: `start` (1 Anmelden) → `sperren`
 * (2 Sperren wählen: every block with its state and meaning) → `pruefen` (3 Änderungen prüfen,
 * with the confirmation) → `ergebnis` (4 Bestätigung erhalten, PDF receipt).
 *
 * Default persona `happy`: the jubilee block is set, the others are not.
 */
import '@vois-online/widgets/define/uebermittlungssperren';
import type { ServiceFlow } from '../harness/common.ts';
import type { Stage } from '../harness/stage.ts';
import { scenarioStories } from '../harness/story.ts';

export const TAG = 'vois-uebermittlungssperren';
export const story = scenarioStories(TAG);
/** Set the address-book block, lift the jubilee block. */
export const CHANGES = ['ADRESSBUCH', 'JUBILAEEN'];

export async function toBlocks(stage: Stage): Promise<void> {
  await stage.login();
  await stage.atStep('sperren');
}

export async function toReview(stage: Stage, keys: string[] = CHANGES): Promise<void> {
  await toBlocks(stage);
  await stage.choose(...keys);
  await stage.click('continue');
  await stage.atStep('pruefen');
}

/** Confirms ("Ja, so ändern") and saves. */
export async function submit(stage: Stage): Promise<void> {
  const box = await stage.waitFor<HTMLInputElement>('input[value="JA"]');
  if (!box.checked) await stage.choose('JA');
  await stage.click('submit');
}

export async function toResult(stage: Stage, keys: string[] = CHANGES): Promise<void> {
  await toReview(stage, keys);
  await submit(stage);
  await stage.atStep('ergebnis');
}

export const flow: ServiceFlow = {
  tag: TAG,
  firstStep: 'sperren',
  loadOperation: 'getSperren',
  submitOperation: 'changeSperren',
  toSubmit: (s) => toReview(s),
  submit,
  toResult: (s) => toResult(s),
  choose: (s) => s.choose(...CHANGES),
};
