/**
 * The states every service element shares — login, failures, session, broken embedding —
 * generated from a short description of the element's flow, so each element shows them the
 * same way under the same names.
 *
 * Use in a stories file (the name stays a literal for Storybook's indexer):
 *   const errors = errorStates(flow);
 *   export const Netzwerk: Story = { name: 'Keine Verbindung', ...errors.network };
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { Fault, OperationIdOf } from './fake-types.ts';
import { scenarioStories, type Scenario } from './story.ts';
import type { Stage } from './stage.ts';

export interface ServiceFlow {
  tag: string;
  /** Step id after the login (e.g. `auswahl`). */
  firstStep: string;
  /** The first request after the login that loads the citizen's data (e.g. `getMe`). */
  loadOperation: OperationIdOf;
  /** The request that does the service's work (e.g. `createMeldebescheinigung`). */
  submitOperation: OperationIdOf;
  /** From a fresh stage to the point where `submit` sends `submitOperation`. */
  toSubmit: (stage: Stage) => Promise<void>;
  /** Sends it (confirming a declaration first where the element asks for one). */
  submit: (stage: Stage) => Promise<void>;
  /** From a fresh stage to the result (with the download button and "Abmelden"). */
  toResult: (stage: Stage) => Promise<void>;
  /** After the login: a choice worth keeping when the session ends (optional). */
  choose?: (stage: Stage) => Promise<void>;
  /** Fake API options of the shared states (e.g. a persona for whom the service is possible). */
  fake?: Scenario['fake'];
}

/** The story factory of the flow's element, with the flow's fake options as defaults. */
function storiesOf(flow: Pick<ServiceFlow, 'tag' | 'fake'>): (scenario: Scenario) => StoryObj {
  const story = scenarioStories(flow.tag);
  return (scenario: Scenario) => story({ ...scenario, fake: { ...flow.fake, ...scenario.fake } });
}

type Story = StoryObj;

async function loginToFirstStep(flow: ServiceFlow, s: Stage): Promise<void> {
  await s.login();
  await s.atStep(flow.firstStep);
}

/** The eID login round trip: waiting states and what can go wrong on the way back. */
export function loginStates(flow: ServiceFlow) {
  const story = storiesOf(flow);
  return {
    redirecting: story({
      description:
        'Nach dem Klick auf „Mit Online-Ausweis anmelden“, bis die Anmeldeseite geladen ist. (Hier bleibt die Seite stehen; im Browser ginge es weiter zur eID-Anmeldung.)',
      play: (s) => s.redirecting(),
    }),
    checking: story({
      description: 'Die Seite ist von der eID-Anmeldung zurück; der einmalige Code wird gegen das Zugangstoken getauscht.',
      play: async (s) => {
        s.fake.fail('exchangeCode', 'hang');
        await s.login();
        await s.waitFor('[part~="loading"]');
      },
    }),
    loading: story({
      description: 'Angemeldet; die Daten aus dem Melderegister werden geladen.',
      play: async (s) => {
        s.fake.fail(flow.loadOperation, 'hang');
        await s.login();
        await s.until(() => s.$('[part~="loading"]') && s.fake.calls(flow.loadOperation).length > 0, 'loading the register data');
      },
    }),
    cancelled: story({
      description: 'Die Person hat auf der Anmeldeseite „Abbrechen“ gewählt. Die Meldung steht auf der Einleitung, der Anmeldeknopf bleibt.',
      play: async (s) => {
        await s.login({ outcome: 'cancel' });
        await s.waitFor('#problem');
      },
    }),
    c1: story({
      description: 'Regel C1: nur der Online-Ausweis (Vertrauensniveau „hoch“) genügt; eine schwächere Anmeldung wird erklärt abgelehnt.',
      play: async (s) => {
        await s.login({ outcome: 'low-trust' });
        await s.waitFor('#problem');
      },
    }),
    c2: story({
      description:
        'Regel C2: die Ausweisdaten passen nicht genau zum Melderegister (z. B. Namensänderung). Neutraler Text, typische Gründe, Kontakt des Bürgerbüros.',
      fake: { persona: 'name-changed' },
      play: async (s) => {
        await s.login();
        await s.waitFor('#problem [part~="contact"]');
      },
    }),
    codeInvalid: story({
      description: 'Der einmalige Code war zu alt oder schon benutzt (z. B. Seite neu geladen): bitte erneut anmelden.',
      play: async (s) => {
        s.fake.fail('exchangeCode', { problem: 'AUTH_CODE_INVALID', status: 400 });
        await s.login();
        await s.waitFor('#problem');
      },
    }),
    returnInvalid: story({
      description:
        'Die Seite wurde mit einer alten Rücksprung-Adresse geöffnet (Lesezeichen, Zurück-Knopf). Der Code verschwindet aus der Adresszeile, die Person meldet sich neu an.',
      setup: () =>
        history.replaceState(history.state, '', `${location.pathname}${location.search}#vois-code=${'x'.repeat(32)}&vois-state=${'y'.repeat(24)}`),
      play: async (s) => {
        await s.waitFor('#problem');
      },
    }),
  } satisfies Record<string, Story>;
}

/** Every kind of failure the client reports, each with its own text; input is always kept. */
export function errorStates(flow: ServiceFlow) {
  const story = storiesOf(flow);
  const atSubmit = (fault: Fault, description: string, selector = '#problem', timeoutMs?: number) =>
    story({
      description,
      play: async (s) => {
        await flow.toSubmit(s);
        s.fake.fail(flow.submitOperation, fault);
        await flow.submit(s);
        await s.waitFor(selector, timeoutMs);
      },
    });
  return {
    network: atSubmit('network', 'Art „network“: die Anfrage kam nicht an (offline, Funkloch, Firewall). Mit „Erneut versuchen“; die Eingaben bleiben.'),
    server: atSubmit('server-error', 'Art „server“: HTTP 500 vom Server.'),
    unavailable: atSubmit('unavailable', 'Art „server“: HTTP 503, der Dienst ist vorübergehend nicht erreichbar (Wartung).'),
    malformed: atSubmit('malformed-json', 'Art „contract“: die Antwort ist kein gültiges JSON.'),
    wrongShape: atSubmit('wrong-shape', 'Art „contract“: die Antwort passt nicht zum API-Vertrag (zod-Schema).'),
    rateLimited: atSubmit({ problem: 'RATE_LIMITED', status: 429 }, 'Art „rule“, wiederholbar: HTTP 429, zu viele Anfragen.'),
    timeout: story({
      description: 'Art „timeout“: keine Antwort in der Wartezeit des Clients (hier 1,5 s statt 15 s).',
      clientTuning: { timeoutMs: 1500 },
      play: async (s) => {
        await flow.toSubmit(s);
        s.fake.fail(flow.submitOperation, 'hang');
        await flow.submit(s);
        await s.waitFor('#problem', 6000);
      },
    }),
    aborted: story({
      description: 'Art „aborted“: die Seite hat das Widget während der Anfrage aus dem Dokument genommen und wieder eingesetzt (z. B. ein Reiter im CMS).',
      play: async (s) => {
        await flow.toSubmit(s);
        s.fake.fail(flow.submitOperation, 'hang');
        await flow.submit(s);
        await s.until(() => s.fake.calls(flow.submitOperation).length > 0, 'request sent');
        const parent = s.el.parentElement!;
        s.el.remove();
        parent.append(s.el);
        await s.waitFor('#problem');
      },
    }),
    loadFailed: story({
      description: 'Die Daten konnten nach der Anmeldung nicht geladen werden: Meldung mit „Erneut versuchen“ auf der Einleitung.',
      play: async (s) => {
        s.fake.fail(flow.loadOperation, 'network');
        await s.login();
        await s.waitFor('#problem');
      },
    }),
    downloadFailed: story({
      description: 'Das PDF konnte nicht geladen werden; das Ergebnis bleibt sichtbar, „Erneut versuchen“ lädt es noch einmal.',
      play: async (s) => {
        await flow.toResult(s);
        s.fake.fail('getDocumentPdf', 'network');
        await s.click('download');
        await s.waitFor('#problem');
      },
    }),
  } satisfies Record<string, Story>;
}

/** The session: the warning before it ends, what happens when it ended, logout, a second widget. */
export function sessionStates(flow: ServiceFlow) {
  const story = storiesOf(flow);
  return {
    warning: story({
      description:
        'Zwei Minuten vor dem Ende: Hinweis als Alert-Dialog im Widget, der Fokus springt auf „Sitzung verlängern“ (WCAG 2.2.1). In dieser Story dauert die Sitzung nur knapp zwei Minuten; danach zeigt sie „Sitzung abgelaufen“. „Verlängern“ gibt 15 Minuten.',
      fake: { sessionLifetimeMs: 119_000 },
      play: async (s) => {
        await loginToFirstStep(flow, s);
        s.fake.sessionLifetimeMs = 15 * 60_000; // an extension gives the usual 15 minutes
        await s.waitFor('[role="alertdialog"]');
      },
    }),
    expired: story({
      description:
        'Die Sitzung ist abgelaufen, während die Person noch wählte: persönliche Daten sind von der Seite entfernt, die Auswahl bleibt und wird nach erneuter Anmeldung fortgesetzt.',
      fake: { sessionLifetimeMs: 3000 },
      play: async (s) => {
        await loginToFirstStep(flow, s);
        await flow.choose?.(s);
        await s.waitFor('#session-ended', 8000);
      },
    }),
    serverEnded: story({
      description: 'Der Server meldet beim Absenden „Sitzung abgelaufen“ (HTTP 401, Art „unauthorized“), z. B. nach einem Neustart.',
      play: async (s) => {
        await flow.toSubmit(s);
        s.fake.fail(flow.submitOperation, 'session-expired');
        await flow.submit(s);
        await s.waitFor('#session-ended');
      },
    }),
    loggedOut: story({
      description: 'Nach „Abmelden“ auf der Ergebnisseite: zurück zur Einleitung, alle Daten von der Seite entfernt (Ansage in der Live-Region).',
      play: async (s) => {
        await flow.toResult(s);
        await s.click('logout');
        await s.atStep('start');
        await s.waitFor('button[part~="login"]');
      },
    }),
    alreadyLoggedIn: story({
      description: 'Ein anderes Widget derselben Stadt auf der Seite hat schon angemeldet: kein zweites Login, nur „Weiter“.',
      play: async (s) => {
        await loginToFirstStep(flow, s);
        await s.mountAnother();
        await s.waitFor('button[part~="continue"]');
      },
    }),
  } satisfies Record<string, Story>;
}

/**
 * What a webmaster sees when the embedding is broken: the element never throws and never
 * leaves a blank space; it names each bad attribute with an example and logs one warning.
 */
export function embeddingStates(flow: Pick<ServiceFlow, 'tag' | 'fake'>) {
  const story = storiesOf(flow);
  const message = async (s: Stage) => {
    await s.waitFor('[part~="config-error"]');
  };
  return {
    missing: story({ description: '`api` und `kommune` fehlen.', attrs: { api: null, kommune: null }, play: message }),
    invalid: story({
      description: '`api` ist keine http(s)-Adresse, `kommune` kein achtstelliger Gemeindeschlüssel, `theme` unbekannt.',
      attrs: { api: 'api.example.de', kommune: 'Strausberg', theme: 'pink' },
      play: message,
    }),
    unknownKommune: story({ description: 'Der Server kennt den Gemeindeschlüssel nicht (Tippfehler im AGS).', fake: { kommune: '12345678' }, play: message }),
    originNotAllowed: story({
      description: 'Die Adresse der Seite steht nicht auf der Freigabeliste der Stadt beim Server (CORS).',
      setup: (fake) => fake.fail('getKommune', { problem: 'ORIGIN_NOT_ALLOWED', status: 403 }),
      play: message,
    }),
    headingNote: story({
      description:
        'Ein nicht blockierender Fehler: `heading-level="0"`. Das Widget arbeitet mit Ebene 2 weiter und zeigt einen Hinweis für die Redaktion.',
      attrs: { 'heading-level': '0' },
      play: message,
    }),
  } satisfies Record<string, Story>;
}

/** A refusal reached by logging in as `persona` (C3, C4, M1 …): explained, with the Bürgerbüro's contact. */
export function refusalStory(tag: string, description: string, setup: { persona?: import('./fake-types.ts').PersonaIdOf; fault?: [OperationIdOf, Fault] }): Story {
  return scenarioStories(tag)({
    description,
    ...(setup.persona ? { fake: { persona: setup.persona } } : {}),
    play: async (s) => {
      if (setup.fault) s.fake.fail(...setup.fault);
      await s.login();
      await s.waitFor('#refusal [part~="contact"]');
    },
  });
}
