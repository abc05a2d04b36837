/** The main path through the Abmeldung einer Nebenwohnung, step by step, with its validation errors and notices. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { kommunen } from '@vois-online/widgets/testing';
import { day } from '../harness/dates.ts';
import { DATE_FIELD, TAG, story, submit, toDate, toResidence, toResult, toReview } from './flow.ts';

export default {
  title: 'Abmeldung Nebenwohnung/Ablauf',
  component: TAG,
} satisfies Meta;

type Story = StoryObj;
const persona = { persona: 'din91379' } as const;

export const Start: Story = {
  name: '1 Anmelden',
  ...story({
    description: 'Die Einleitung: was die Abmeldung bewirkt, was man braucht, Kosten und Dauer, der Anmeldeknopf.',
    play: async (s) => {
      const name = kommunen[s.fake.kommune]?.name ?? '';
      await s.until(() => s.$('[part~="header"]')?.textContent?.includes(name), 'municipality name in the header');
    },
  }),
};

export const Wohnung: Story = {
  name: '2 Wohnung wählen',
  ...story({
    description: 'Eine Nebenwohnung: sie ist vorausgewählt, aber sichtbar. Die Hauptwohnung wird nie angeboten (A1).',
    fake: persona,
    play: toResidence,
  }),
};

export const WohnungZwei: Story = {
  name: '2 Wohnung wählen – zwei Nebenwohnungen',
  ...story({
    description: 'Zwei Nebenwohnungen in verschiedenen Städten: keine ist vorausgewählt.',
    fake: { persona: 'two-secondary' },
    play: toResidence,
  }),
};

export const WohnungFehler: Story = {
  name: '2 Wohnung wählen – Fehler: keine gewählt',
  ...story({
    fake: { persona: 'two-secondary' },
    play: async (s) => {
      await toResidence(s);
      await s.click('continue');
      await s.waitFor('#error-summary');
    },
  }),
};

export const Datum: Story = {
  name: '3 Auszugsdatum',
  ...story({
    description: 'Das Datum in drei Feldern (Tag, Monat, Jahr). Der Hinweis nennt die Grenzen: nicht vor dem Einzug, höchstens 7 Tage im Voraus (A3).',
    fake: persona,
    play: (s) => toDate(s),
  }),
};

export const DatumHeute: Story = {
  name: '3 Auszugsdatum – heute',
  ...story({
    description: 'Ein gültiges Datum: darunter steht, ab wann die Abmeldung wirkt.',
    fake: persona,
    play: async (s) => {
      await toDate(s);
      await s.fillDate(DATE_FIELD, day(0));
    },
  }),
};

export const DatumZukunft: Story = {
  name: '3 Auszugsdatum – in drei Tagen (vorgemerkt)',
  ...story({
    description: 'Ein Datum in der Zukunft wird vorgemerkt und wirkt erst dann (A4).',
    fake: persona,
    play: async (s) => {
      await toDate(s);
      await s.fillDate(DATE_FIELD, day(3));
    },
  }),
};

export const DatumVerspaetet: Story = {
  name: '3 Auszugsdatum – Frist verpasst (Hinweis)',
  ...story({
    description: 'Mehr als 14 Tage her: ein freundlicher Hinweis, dass die Frist verstrichen ist. Er blockiert nicht; die Abmeldung wird trotzdem eingetragen (A3).',
    fake: persona,
    play: async (s) => {
      await toDate(s);
      await s.fillDate(DATE_FIELD, day(-20));
      await s.waitFor('#late-notice');
    },
  }),
};

const dateError = (date: string | { day: string; month: string; year: string }, description: string) =>
  story({
    description,
    fake: persona,
    play: async (s) => {
      await toDate(s);
      if (typeof date === 'string') await s.fillDate(DATE_FIELD, date);
      else {
        await s.fill(DATE_FIELD, date.day);
        await s.fill(`${DATE_FIELD}-month`, date.month);
        await s.fill(`${DATE_FIELD}-year`, date.year);
      }
      await s.click('continue');
      await s.waitFor('#error-summary');
    },
  });

export const DatumFehlerLeer: Story = {
  name: '3 Auszugsdatum – Fehler: leer',
  ...dateError({ day: '', month: '', year: '' }, 'Kein Datum eingegeben.'),
};
export const DatumFehlerUnvollstaendig: Story = {
  name: '3 Auszugsdatum – Fehler: Monat fehlt',
  ...dateError({ day: '3', month: '', year: '2026' }, 'Ein Teil fehlt: die Meldung nennt ihn, nur dieses Feld ist markiert.'),
};
export const DatumFehlerJahr: Story = {
  name: '3 Auszugsdatum – Fehler: Jahr zweistellig',
  ...dateError({ day: '1', month: '3', year: '26' }, 'Das Jahr braucht vier Ziffern.'),
};
export const DatumFehlerZuWeit: Story = {
  name: '3 Auszugsdatum – Fehler: mehr als 7 Tage im Voraus',
  ...dateError(day(8), 'Regel A3: höchstens 7 Tage im Voraus; die Meldung nennt das späteste Datum.'),
};
export const DatumFehlerVorEinzug: Story = {
  name: '3 Auszugsdatum – Fehler: vor dem Einzug',
  ...dateError('2001-01-01', 'Regel A3: nicht vor dem Einzug in diese Wohnung; die Meldung nennt das Einzugsdatum.'),
};

export const Kinder: Story = {
  name: '4 Kinder',
  ...story({
    description:
      'Nur wenn Kinder mit an dieser Nebenwohnung gemeldet sind (A5): unter 16 wählbar; 17 und 19 Jahre ausgegraut, mit dem Grund und was stattdessen zu tun ist.',
    fake: { persona: 'family' },
    play: async (s) => {
      await toDate(s);
      await s.fillDate(DATE_FIELD, day(2));
      await s.click('continue');
      await s.atStep('kinder');
    },
  }),
};

export const Pruefen: Story = {
  name: '5 Angaben prüfen',
  ...story({
    description: 'Die Übersicht mit „Ändern“-Links und der ausdrücklichen Erklärung vor dem Absenden (eine Abmeldung ist ein Rechtsakt).',
    fake: persona,
    play: (s) => toReview(s),
  }),
};

export const PruefenMitKind: Story = {
  name: '5 Angaben prüfen – mit Kind',
  ...story({
    fake: { persona: 'family' },
    play: (s) => toReview(s, { date: day(2), children: ['kid-lena'] }),
  }),
};

export const PruefenFehler: Story = {
  name: '5 Angaben prüfen – Fehler: Erklärung fehlt',
  ...story({
    fake: persona,
    play: async (s) => {
      await toReview(s);
      await s.click('submit');
      await s.waitFor('#error-summary');
    },
  }),
};

export const PruefenSendet: Story = {
  name: '5 Angaben prüfen – wird gesendet',
  ...story({
    description: 'Während der Server antwortet: der Knopf zeigt den Fortschritt, ein zweiter Klick sendet nichts (A8).',
    fake: persona,
    play: async (s) => {
      await toReview(s);
      s.fake.fail('createAbmeldung', 'hang');
      await submit(s);
      await s.until(() => s.$('button[part~="submit"][aria-disabled="true"]'), 'submit button busy');
    },
  }),
};

export const Bestaetigung: Story = {
  name: '6 Bestätigung',
  ...story({
    description: 'Die Meldebestätigung in HTML (A7), Download des gesiegelten PDF, Dokumentnummer und Prüfcode.',
    fake: persona,
    play: (s) => toResult(s),
  }),
};

export const BestaetigungVorgemerkt: Story = {
  name: '6 Bestätigung – vorgemerkt (Auszug in drei Tagen)',
  ...story({ fake: persona, play: (s) => toResult(s, { date: day(3) }) }),
};

export const BestaetigungVerspaetet: Story = {
  name: '6 Bestätigung – nach Fristablauf gemeldet',
  ...story({ fake: persona, play: (s) => toResult(s, { date: day(-20) }) }),
};

export const BestaetigungMitKind: Story = {
  name: '6 Bestätigung – mit Kind',
  ...story({ fake: { persona: 'family' }, play: (s) => toResult(s, { date: day(2), children: ['kid-lena'] }) }),
};

export const BestaetigungLang: Story = {
  name: '6 Bestätigung – langer Name und lange Anschrift',
  ...story({
    description: 'Doktorgrad, sechs Vornamen, Adelsprädikat, Adresszusatz – gut für schmale Spalten (320 px).',
    fake: { persona: 'long-secondary' },
    play: (s) => toResult(s),
  }),
};

export const BestaetigungDownload: Story = {
  name: '6 Bestätigung – PDF wird geladen',
  ...story({
    fake: persona,
    play: async (s) => {
      await toResult(s);
      s.fake.fail('getDocumentPdf', 'hang');
      await s.click('download');
      await s.until(() => s.$('button[part~="download"][aria-disabled="true"]'), 'download button busy');
    },
  }),
};
