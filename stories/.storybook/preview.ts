/**
 * Preview setup: toolbar globals (theme, language) that the stories apply as attributes on
 * the element, the four viewports the widgets are designed for, the accessibility panel with
 * the same axe rules as the static-build test, and the custom elements manifest for the API
 * tables on the docs pages.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { themeLabels, themeNames } from '../src/harness/themes.ts';
import { customElementsManifest } from '../src/harness/manifest.ts';
import { axeRunOptions } from '../axe.config.js';
import './preview.css';

if (customElementsManifest) setCustomElementsManifest(customElementsManifest);

/** The document's language follows the toolbar, as a CMS page in that language would. */
const withDocumentLang: Decorator = (story, { globals }) => {
  document.documentElement.lang = (globals.lang as string | undefined) ?? 'de';
  return story();
};

const viewport = (name: string, width: number, height: number, type: 'mobile' | 'tablet' | 'desktop') => ({
  name,
  styles: { width: `${width}px`, height: `${height}px` },
  type,
});

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Design-Theme des Widgets (Attribut theme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeNames.map((name) => ({ value: name, title: themeLabels[name] })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Sprache des Widgets (Attribut lang)',
      toolbar: {
        title: 'Sprache',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', lang: 'de' },
  decorators: [withDocumentLang],
  parameters: {
    layout: 'padded',
    viewport: {
      options: {
        w320: viewport('320 px – kleines Smartphone', 320, 640, 'mobile'),
        w414: viewport('414 px – Smartphone', 414, 896, 'mobile'),
        w640: viewport('640 px – schmale CMS-Inhaltsspalte', 640, 900, 'desktop'),
        w800: viewport('800 px – breite CMS-Inhaltsspalte', 800, 900, 'desktop'),
        w834: viewport('834 px – Tablet', 834, 1112, 'tablet'),
        w1024: viewport('1024 px – Desktop', 1024, 768, 'desktop'),
      },
    },
    a11y: {
      // Violations fail the story in Storybook's test UI (and are listed in the panel).
      test: 'error',
      options: axeRunOptions,
    },
    docs: { toc: true },
    options: {
      // The stories have no controls (states, not knobs): open the accessibility panel, which
      // always has content, instead of an empty Controls tab.
      selectedPanel: 'storybook/a11y/panel',
      // Read statically by Storybook's indexer: literals only.
      storySort: {
        order: [
          'Einführung',
          'Einbetten',
          'Einbettungs-Assistent',
          'Design-Tokens',
          'Token-Spielplatz',
          'Themes im Vergleich',
          'Dienste',
          ['Überblick'],
          'Meldebescheinigung',
          ['Überblick', 'Ablauf', 'Anmeldung', 'Ablehnungen', 'Fehler', 'Sitzung', 'Einbettungsfehler'],
          'Abmeldung Nebenwohnung',
          ['Überblick', 'Ablauf', 'Anmeldung', 'Ablehnungen', 'Fehler', 'Sitzung', 'Einbettungsfehler'],
          'Übermittlungssperren',
          ['Überblick', 'Ablauf', 'Anmeldung', 'Ablehnungen', 'Fehler', 'Sitzung', 'Einbettungsfehler'],
          'Selbstauskunft',
          ['Überblick', 'Ablauf', 'Anmeldung', 'Ablehnungen', 'Fehler', 'Sitzung', 'Einbettungsfehler'],
          '*',
        ],
      },
    },
  },
  tags: ['!autodocs'],
};

export default preview;
