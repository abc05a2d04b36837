/**
 * Refusals: the Abmeldung is not possible online for this person (or not for this request).
 * Always explained, never a dead end: the Bürgerbüro's contact is part of every refusal; what
 * the citizen can fix goes back to the step with the field.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { refusalStory } from '../harness/common.ts';
import { TAG, story, submit, toReview } from './flow.ts';
import type { Fault } from '../harness/fake-types.ts';

export default { title: 'Abmeldung Nebenwohnung/Ablehnungen', component: TAG } satisfies Meta;

type Story = StoryObj;

export const A1KeineNebenwohnung: Story = {
  name: 'A1 keine Nebenwohnung gemeldet',
  ...refusalStory(TAG, 'Regel A1: es gibt keine aktive Nebenwohnung, die abgemeldet werden könnte (nur eine Hauptwohnung).', { persona: 'happy' }),
};
export const A2FalscheBehoerde: Story = {
  name: 'A2 falsche Meldebehörde',
  ...refusalStory(TAG, 'Regel A2: abmelden kann nur die Behörde der Nebenwohnung oder der Hauptwohnung.', {
    persona: 'din91379',
    fault: ['getAbmeldungOptions', { problem: 'A2_WRONG_AUTHORITY', status: 403 }],
  }),
};
export const A6Betreuung: Story = {
  name: 'A6 rechtliche Betreuung',
  ...refusalStory(TAG, 'Regel A6: eine Betreuerin oder ein Betreuer entscheidet über den Aufenthalt – nur im Bürgerbüro.', { persona: 'guardian' }),
};
export const C3Verstorben: Story = {
  name: 'C3 Person verstorben',
  ...refusalStory(TAG, 'Regel C3: der Datensatz ist nicht aktiv.', { persona: 'deceased' }),
};
export const C4: Story = {
  name: 'C4 nur im Bürgerbüro',
  ...refusalStory(TAG, 'Regel C4: Adoptionsgeheimnis oder gesperrte Personenstandsdaten.', { persona: 'clerk' }),
};

const atSubmit = (fault: Fault, selector: string, description: string) =>
  story({
    description,
    fake: { persona: 'din91379' },
    play: async (s) => {
      await toReview(s);
      s.fake.fail('createAbmeldung', fault);
      await submit(s);
      await s.waitFor(selector);
    },
  });

export const A3BeimAbsenden: Story = {
  name: 'A3 Datum beim Absenden zu weit im Voraus',
  ...atSubmit(
    { problem: 'A3_MOVE_OUT_TOO_FAR_AHEAD', status: 422 },
    '#error-summary',
    'Der Server lehnt das Datum ab (z. B. Mitternacht ist vorbei): zurück zum Datum, mit der genauen Grenze.',
  ),
};
export const A1WohnungWeg: Story = {
  name: 'A1 Wohnung inzwischen nicht mehr Nebenwohnung',
  ...atSubmit(
    { problem: 'A1_NOT_A_SECONDARY_RESIDENCE', status: 422 },
    '#error-summary',
    'Die gewählte Wohnung ist inzwischen keine Nebenwohnung mehr (z. B. im Bürgerbüro geändert): zurück zur Wohnungswahl, mit dem Grund.',
  ),
};
export const SchluesselDoppelt: Story = {
  name: 'Anfrage doppelt (Idempotenz-Schlüssel)',
  ...atSubmit(
    { problem: 'IDEMPOTENCY_KEY_REUSED', status: 422 },
    '#problem',
    'Sollte nie vorkommen: derselbe Schlüssel für eine andere Anfrage. Erklärt; der nächste Versuch bekommt einen neuen Schlüssel (A8).',
  ),
};
