/// <reference types="mocha" />
/**
 * Helpers for the `<vois-selbstauskunft>` suites, on top of the shared ones in ../helpers.ts
 * (DOM queries, waiting, events, the fake API). Like there, the tests talk to the element only
 * through the DOM, attributes, events, `fetch`, `navigate`, `saveFile` and `print`.
 */
import { fixture } from '@open-wc/testing';
import '../../src/define/selbstauskunft.ts';
import type { VoisSelbstauskunft } from '../../src/index.ts';
import type { AuthorizeOptions, FakeApi } from '../../src/testing/fake-api.ts';
import { $, $$, de, en, part, until, waitForHeading, type Attrs } from '../helpers.ts';

export const SA = 'vois-selbstauskunft';

/** Creates and connects `<vois-selbstauskunft>` wired to the fake. */
export async function mountSa(fake: FakeApi | undefined, attrs: Attrs = {}, parent?: Element, transport?: typeof fetch): Promise<VoisSelbstauskunft> {
  const el = document.createElement(SA);
  const all: Attrs = fake ? { api: fake.baseUrl, kommune: fake.kommune, ...attrs } : attrs;
  for (const [k, v] of Object.entries(all)) if (v !== undefined) el.setAttribute(k, v);
  if (fake) el.fetch = transport ?? fake.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1200 };
  if (parent) {
    parent.append(el);
    await el.updateComplete;
    return el;
  }
  return fixture<VoisSelbstauskunft>(el);
}

/** Runs `action` with `navigate` intercepted and resolves the URL the widget navigated to. */
export function navigation(el: VoisSelbstauskunft, action: () => void): Promise<string> {
  return new Promise((resolve) => {
    el.navigate = (url: string) => resolve(url);
    action();
  });
}

/** The login round trip: click, let the fake's sandbox answer, load the element anew. */
export async function loginSa(fake: FakeApi, attrs: Attrs = {}, authorize: AuthorizeOptions = {}, from?: VoisSelbstauskunft): Promise<VoisSelbstauskunft> {
  const first = from ?? (await mountSa(fake, attrs));
  const url = await navigation(first, () => part(first, 'login')!.click());
  history.replaceState(null, '', fake.authorize(url, authorize));
  const parent = first.parentElement!;
  first.remove();
  return mountSa(fake, attrs, parent);
}

/** Logs in and waits for the disclosure. */
export async function atAuskunft(fake: FakeApi, attrs: Attrs = {}): Promise<VoisSelbstauskunft> {
  const el = await loginSa(fake, attrs);
  await waitForHeading(el, (attrs.lang === 'en' ? en : de).selbstauskunft.result.heading);
  return el;
}

/** The disclosure button of a group (by its German or English heading). */
export const groupButton = (el: Element, group: string) => $<HTMLButtonElement>(el, `#group-${group.toLowerCase().replace(/_/g, '-')}-button`)!;
export const groupPanel = (el: Element, group: string) => $<HTMLElement>(el, `#group-${group.toLowerCase().replace(/_/g, '-')}`)!;

/** Opens a group by clicking its heading button. */
export async function openGroup(el: VoisSelbstauskunft, group: string): Promise<HTMLElement> {
  const button = groupButton(el, group);
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
  await until(() => !groupPanel(el, group).hasAttribute('hidden'), `group ${group} open`);
  return groupPanel(el, group);
}

/** `[label, value text]` of every entry in a group's panel. */
export function entries(el: Element, group: string): [string, string][] {
  return $$(el, `#group-${group.toLowerCase().replace(/_/g, '-')} .entry`).map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
}

/** Answers GET /v1/selbstauskunft with `body` (for data the personas do not hold); the rest goes to the fake. */
export function withAuskunft(fake: FakeApi, body: (original: unknown) => unknown): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fake.fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname !== '/v1/selbstauskunft' || !response.ok) return response;
    return new Response(JSON.stringify(body(await response.json())), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
}
