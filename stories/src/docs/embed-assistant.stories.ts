/**
 * The embed assistant of the demo (`/einbetten`, demo/public/einbetten.js) inside Storybook:
 * the same form, snippets and checks, with the build's manifest for versions and SRI hashes.
 * The live widget talks to the stories' fake API; the iframe is previewed as the element it
 * frames (Storybook does not serve embed.html).
 */
import '@vois-online/widgets/all';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createFakeApi, kommunen } from '@vois-online/widgets/testing';
import { mountAssistant } from '../../../demo/public/einbetten.js';
import '../../../demo/public/einbetten.css';
import { cdnManifest } from '../harness/snippet.ts';

export default {
  title: 'Einbettungs-Assistent',
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta;

const services = [
  { id: 'meldebescheinigung', title: 'Meldebescheinigung', titleEn: 'Registration certificate online' },
  { id: 'abmeldung-nebenwohnung', title: 'Nebenwohnung abmelden', titleEn: 'Deregister a secondary residence' },
  { id: 'uebermittlungssperren', title: 'Übermittlungssperren', titleEn: 'Objections to data transfers' },
  { id: 'selbstauskunft', title: 'Selbstauskunft aus dem Melderegister', titleEn: 'What the register stores about you' },
  { id: 'dienste', title: 'Übersicht aller Dienste', titleEn: 'All online services' },
];

export const Assistent: StoryObj = {
  name: 'Schnipsel für Ihre Seite',
  render: () => {
    const root = document.createElement('div');
    if (!cdnManifest) {
      root.textContent = 'Noch kein Build: pnpm -F @vois-online/widgets build schreibt die Dateien und ihre SRI-Hashes.';
      return root;
    }
    const towns = Object.values(kommunen).map((k) => {
      const slug = new URL(k.buergerbuero.url).hostname.replace(/^www\./, '').replace(/\.example$/, '');
      return { slug, name: k.name.replace(/^Stadt /, ''), kind: 'Stadt', ags: k.ags, theme: slug };
    });
    const data = {
      version: cdnManifest.version,
      integrity: Object.fromEntries(['vois-widgets.js', 'loader.js', 'embed-parent.js'].map((f) => [f, cdnManifest!.files[f]!.integrity])),
      towns,
      services,
      themes: ['default', ...towns.map((t) => t.theme)],
    };
    const fakes = new Map<string, ReturnType<typeof createFakeApi>>();
    const fakeFor = (ags: string) => fakes.get(ags) ?? fakes.set(ags, createFakeApi({ kommune: ags })).get(ags)!;
    mountAssistant(root, data, {
      previewApi: 'https://api.example.de',
      onWidget: (widget: HTMLElement) => {
        const fake = fakeFor(widget.getAttribute('kommune') ?? '');
        widget.setAttribute('api', fake.baseUrl);
        (widget as HTMLElement & { fetch?: typeof fetch }).fetch = fake.fetch;
      },
    });
    return root;
  },
};
