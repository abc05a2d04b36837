/** The main path through the Meldebescheinigung, step by step, with its validation errors. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { kommunen } from '@vois-online/widgets/testing';
import { ITEMS, TAG, story, toChoice, toResult, toReview } from './flow.ts';

export default {
  title: 'Meldebescheinigung/Ablauf',
  component: TAG,
} satisfies Meta;

type Story = StoryObj;

export const Start: Story = {
  name: '1 Anmelden',
  ...story({
    description: 'Die Einleitung: was man bekommt, was man braucht, Kosten und Dauer, der Anmeldeknopf. Der Name der Stadt kommt ohne Anmeldung vom Server.',
    play: async (s) => {
      const name = kommunen[s.fake.kommune]?.name ?? '';
      await s.until(() => s.$('[part~="header"]')?.textContent?.includes(name), 'municipality name in the header');
    },
  }),
};

export const Auswahl: Story = {
  name: '2 Bescheinigung auswählen',
  ...story({
    description: 'Nach der Anmeldung: einfache oder erweiterte Meldebescheinigung. Noch nichts gewählt.',
    play: (s) => toChoice(s),
  }),
};

export const AuswahlErweitert: Story = {
  name: '2 Bescheinigung auswählen – erweitert',
  ...story({
    description:
      'Erweiterte Bescheinigung mit zwei zusätzlichen Angaben und der Erklärung zum Sterbedatum. Angaben, die im Register nicht gespeichert sind, sind ausgegraut und sagen warum.',
    play: async (s) => {
      await toChoice(s);
      await s.choose('ERWEITERT', ...ITEMS, 'KEIN_STERBEDATUM');
    },
  }),
};

export const AuswahlFehlerArt: Story = {
  name: '2 Bescheinigung auswählen – Fehler: nichts gewählt',
  ...story({
    description: '„Weiter“ ohne Auswahl: Fehlerübersicht oben (erhält den Fokus, verlinkt das Feld), Fehlermeldung am Feld.',
    play: async (s) => {
      await toChoice(s);
      await s.click('continue');
      await s.waitFor('#error-summary');
    },
  }),
};

export const AuswahlFehlerAngaben: Story = {
  name: '2 Bescheinigung auswählen – Fehler: keine Angabe',
  ...story({
    description: 'Erweitert gewählt, aber keine zusätzliche Angabe: die Fehlermeldung steht an der Angaben-Gruppe.',
    play: async (s) => {
      await toChoice(s);
      await s.choose('ERWEITERT');
      await s.click('continue');
      await s.waitFor('#error-summary');
    },
  }),
};

export const Pruefen: Story = {
  name: '3 Angaben prüfen',
  ...story({
    description: 'Die Übersicht vor dem Abschicken, mit „Ändern“-Links zu jeder Auswahl.',
    play: (s) => toReview(s, ITEMS, true),
  }),
};

export const PruefenEinfach: Story = {
  name: '3 Angaben prüfen – einfache Bescheinigung',
  ...story({
    play: (s) => toReview(s, null),
  }),
};

export const PruefenSendet: Story = {
  name: '3 Angaben prüfen – wird gesendet',
  ...story({
    description: 'Nach dem Klick auf „Bescheinigung erstellen“, solange der Server antwortet: der Knopf zeigt den Fortschritt, ein zweiter Klick sendet nichts.',
    play: async (s) => {
      await toReview(s);
      s.fake.fail('createMeldebescheinigung', 'hang');
      await s.click('submit');
      await s.until(() => s.$('button[part~="submit"][aria-disabled="true"]'), 'submit button busy');
    },
  }),
};

export const Ergebnis: Story = {
  name: '4 Bescheinigung erhalten',
  ...story({
    description: 'Die erweiterte Meldebescheinigung in HTML, Download des gesiegelten PDF, Dokumentnummer und Prüfcode.',
    play: (s) => toResult(s, ITEMS, true),
  }),
};

export const ErgebnisEinfach: Story = {
  name: '4 Bescheinigung erhalten – einfache Bescheinigung',
  ...story({
    play: (s) => toResult(s, null),
  }),
};

export const ErgebnisDin91379: Story = {
  name: '4 Bescheinigung erhalten – Name nach DIN 91379, zwei Wohnungen',
  ...story({
    description: 'Persona „Łukasz Żółkiewski-Nguyễn“: Zeichen jenseits von Latin-1, Haupt- und Nebenwohnung bei verschiedenen Meldebehörden.',
    fake: { persona: 'din91379' },
    play: (s) => toResult(s, ['GEBURTSORT', 'STAATSANGEHOERIGKEITEN']),
  }),
};

export const ErgebnisLangerName: Story = {
  name: '4 Bescheinigung erhalten – langer Name, nur Geburtsjahr',
  ...story({
    description: 'Persona mit Doktorgrad, sechs Vornamen, Adelsprädikat und einem Geburtsdatum, das nur im Jahr bekannt ist. Gut für schmale Spalten (320 px).',
    fake: { persona: 'long-name' },
    play: (s) => toResult(s, null),
  }),
};

export const ErgebnisDownload: Story = {
  name: '4 Bescheinigung erhalten – PDF wird geladen',
  ...story({
    description: 'Während das PDF geladen wird (mit dem Zugangstoken im Header, nie in der Adresse).',
    play: async (s) => {
      await toResult(s, null);
      s.fake.fail('getDocumentPdf', 'hang');
      await s.click('download');
      await s.until(() => s.$('button[part~="download"][aria-disabled="true"]'), 'download button busy');
    },
  }),
};
