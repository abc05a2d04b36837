/**
 * The citizen's way through `<vois-meldebescheinigung>`, as moves on a stage. Steps:
 * `start` (1 Anmelden) → `auswahl` (2 Bescheinigung auswählen) → `pruefen` (3 Angaben prüfen)
 * → `ergebnis` (4 Bescheinigung erhalten).
 */
import '@vois-online/widgets/define/meldebescheinigung';
import type { AuthorizeOptions, Fault } from '@vois-online/widgets/testing';
import { scenarioStories } from '../harness/story.ts';
import type { ServiceFlow } from '../harness/common.ts';
import type { Stage } from '../harness/stage.ts';

export const TAG = 'vois-meldebescheinigung';
export const story = scenarioStories(TAG);

/** Two extra items every persona of the happy path has. */
export const ITEMS = ['GEBURTSORT', 'STAATSANGEHOERIGKEITEN'];

/** Logs in and waits for step 2. */
export async function toChoice(stage: Stage, authorize: AuthorizeOptions = {}): Promise<void> {
  await stage.login(authorize);
  await stage.atStep('auswahl');
}

/** Step 2 → 3 with the extended certificate and `items` (or the basic one with `items = null`). */
export async function toReview(stage: Stage, items: string[] | null = ITEMS, keinSterbedatum = false): Promise<void> {
  await toChoice(stage);
  if (items === null) await stage.choose('EINFACH');
  else await stage.choose('ERWEITERT', ...items, ...(keinSterbedatum ? ['KEIN_STERBEDATUM'] : []));
  await stage.click('continue');
  await stage.atStep('pruefen');
}

export async function toResult(stage: Stage, items: string[] | null = ITEMS, keinSterbedatum = false): Promise<void> {
  await toReview(stage, items, keinSterbedatum);
  await stage.click('submit');
  await stage.atStep('ergebnis');
}

/** Submits the review while the fake answers `createMeldebescheinigung` with `fault`; waits for `selector`. */
export async function submitWith(stage: Stage, fault: Fault, selector = '#problem', timeoutMs?: number): Promise<void> {
  await toReview(stage);
  stage.fake.fail('createMeldebescheinigung', fault);
  await stage.click('submit');
  await stage.waitFor(selector, timeoutMs);
  await stage.el.updateComplete;
}

/** The shared states (login, errors, session, embedding) for this element. */
export const flow: ServiceFlow = {
  tag: TAG,
  firstStep: 'auswahl',
  loadOperation: 'getMe',
  submitOperation: 'createMeldebescheinigung',
  toSubmit: (s) => toReview(s),
  submit: (s) => s.click('submit'),
  toResult: (s) => toResult(s, null),
  choose: (s) => s.choose('ERWEITERT', ...ITEMS),
};
