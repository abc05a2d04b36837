/** Refusals: changing the blocks online is not possible for this person — explained, with the Bürgerbüro's contact. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { refusalStory } from '../harness/common.ts';
import { TAG } from './flow.ts';

export default { title: 'Übermittlungssperren/Ablehnungen', component: TAG } satisfies Meta;

type Story = StoryObj;

export const C3Verstorben: Story = { name: 'C3 Person verstorben', ...refusalStory(TAG, 'Regel C3: der Datensatz ist nicht aktiv.', { persona: 'deceased' }) };
export const C3Ausland: Story = {
  name: 'C3 ins Ausland verzogen',
  ...refusalStory(TAG, 'Regel C3: Wegzug ins Ausland, kein aktiver Datensatz.', { persona: 'moved-abroad' }),
};
export const C4: Story = {
  name: 'C4 nur im Bürgerbüro',
  ...refusalStory(TAG, 'Regel C4: Adoptionsgeheimnis oder gesperrte Personenstandsdaten.', { persona: 'clerk' }),
};
export const DienstAbgeschaltet: Story = {
  name: 'Dienst in dieser Stadt nicht angeboten',
  ...refusalStory(TAG, 'Die Stadt hat den Online-Dienst (vorübergehend) abgeschaltet.', {
    fault: ['getSperren', { problem: 'SERVICE_DISABLED', status: 403 }],
  }),
};
