/** Storybook UI: the project's name instead of Storybook's logo; no links to remote assets. */
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'VOIS-Online Widgets',
    brandUrl: './',
    brandTarget: '_self',
    // The UI's own font files ship with Storybook; the system font is used as fallback.
    fontBase: '"Nunito Sans", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  }),
  sidebar: { showRoots: true },
});
