/** The Selbstauskunft: the intro and the disclosure in its variants (S1–S5). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { kommunen } from '@vois-online/widgets/testing';
import type { PersonaIdOf } from '../harness/fake-types.ts';
import { TAG, openAll, story, toDisclosure } from './flow.ts';

export default { title: 'Selbstauskunft/Ablauf', component: TAG } satisfies Meta;

type Story = StoryObj;

export const Start: Story = {
  name: '1 Anmelden',
  ...story({
    description: 'Die Einleitung: was die Selbstauskunft enthält (Art. 15 DSGVO), was man braucht, kostenlos.',
    play: async (s) => {
      const name = kommunen[s.fake.kommune]?.name ?? '';
      await s.until(() => s.$('[part~="header"]')?.textContent?.includes(name), 'municipality name in the header');
    },
  }),
};

export const Auskunft: Story = {
  name: '2 Auskunft ansehen',
  ...story({
    description:
      'Alles Gespeicherte in Gruppen mit Anzahl (zugeklappt, S1), regelmäßige Übermittlungen (S2), automatisierte Abrufe (S3), Rechte auf Berichtigung und Beschwerde (S5), PDF und Drucken.',
    play: toDisclosure,
  }),
};

export const AuskunftOffen: Story = {
  name: '2 Auskunft ansehen – alle Gruppen geöffnet',
  ...story({
    description: 'Jeder Eintrag mit Wert, Herkunft und Gültigkeit.',
    play: async (s) => {
      await toDisclosure(s);
      await openAll(s);
    },
  }),
};

const allOpen = (persona: PersonaIdOf, description: string) =>
  story({
    description,
    fake: { persona },
    play: async (s) => {
      await toDisclosure(s);
      await openAll(s);
    },
  });

export const Zurueckgehalten: Story = {
  name: '2 Auskunft ansehen – Familiendaten zurückgehalten',
  ...allOpen('spouse-blocked', 'Regel S4: die Ehefrau hat eine Auskunftssperre; ihre Daten fehlen, ein Hinweis sagt warum.'),
};
export const Din91379: Story = {
  name: '2 Auskunft ansehen – Name nach DIN 91379',
  ...allOpen('din91379', 'Zeichen jenseits von Latin-1 (Łukasz Żółkiewski-Nguyễn) in allen Gruppen.'),
};
export const EinName: Story = {
  name: '2 Auskunft ansehen – nur ein Name',
  ...allOpen('single-name', 'Eine Person ohne Vornamen (Aufenthaltstitel).'),
};
export const LangerName: Story = {
  name: '2 Auskunft ansehen – langer Name, nur Geburtsjahr',
  ...allOpen('long-name', 'Doktorgrad, sechs Vornamen, Adelsprädikat, Geburtsdatum nur als Jahr – gut für 320 px.'),
};

export const VieleAbrufe: Story = {
  name: '2 Auskunft ansehen – viele Abrufe',
  ...story({
    description: 'Regel S3: 23 protokollierte Abrufe; die neuesten fünf, dann „alle anzeigen“ (hier aufgeklappt).',
    fake: { persona: 'many-retrievals' },
    play: async (s) => {
      await toDisclosure(s);
      await s.click('more-retrievals');
      await s.until(() => !s.$('#retrievals-more[hidden]'), 'all retrievals shown');
    },
  }),
};

export const PdfWirdErstellt: Story = {
  name: '2 Auskunft ansehen – PDF wird erstellt',
  ...story({
    play: async (s) => {
      await toDisclosure(s);
      s.fake.fail('createSelbstauskunftDocument', 'hang');
      await s.click('download');
      await s.until(() => s.$('button[part~="download"][aria-disabled="true"]'), 'download button busy');
    },
  }),
};

export const PdfErstellt: Story = {
  name: '2 Auskunft ansehen – PDF erstellt',
  ...story({
    description: 'Nach dem Download: Dokumentnummer, Ausstellungszeit und Prüfcode des gesiegelten PDF.',
    play: async (s) => {
      await toDisclosure(s);
      s.quietDownloads();
      await s.click('download');
      await s.waitFor('[part~="document-facts"]');
    },
  }),
};
