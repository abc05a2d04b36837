/// <reference types="mocha" />
/**
 * Helpers for `<vois-uebermittlungssperren>`: the generic ones come from ../helpers.ts (which
 * also keeps the address bar clean between tests); these drive this element's steps.
 */
import { fixture } from '@open-wc/testing';
import '../../src/define/uebermittlungssperren.ts';
import type { VoisUebermittlungssperren } from '../../src/index.ts';
import type { SperreKey } from '@vois-online/client';
import { $, de, en, part, until, waitForHeading, type Attrs, type FakeApi } from '../helpers.ts';
import type { AuthorizeOptions } from '../../src/testing/fake-api.ts';

export * from '../helpers.ts';
export const TAG = 'vois-uebermittlungssperren';
export const s = de.sperren;

export const cat = (attrs: Attrs) => (attrs.lang === 'en' ? en : de);

/** Creates and connects `<vois-uebermittlungssperren>` wired to the fake. */
export async function mountSp(fake: FakeApi | undefined, attrs: Attrs = {}, parent?: Element): Promise<VoisUebermittlungssperren> {
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
  return fixture<VoisUebermittlungssperren>(el);
}

export function captureNav(el: VoisUebermittlungssperren, action: () => void): Promise<string> {
  return new Promise((resolve) => {
    el.navigate = (url: string) => resolve(url);
    action();
  });
}

/** The login round trip as the browser does it (the page is loaded anew: a new element). */
export async function loginSp(
  fake: FakeApi,
  attrs: Attrs = {},
  authorize: AuthorizeOptions = {},
  from?: VoisUebermittlungssperren,
): Promise<VoisUebermittlungssperren> {
  const first = from ?? (await mountSp(fake, attrs));
  const url = await captureNav(first, () => part(first, 'login')!.click());
  history.replaceState(null, '', fake.authorize(url, authorize));
  const parent = first.parentElement!;
  first.remove();
  return mountSp(fake, attrs, parent);
}

/** Id of a block's checkbox, as the element renders it. */
export const boxId = (key: SperreKey) => `sperre-${key.toLowerCase().replace(/_/g, '-')}`;
export const box = (el: Element, key: SperreKey) => $<HTMLInputElement>(el, `#${boxId(key)}`);
/** The card of a block (found through its title's id). */
export const card = (el: Element, key: SperreKey) => $(el, `#${boxId(key)}-title`)!.closest<HTMLElement>('.sperre')!;

export async function atBlocks(fake: FakeApi, attrs: Attrs = {}): Promise<VoisUebermittlungssperren> {
  const el = await loginSp(fake, attrs);
  await waitForHeading(el, cat(attrs).sperren.choose.heading);
  return el;
}

export async function toggle(el: VoisUebermittlungssperren, key: SperreKey): Promise<void> {
  const input = box(el, key);
  if (!input) throw new Error(`no checkbox for ${key}`);
  input.click();
  await el.updateComplete;
}

/** From the blocks to the review with `keys` toggled (happy: set ADRESSBUCH, lift JUBILAEEN). */
export async function atReviewSp(fake: FakeApi, attrs: Attrs = {}, keys: SperreKey[] = ['ADRESSBUCH', 'JUBILAEEN']): Promise<VoisUebermittlungssperren> {
  const el = await atBlocks(fake, attrs);
  for (const key of keys) await toggle(el, key);
  part(el, 'continue')!.click();
  await waitForHeading(el, cat(attrs).sperren.review.heading);
  return el;
}

/** Ticks the confirmation and presses "speichern". */
export async function confirmAndSubmit(el: VoisUebermittlungssperren): Promise<void> {
  const confirm = $<HTMLInputElement>(el, '#bestaetigung')!;
  if (!confirm.checked) confirm.click();
  await el.updateComplete;
  part(el, 'submit')!.click();
}

export async function atResultSp(fake: FakeApi, attrs: Attrs = {}, keys?: SperreKey[]): Promise<VoisUebermittlungssperren> {
  const el = await atReviewSp(fake, attrs, keys);
  await confirmAndSubmit(el);
  await waitForHeading(el, cat(attrs).sperren.result.heading);
  return el;
}

export const liveText = (el: Element) => $(el, '[part~="live-region"]')!.textContent ?? '';
