/** The main path through the Übermittlungssperren, step by step, and how the blocks look for different people (U1–U7). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { kommunen } from '@vois-online/widgets/testing';
import type { PersonaIdOf } from '../harness/fake-types.ts';
import { CHANGES, TAG, story, submit, toBlocks, toResult, toReview } from './flow.ts';

export default { title: 'Übermittlungssperren/Ablauf', component: TAG } satisfies Meta;

type Story = StoryObj;

export const Start: Story = {
  name: '1 Anmelden',
  ...story({
    description: 'Die Einleitung: was Übermittlungssperren sind, was man bekommt und braucht; Auskunftssperre und bedingter Sperrvermerk nur im Bürgerbüro.',
    play: async (s) => {
      const name = kommunen[s.fake.kommune]?.name ?? '';
      await s.until(() => s.$('[part~="header"]')?.textContent?.includes(name), 'municipality name in the header');
    },
  }),
};

export const Sperren: Story = {
  name: '2 Sperren wählen',
  ...story({
    description:
      'Jede Sperre mit ihrem Stand, was sie bewirkt, wen sie betrifft und der Rechtsgrundlage (U1); welches Melderegister geändert wird (U7); Auskunftssperre und bedingter Sperrvermerk nur lesend (U6).',
    play: toBlocks,
  }),
};

export const SperrenGeaendert: Story = {
  name: '2 Sperren wählen – Änderungen vorgemerkt',
  ...story({
    description: 'Eine Sperre gesetzt, eine aufgehoben: jede Änderung ist an der Sperre vermerkt, die Zahl der Änderungen wird angesagt.',
    play: async (s) => {
      await toBlocks(s);
      await s.choose(...CHANGES);
    },
  }),
};

export const SperrenKeineAenderung: Story = {
  name: '2 Sperren wählen – nichts geändert',
  ...story({
    description: '„Weiter“ ohne Änderung: keine Anfrage, keine leere Prüfseite, sondern eine Erklärung mit dem Weg zurück.',
    play: async (s) => {
      await toBlocks(s);
      await s.click('continue');
      await s.waitFor('#no-change');
    },
  }),
};

const persona = (id: PersonaIdOf, description: string) =>
  story({ description, fake: { persona: id }, play: toBlocks });

export const Teen: Story = {
  name: '2 Sperren wählen – 17 Jahre (Bundeswehr)',
  ...persona('teen-17', 'Regeln U4/U5: für einen 17-jährigen Deutschen ist die Bundeswehr-Sperre jetzt wichtig; Adressbücher und Jubiläen noch nicht.'),
};
export const Religion: Story = {
  name: '2 Sperren wählen – Ehepartnerin in einer Religionsgemeinschaft',
  ...persona('church-spouse', 'Regel U3: die Sperre gegenüber der Religionsgemeinschaft von Familienangehörigen wird nur angeboten, wo sie greifen kann.'),
};
export const NichtDeutsch: Story = {
  name: '2 Sperren wählen – nicht deutsch, nur ein Name',
  ...persona('single-name', 'Regel U4: ohne deutsche Staatsangehörigkeit gibt es keine Bundeswehr-Sperre – sie wird mit dem Grund gezeigt, ohne Schalter.'),
};
export const Auskunftssperre: Story = {
  name: '2 Sperren wählen – mit Auskunftssperre',
  ...persona('info-block', 'Regel U6: die Auskunftssperre (§ 51) ist gesetzt und nur lesend, mit dem Weg zur Verlängerung im Bürgerbüro.'),
};
export const Sicherheitsbehoerde: Story = {
  name: '2 Sperren wählen – von einer Sicherheitsbehörde gesetzt',
  ...persona('security-block', 'Regel C5: Sperren auf Veranlassung einer Sicherheitsbehörde sind gesperrt und werden nie angeboten.'),
};

export const InzwischenGeaendert: Story = {
  name: '2 Sperren wählen – Register inzwischen geändert',
  ...story({
    description: 'Zwischen Prüfen und Speichern hat sich das Register geändert (U3): frischer Stand, die Wünsche neu angewendet, ein Hinweis erklärt es.',
    play: async (s) => {
      await toReview(s);
      s.fake.fail('changeSperren', { problem: 'U3_NOT_APPLICABLE', status: 422 }, { times: 1 });
      await submit(s);
      await s.waitFor('#sperren-notice');
    },
  }),
};

export const BereitsErledigt: Story = {
  name: '2 Sperren wählen – bereits erledigt',
  ...story({
    description: 'Ein anderer Tab hat dieselbe Änderung schon gespeichert (U2): nichts wird doppelt gesendet, ein Hinweis sagt es.',
    play: async (s) => {
      await toReview(s);
      s.fake.fail('changeSperren', { problem: 'U2_NO_CHANGES', status: 422 }, { times: 1 });
      await submit(s);
      await s.waitFor('#sperren-notice');
    },
  }),
};

export const Pruefen: Story = {
  name: '3 Änderungen prüfen',
  ...story({ description: 'Genau das, was sich ändert, und die ausdrückliche Bestätigung vor dem Speichern.', play: (s) => toReview(s) }),
};

export const PruefenFehler: Story = {
  name: '3 Änderungen prüfen – Fehler: nicht bestätigt',
  ...story({
    play: async (s) => {
      await toReview(s);
      await s.click('submit');
      await s.waitFor('#error-summary');
    },
  }),
};

export const PruefenSpeichert: Story = {
  name: '3 Änderungen prüfen – wird gespeichert',
  ...story({
    play: async (s) => {
      await toReview(s);
      s.fake.fail('changeSperren', 'hang');
      await submit(s);
      await s.until(() => s.$('button[part~="submit"][aria-disabled="true"]'), 'submit button busy');
    },
  }),
};

export const Ergebnis: Story = {
  name: '4 Bestätigung erhalten',
  ...story({ description: 'Der neue Stand aller Sperren, die Änderungen mit Zeitpunkt, PDF-Quittung mit Prüfcode.', play: (s) => toResult(s) }),
};

export const ErgebnisDownload: Story = {
  name: '4 Bestätigung erhalten – PDF wird geladen',
  ...story({
    play: async (s) => {
      await toResult(s);
      s.fake.fail('getDocumentPdf', 'hang');
      await s.click('download');
      await s.until(() => s.$('button[part~="download"][aria-disabled="true"]'), 'download button busy');
    },
  }),
};
