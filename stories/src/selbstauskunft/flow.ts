/**
 * The citizen's way through `<vois-selbstauskunft>`: `start` (1 Anmelden) → `auskunft`
 * (2 Auskunft ansehen: everything stored, in groups, with transfers, retrievals, rights, PDF
 * and print). Nothing is chosen or changed, so there is no review step.
 */
import '@vois-online/widgets/define/selbstauskunft';
import type { ServiceFlow } from '../harness/common.ts';
import type { Stage } from '../harness/stage.ts';
import { scenarioStories } from '../harness/story.ts';

export const TAG = 'vois-selbstauskunft';
export const story = scenarioStories(TAG);

export async function toDisclosure(stage: Stage): Promise<void> {
  await stage.login();
  await stage.atStep('auskunft');
}

/** Opens every group ("Alle Gruppen öffnen"). */
export async function openAll(stage: Stage): Promise<void> {
  await stage.click('toggle-all');
  await stage.until(() => !stage.$('.group-panel[hidden]'), 'all groups open');
}

export const flow: ServiceFlow = {
  tag: TAG,
  firstStep: 'auskunft',
  loadOperation: 'getSelbstauskunft',
  submitOperation: 'createSelbstauskunftDocument',
  toSubmit: toDisclosure,
  submit: async (s) => {
    s.quietDownloads();
    await s.click('download');
  },
  toResult: toDisclosure,
};
