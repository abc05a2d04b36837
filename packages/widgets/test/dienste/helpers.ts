/// <reference types="mocha" />
/**
 * Helpers for the `<vois-dienste>` suites. The page defines the overview and two service
 * elements (Meldebescheinigung through ../helpers.ts, Selbstauskunft here); the others are left
 * undefined on purpose, as on a page that forgot to include them.
 */
import { fixture } from '@open-wc/testing';
import '../../src/define/dienste.ts';
import '../../src/define/selbstauskunft.ts';
import type { ServiceId } from '@vois-online/client';
import type { VoisDienste } from '../../src/index.ts';
import type { FakeApi } from '../../src/testing/fake-api.ts';
import { $, $$, until, type Attrs } from '../helpers.ts';

export const DIENSTE = 'vois-dienste';

/** Creates and connects `<vois-dienste>` wired to the fake (or to `transport`). */
export async function mountDienste(fake: FakeApi | undefined, attrs: Attrs = {}, parent?: Element, transport?: typeof fetch): Promise<VoisDienste> {
  const el = document.createElement(DIENSTE);
  const all: Attrs = fake ? { api: fake.baseUrl, kommune: fake.kommune, ...attrs } : attrs;
  for (const [k, v] of Object.entries(all)) if (v !== undefined) el.setAttribute(k, v);
  if (fake) el.fetch = transport ?? fake.fetch;
  el.clientTuning = { retries: 0, timeoutMs: 1200 };
  if (parent) {
    parent.append(el);
    await el.updateComplete;
    return el;
  }
  return fixture<VoisDienste>(el);
}

/** Waits until the overview lists its services. */
export async function listed(el: VoisDienste): Promise<HTMLElement[]> {
  await until(() => $(el, '[part~="services"]'), 'services listed');
  return $$(el, '[part~="service"]');
}

/** The fake's answers, with the municipality offering only `services`. */
export function withServices(fake: FakeApi, services: ServiceId[]): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fake.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/v1/kommunen/') || !response.ok) return response;
    const config = await response.json();
    return new Response(JSON.stringify({ ...config, services }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
}

/** The service element open in place (in the overview's light DOM, slot `service`), if any. */
export const openChild = (el: VoisDienste) =>
  el.querySelector<HTMLElement & { shadowRoot: ShadowRoot }>(':scope > :is(vois-meldebescheinigung, vois-selbstauskunft, vois-abmeldung-nebenwohnung, vois-uebermittlungssperren)');

/** Runs `fn` with a short wait for undefined service elements (the default suits slow networks). */
export async function withDefineTimeout<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const ctor = customElements.get(DIENSTE) as unknown as { defineTimeoutMs: number };
  const before = ctor.defineTimeoutMs;
  ctor.defineTimeoutMs = ms;
  try {
    return await fn();
  } finally {
    ctor.defineTimeoutMs = before;
  }
}

/** The element focused inside `el`'s shadow tree, following nested shadow roots. */
export function deepActive(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
