/**
 * Rule refusals: the service is not possible online for this person. Always explained, never
 * a dead end: the Bürgerbüro's contact is part of every refusal.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { refusalStory } from '../harness/common.ts';
import { TAG, story, submitWith } from './flow.ts';

export default { title: 'Meldebescheinigung/Ablehnungen', component: TAG } satisfies Meta;

type Story = StoryObj;

export const M1: Story = {
  name: 'M1 hier nur mit Nebenwohnung gemeldet',
  ...refusalStory(TAG, 'Regel M1: die Bescheinigung stellt nur die Meldebehörde der Hauptwohnung aus. Der Text sagt, wo es sie gibt.', {
    persona: 'secondary-only',
  }),
};
export const C3Verstorben: Story = {
  name: 'C3 Person verstorben',
  ...refusalStory(TAG, 'Regel C3: der Datensatz ist nicht aktiv (Sterbefall).', { persona: 'deceased' }),
};
export const C3Ausland: Story = {
  name: 'C3 ins Ausland verzogen',
  ...refusalStory(TAG, 'Regel C3: Wegzug ins Ausland, kein aktiver Datensatz.', { persona: 'moved-abroad' }),
};
export const C3NichtHier: Story = {
  name: 'C3 nicht in dieser Stadt gemeldet',
  ...refusalStory(TAG, 'Regel C3: die Person ist in dieser Stadt nicht (mehr) gemeldet; der Server lehnt beim Laden der Auswahl ab.', {
    fault: ['getMeldebescheinigungOptions', { problem: 'C3_NOT_REGISTERED_HERE', status: 403 }],
  }),
};
export const C4: Story = {
  name: 'C4 nur im Bürgerbüro',
  ...refusalStory(TAG, 'Regel C4: Adoptionsgeheimnis oder gesperrte Personenstandsdaten – nur persönlich im Bürgerbüro.', { persona: 'clerk' }),
};
export const DienstAbgeschaltet: Story = {
  name: 'Dienst in dieser Stadt nicht angeboten',
  ...refusalStory(TAG, 'Die Stadt hat den Online-Dienst (vorübergehend) abgeschaltet.', {
    fault: ['getMeldebescheinigungOptions', { problem: 'SERVICE_DISABLED', status: 403 }],
  }),
};
export const M3: Story = {
  name: 'M3 Angabe nicht mehr vorhanden',
  ...story({
    description:
      'Regel M3: eine gewählte Angabe wurde zwischen Auswahl und Absenden aus dem Register entfernt. Zurück zur Auswahl, die Auswahl bleibt, die Fehlerübersicht erklärt es.',
    play: async (s) => {
      await submitWith(s, { problem: 'M3_ITEM_NOT_AVAILABLE', status: 422 }, '#error-summary');
      await s.atStep('auswahl');
    },
  }),
};
