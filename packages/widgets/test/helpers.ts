/// <reference types="mocha" />
/**
 * Test helpers. Tests talk to the widget only through the DOM (attributes, parts, ARIA),
 * its events, the documented `fetch`/`clientTuning` properties and the `navigate`/`saveFile`
 * boundaries — plus the fake API at the network boundary.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import '../src/define/meldebescheinigung.ts';
import type { VoisMeldebescheinigung } from '../src/index.ts';
import { createFakeApi, type AuthorizeOptions, type FakeApi, type FakeApiOptions } from '../src/testing/fake-api.ts';
import { de, en } from './texts.ts';

export { createFakeApi, de, en, type FakeApi, type FakeApiOptions };
export const TAG = 'vois-meldebescheinigung';

/** A clean address bar for every test (a failed test must not leave a login fragment behind). */
afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

export type Attrs = Record<string, string | undefined>;

/** Creates and connects `<vois-meldebescheinigung>` wired to the fake. */
export async function mount(fake: FakeApi | undefined, attrs: Attrs = {}, parent?: Element): Promise<VoisMeldebescheinigung> {
  const el = document.createElement(TAG);
  const all: Attrs = fake ? { api: fake.baseUrl, kommune: fake.kommune, ...attrs } : attrs;
  for (const [k, v] of Object.entries(all)) if (v !== undefined) el.setAttribute(k, v);
  if (fake) el.fetch = fake.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1200 };
  if (parent) {
    parent.append(el);
    await el.updateComplete;
    return el;
  }
  return fixture<VoisMeldebescheinigung>(el);
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** Visible text of the widget (whitespace collapsed). */
export const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');
export const part = (el: Element, name: string) => $<HTMLButtonElement>(el, `[part~="${name}"]`);
export const activeInShadow = (el: Element) => root(el).activeElement as HTMLElement | null;

export async function until(predicate: () => unknown, message: string, timeout = 3000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 10 });
}

export async function waitForHeading(el: Element, heading: string, timeout = 3000): Promise<void> {
  await until(() => $(el, '#step-heading')?.textContent?.includes(heading) && $(el, '.body')?.getAttribute('aria-busy') === 'false', `step heading "${heading}"`, timeout);
}

/** Runs `action` with `navigate` intercepted and resolves the URL the widget navigated to. */
export function captureNavigation(el: VoisMeldebescheinigung, action: () => void): Promise<string> {
  return new Promise((resolve) => {
    el.navigate = (url: string) => resolve(url);
    action();
  });
}

/**
 * The login round trip as the browser does it: click the login button, let the fake's
 * sandbox page answer, put its return URL into the address bar, and load the widget anew.
 */
export async function loginAndReturn(
  fake: FakeApi,
  attrs: Attrs = {},
  authorize: AuthorizeOptions = {},
  from?: VoisMeldebescheinigung,
): Promise<VoisMeldebescheinigung> {
  const first = from ?? (await mount(fake, attrs));
  const url = await captureNavigation(first, () => part(first, 'login')!.click());
  history.replaceState(null, '', fake.authorize(url, authorize));
  const parent = first.parentElement!;
  first.remove();
  return mount(fake, attrs, parent);
}

/** Logs in (happy path) and waits for the choice step. */
export async function atChoice(fake: FakeApi, attrs: Attrs = {}): Promise<VoisMeldebescheinigung> {
  const el = await loginAndReturn(fake, attrs);
  await waitForHeading(el, (attrs.lang === 'en' ? en : de).meldebescheinigung.choose.heading);
  return el;
}

/** Picks an option by clicking its input (like a pointer user). */
export async function choose(el: VoisMeldebescheinigung, id: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[value="${id}"]`);
  if (!input) throw new Error(`no input ${id}`);
  input.click();
  await el.updateComplete;
}

/** From the choice step to the review: extended with two items. */
export async function atReview(fake: FakeApi, attrs: Attrs = {}, items = ['GEBURTSORT', 'STAATSANGEHOERIGKEITEN']): Promise<VoisMeldebescheinigung> {
  const el = await atChoice(fake, attrs);
  await choose(el, 'ERWEITERT');
  for (const item of items) await choose(el, item);
  part(el, 'continue')!.click();
  await waitForHeading(el, (attrs.lang === 'en' ? en : de).meldebescheinigung.review.heading);
  return el;
}

export async function atResult(fake: FakeApi, attrs: Attrs = {}): Promise<VoisMeldebescheinigung> {
  const el = await atReview(fake, attrs);
  part(el, 'submit')!.click();
  await waitForHeading(el, (attrs.lang === 'en' ? en : de).meldebescheinigung.result.heading);
  return el;
}

/** Collects the widget's `vois-*` events. */
export function recordEvents(target: EventTarget): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of ['vois-step', 'vois-complete', 'vois-error']) target.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}

/** Captures console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}
