/** All seven themes side by side, in the same state — for tuning and comparing the town presets. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { themeGallery } from '../harness/story.ts';
import { themeLabels, themeNames } from '../harness/themes.ts';
import { TAG, toResult, toReview } from '../meldebescheinigung/flow.ts';
import { kommunen } from '@vois-online/widgets/testing';

export default {
  title: 'Themes im Vergleich',
  component: TAG,
  parameters: { layout: 'padded' },
  decorators: [
    (story) => {
      // Two columns where there is room; one below 60em. Storybook's canvas, not the widgets.
      const style = document.getElementById('vois-gallery-style') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'vois-gallery-style' }));
      style.textContent = `.vois-gallery { display: grid; gap: 2em; grid-template-columns: repeat(auto-fill, minmax(min(100%, 30em), 1fr)); }
        .vois-gallery figure { margin: 0; }
        .vois-gallery figcaption { font: 600 0.875em system-ui, sans-serif; margin-block-end: 0.5em; color: #1b1f24; }`;
      return story();
    },
  ],
} satisfies Meta;

type Story = StoryObj;
const themes = themeNames.map((name) => ({ name, label: `${themeLabels[name]} (${name})` }));

export const Einleitung: Story = {
  name: 'Meldebescheinigung – 1 Anmelden',
  ...themeGallery(TAG, themes, {
    description: 'Die Einleitung in allen sieben Themes. Die Stadt-Vorlagen sind illustrativ, nicht das offizielle Erscheinungsbild.',
    play: async (s) => {
      const name = kommunen[s.fake.kommune]?.name ?? '';
      await s.until(() => s.$('[part~="header"]')?.textContent?.includes(name), 'municipality name in the header');
    },
  }),
};

export const Pruefen: Story = {
  name: 'Meldebescheinigung – 3 Angaben prüfen',
  ...themeGallery(TAG, themes, { play: (s) => toReview(s) }),
};

export const Ergebnis: Story = {
  name: 'Meldebescheinigung – 4 Bescheinigung erhalten',
  ...themeGallery(TAG, themes, { play: (s) => toResult(s) }),
};
