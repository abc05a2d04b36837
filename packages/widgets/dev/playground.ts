/**
 * Dev playground (also used by scripts/screenshots.mjs): one widget on a CMS-like page, wired
 * to the fake API. Query: `persona`, `theme`, `lang`, `state` (see `drive`), `lifetime` (ms).
 */
import '../src/define/meldebescheinigung.ts';
import { createFakeApi, type PersonaId } from '../src/testing/fake-api.ts';
import type { VoisMeldebescheinigung } from '../src/index.ts';

const params = new URLSearchParams(location.search);
const persona = (params.get('persona') ?? 'happy') as PersonaId;
const fake = createFakeApi({ persona, sessionLifetimeMs: Number(params.get('lifetime') ?? 15 * 60_000) });
const slot = document.getElementById('slot')!;

function create(): VoisMeldebescheinigung {
  const el = document.createElement('vois-meldebescheinigung');
  if (!params.has('noapi')) el.setAttribute('api', fake.baseUrl);
  el.setAttribute('kommune', params.get('kommune') ?? fake.kommune);
  for (const name of ['theme', 'lang', 'heading-level']) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  el.fetch = fake.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1500 };
  // Simulated login: the fake's sandbox answers at once, the widget is loaded anew.
  el.navigate = (url) => {
    history.replaceState(null, '', fake.authorize(url, { outcome: (params.get('outcome') ?? 'ok') as 'ok' }));
    current.remove();
    current = create();
    slot.append(current);
  };
  el.saveFile = (blob, name) => console.info('saveFile', name, blob.size);
  return el;
}

let current = create();
slot.append(current);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sr = () => current.shadowRoot!;
async function until(fn: () => unknown, timeout = 4000) {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeout) throw new Error('timeout');
    await sleep(20);
  }
}
const click = async (selector: string) => {
  await until(() => sr().querySelector(selector));
  sr().querySelector<HTMLElement>(selector)!.click();
  await sleep(30);
};
const heading = () => (sr().querySelector('#step-heading')?.textContent ?? '').replace(/\u00AD/g, '');

/** Drives the widget into a named state. */
async function drive(state: string): Promise<void> {
  if (state === 'intro' || !state) return;
  await click('[part~="login"]');
  await until(() => heading().includes('Meldebescheinigung brauchen') || heading().includes('certificate do you need') || sr().querySelector('#refusal, #problem'));
  if (state === 'choice' || state === 'refusal' || state === 'login-problem') return;
  await click('input[value="ERWEITERT"]');
  if (state === 'choice-extended') return;
  if (state === 'choice-error') return click('[part~="continue"]');
  await click('input[value="GEBURTSORT"]');
  await click('input[value="STAATSANGEHOERIGKEITEN"]');
  await click('input[value="FAMILIENSTAND"]');
  await click('[part~="continue"]');
  if (state === 'review') return;
  if (state === 'problem') {
    fake.fail('createMeldebescheinigung', 'network');
    await click('[part~="submit"]');
    return until(() => sr().querySelector('#problem'));
  }
  if (state === 'session-ended') {
    fake.expireSessions();
    await click('[part~="submit"]');
    return until(() => sr().querySelector('#session-ended'));
  }
  await click('[part~="submit"]');
  await until(() => sr().querySelector('.certificate'));
}

(window as unknown as { ready: Promise<void> }).ready = (async () => {
  await customElements.whenDefined('vois-meldebescheinigung');
  await sleep(50);
  await drive(params.get('state') ?? 'intro');
  await sleep(100);
})();
