/**
 * Drives `<vois-uebermittlungssperren>` into a named state on a CMS-like page, for screenshots
 * (`node /tmp/...` with vite + Chromium, or open `/test/uebermittlungssperren/screens/index.html?state=review`
 * in `pnpm dev`). Query: `state`, `persona`, `theme`, `lang`, `lifetime` (ms).
 */
import '../../../src/define/uebermittlungssperren.ts';
import { createFakeApi, type PersonaId } from '../../../src/testing/fake-api.ts';
import type { VoisUebermittlungssperren } from '../../../src/index.ts';

const params = new URLSearchParams(location.search);
const persona = (params.get('persona') ?? 'happy') as PersonaId;
const fake = createFakeApi({ persona, sessionLifetimeMs: Number(params.get('lifetime') ?? 15 * 60_000) });
const slot = document.getElementById('slot')!;

function create(): VoisUebermittlungssperren {
  const el = document.createElement('vois-uebermittlungssperren');
  el.setAttribute('api', fake.baseUrl);
  el.setAttribute('kommune', fake.kommune);
  for (const name of ['theme', 'lang']) {
    const value = params.get(name);
    if (value !== null) el.setAttribute(name, value);
  }
  el.fetch = fake.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1500 };
  el.navigate = (url) => {
    history.replaceState(null, '', fake.authorize(url));
    current.remove();
    current = create();
    slot.append(current);
  };
  el.saveFile = () => undefined;
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

async function drive(state: string): Promise<void> {
  if (state === 'intro' || !state) return;
  await click('[part~="login"]');
  await until(() => sr().querySelector('.sperren-list, #refusal, #problem'));
  if (state === 'blocks' || state === 'refusal') return;
  if (state === 'no-change') return click('[part~="continue"]');
  const keys = (params.get('keys') ?? 'adressbuch,jubilaeen').split(',');
  for (const key of keys) await click(`#sperre-${key}`);
  if (state === 'blocks-changed') return;
  await click('[part~="continue"]');
  if (state === 'review') return;
  if (state === 'review-error') return click('[part~="submit"]');
  await click('#bestaetigung');
  if (state === 'problem') {
    fake.fail('changeSperren', 'network');
    await click('[part~="submit"]');
    return until(() => sr().querySelector('#problem'));
  }
  if (state === 'session-ended') {
    fake.expireSessions();
    await click('[part~="submit"]');
    return until(() => sr().querySelector('#session-ended'));
  }
  if (state === 'stale') {
    fake.setBlocks(persona, { ADRESSBUCH: 'SICHERHEITSBEHOERDE' });
    await click('[part~="submit"]');
    return until(() => sr().querySelector('#sperren-notice'));
  }
  await click('[part~="submit"]');
  await until(() => sr().querySelector('.receipt'));
}

(window as unknown as { ready: Promise<void> }).ready = (async () => {
  await customElements.whenDefined('vois-uebermittlungssperren');
  await sleep(50);
  await drive(params.get('state') ?? 'intro');
  await sleep(150);
})();
