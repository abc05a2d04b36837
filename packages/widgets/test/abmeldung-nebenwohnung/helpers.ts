/// <reference types="mocha" />
/**
 * Helpers for the `<vois-abmeldung-nebenwohnung>` suites. As for every widget, tests talk to
 * the element only through the DOM, its events, `fetch`/`clientTuning`, `navigate`/`saveFile`
 * and the fake API. The fake's register date is pinned to the test run's German date, so the
 * A3 limits the tests compute are exactly the ones the widget gets.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/define/abmeldung-nebenwohnung.ts';
import type { VoisAbmeldungNebenwohnung } from '../../src/index.ts';
import { createFakeApi, type AuthorizeOptions, type FakeApi, type FakeApiOptions, type PersonaId } from '../../src/testing/fake-api.ts';
import { de, en } from '../texts.ts';

export { de, en, type FakeApi };
export const TAG = 'vois-abmeldung-nebenwohnung';
export const a = de.abmeldung;

/** The register's today for the whole run (German date), and dates relative to it. */
export const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
export function day(offset: number): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
/** `2026-12-05` → `05.12.2026`. */
export const german = (iso: string) => iso.split('-').reverse().join('.');

export function fake(persona: PersonaId = 'din91379', options: FakeApiOptions = {}): FakeApi {
  return createFakeApi({ persona, today: TODAY, ...options });
}

/** A clean address bar for every test (a failed test must not leave a login fragment behind). */
afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

export type Attrs = Record<string, string | undefined>;
export type El = VoisAbmeldungNebenwohnung;

export async function mount(api: FakeApi | undefined, attrs: Attrs = {}, parent?: Element): Promise<El> {
  const el = document.createElement(TAG);
  const all: Attrs = api ? { api: api.baseUrl, kommune: api.kommune, ...attrs } : attrs;
  for (const [k, v] of Object.entries(all)) if (v !== undefined) el.setAttribute(k, v);
  if (api) el.fetch = api.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1200 };
  if (parent) {
    parent.append(el);
    await el.updateComplete;
    return el;
  }
  return fixture<El>(el);
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** Visible text of the widget (whitespace collapsed, soft hyphens removed). */
export const text = (el: Element) => (root(el).textContent ?? '').replace(/\u00AD/g, '').replace(/\s+/g, ' ');
export const part = (el: Element, name: string) => $<HTMLButtonElement>(el, `[part~="${name}"]`);
export const activeInShadow = (el: Element) => root(el).activeElement as HTMLElement | null;
export const plain = (s: string) => s.replace(/\u00AD/g, '');

export async function until(predicate: () => unknown, message: string, timeout = 3000): Promise<void> {
  await waitUntil(predicate, message, { timeout, interval: 10 });
}

export async function waitForHeading(el: Element, heading: string, timeout = 3000): Promise<void> {
  const want = plain(heading);
  await until(
    () => plain($(el, '#step-heading')?.textContent ?? '').includes(want) && $(el, '.body')?.getAttribute('aria-busy') === 'false',
    `step heading "${want}"`,
    timeout,
  );
}

export function captureNavigation(el: El, action: () => void): Promise<string> {
  return new Promise((resolve) => {
    el.navigate = (url: string) => resolve(url);
    action();
  });
}

/** The login round trip as the browser does it (the element is loaded anew on the return). */
export async function loginAndReturn(api: FakeApi, attrs: Attrs = {}, authorize: AuthorizeOptions = {}, from?: El): Promise<El> {
  const first = from ?? (await mount(api, attrs));
  const url = await captureNavigation(first, () => part(first, 'login')!.click());
  history.replaceState(null, '', api.authorize(url, authorize));
  const parent = first.parentElement!;
  first.remove();
  return mount(api, attrs, parent);
}

const cat = (attrs: Attrs) => (attrs.lang === 'en' ? en : de).abmeldung;

export async function atResidence(api: FakeApi, attrs: Attrs = {}): Promise<El> {
  const el = await loginAndReturn(api, attrs);
  await waitForHeading(el, cat(attrs).residence.heading);
  return el;
}

/** Clicks an input by value (like a pointer user). */
export async function choose(el: El, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[value="${value}"]`);
  if (!input) throw new Error(`no input ${value}`);
  input.click();
  await el.updateComplete;
}

/** Types into the three date inputs (`05.12.2026`-style parts or an ISO date). */
export async function typeDate(el: El, date: string | { day: string; month: string; year: string }): Promise<void> {
  const parts = typeof date === 'string' ? (([year, month, day]) => ({ day: day!, month: month!, year: year! }))(date.split('-')) : date;
  for (const [key, id] of [['day', 'auszug'], ['month', 'auszug-month'], ['year', 'auszug-year']] as const) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = parts[key];
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

export async function next(el: El, heading: string): Promise<void> {
  part(el, 'continue')!.click();
  await waitForHeading(el, heading);
}

/** Residence (if given) → date → (children) → review. */
export async function atReview(
  api: FakeApi,
  o: { attrs?: Attrs; residence?: string; date?: string; children?: string[] } = {},
): Promise<El> {
  const attrs = o.attrs ?? {};
  const c = cat(attrs);
  const el = await atResidence(api, attrs);
  if (o.residence) await choose(el, o.residence);
  await next(el, c.date.heading);
  await typeDate(el, o.date ?? TODAY);
  part(el, 'continue')!.click();
  await until(() => [c.children.heading, c.review.heading].some((h) => plain($(el, '#step-heading')?.textContent ?? '').includes(plain(h))), 'next step');
  if (plain($(el, '#step-heading')!.textContent!).includes(plain(c.children.heading))) {
    for (const id of o.children ?? []) await choose(el, id);
    await next(el, c.review.heading);
  }
  await waitForHeading(el, c.review.heading);
  return el;
}

/** Ticks the declaration on the review. */
export async function confirm(el: El): Promise<void> {
  await choose(el, 'RICHTIG');
}

export async function atResult(api: FakeApi, o: Parameters<typeof atReview>[1] = {}): Promise<El> {
  const el = await atReview(api, o);
  await confirm(el);
  part(el, 'submit')!.click();
  await until(() => $(el, '[part~="confirmation"]'), 'confirmation shown');
  await el.updateComplete;
  return el;
}

export function recordEvents(target: EventTarget): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of ['vois-step', 'vois-complete', 'vois-error']) target.addEventListener(type, (e) => events.push(e as CustomEvent));
  return events;
}
