/**
 * `<vois-dienste>`: the overview of a town's online services for its "Bürgerservice" page. It
 * opens each service in place (or links to a page that embeds it). It has no steps of its own.
 */
import '@vois-online/widgets/define/dienste';
// The overview creates the service elements by tag name; the page defines the ones it offers.
import '@vois-online/widgets/define/meldebescheinigung';
import '@vois-online/widgets/define/abmeldung-nebenwohnung';
import '@vois-online/widgets/define/uebermittlungssperren';
import '@vois-online/widgets/define/selbstauskunft';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { scenarioStories } from '../harness/story.ts';
import type { Stage } from '../harness/stage.ts';

const TAG = 'vois-dienste';
const story = scenarioStories(TAG);

export default { title: 'Dienste/Übersicht', component: TAG } satisfies Meta;

type Story = StoryObj;

const overview = async (s: Stage) => {
  await s.waitFor('[part~="services"]');
};

export const Uebersicht: Story = {
  name: 'Übersicht',
  ...story({
    description: 'Die von der Stadt freigeschalteten Dienste (ohne Anmeldung vom Server), je mit Überschrift, einer Zeile Beschreibung und einem Knopf.',
    play: overview,
  }),
};

export const WirdGeladen: Story = {
  name: 'Übersicht – wird geladen',
  ...story({
    setup: (fake) => fake.fail('getKommune', 'hang'),
    play: async (s) => {
      await s.waitFor('[part~="loading"]');
    },
  }),
};

export const LadeFehler: Story = {
  name: 'Übersicht – Fehler beim Laden',
  ...story({
    description: 'Keine Verbindung zum Server: der genaue Text und „Erneut versuchen“.',
    setup: (fake) => fake.fail('getKommune', 'network'),
    play: async (s) => {
      await s.waitFor('#problem');
    },
  }),
};

export const MitLinks: Story = {
  name: 'Übersicht – Links auf eigene Seiten',
  ...story({
    description:
      'Mit dem Attribut `links` führen einzelne Dienste auf eine Seite, die den Dienst schon einbettet (Links statt Knöpfe): `links=\'{"meldebescheinigung":"/buergerservice/meldebescheinigung","selbstauskunft":"/buergerservice/selbstauskunft"}\'`.',
    attrs: { links: '{"meldebescheinigung":"/buergerservice/meldebescheinigung","selbstauskunft":"/buergerservice/selbstauskunft"}' },
    play: async (s) => {
      await s.waitFor('a[part~="link"]');
    },
  }),
};

export const Geoeffnet: Story = {
  name: 'Dienst geöffnet: Meldebescheinigung',
  ...story({
    description: 'Ein Klick öffnet den Dienst an Ort und Stelle; der Fokus springt auf seine Schrittüberschrift, „Zurück zur Übersicht“ oben und unten.',
    play: async (s) => {
      await overview(s);
      await s.click('meldebescheinigung');
      s.actOnService('vois-meldebescheinigung');
      await s.waitFor('#step-heading');
    },
  }),
};

export const NachAnmeldung: Story = {
  name: 'Dienst geöffnet: Selbstauskunft nach der Anmeldung',
  ...story({
    description: 'Zurück von der eID-Anmeldung, die ein hier geöffneter Dienst begonnen hat: die Übersicht öffnet diesen Dienst wieder, er setzt fort.',
    play: async (s) => {
      await overview(s);
      await s.click('selbstauskunft');
      s.actOnService('vois-selbstauskunft');
      await s.login();
      await s.atStep('auskunft');
    },
  }),
};

export const Fehlkonfiguration: Story = {
  name: 'Einbettungsfehler: Pflichtattribute fehlen',
  ...story({ attrs: { api: null, kommune: null }, play: (s) => s.waitFor('[part~="config-error"]').then(() => undefined) }),
};

export const KommuneUnbekannt: Story = {
  name: 'Einbettungsfehler: Gemeindeschlüssel unbekannt',
  ...story({ fake: { kommune: '12345678' }, play: (s) => s.waitFor('[part~="config-error"]').then(() => undefined) }),
};

export const LinksUngueltig: Story = {
  name: 'Einbettungsfehler: Links ungültig (Hinweis)',
  ...story({
    description: 'Nicht blockierend: ein unbekannter Dienst und eine ungültige Adresse in `links`; die Übersicht arbeitet weiter und zeigt einen Hinweis für die Redaktion.',
    attrs: { links: '{"meldebescheinigung":"javascript:alert(1)","fuehrerschein":"/x"}' },
    play: async (s) => {
      await s.waitFor('[part~="config-error"]');
      await overview(s);
    },
  }),
};
