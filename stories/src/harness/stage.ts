/**
 * The stage of one story: a service element wired to its own fake API
 * (`@vois-online/widgets/testing`), and the moves a citizen makes — clicks on buttons and
 * inputs, the eID login round trip — to bring it into the state the story shows.
 *
 * Only public API is used: attributes, the `fetch` property (the fake at the network
 * boundary), `clientTuning`, the `navigate` override, DOM events on the shadow root's native
 * controls, and the element's `vois-step` events. Nothing reaches into the element's state.
 */
import { createFakeApi, type AuthorizeOptions, type FakeApi, type FakeApiOptions } from '@vois-online/widgets/testing';
import type { ClientTuning } from '@vois-online/widgets';

/** A VOIS element as far as a story touches it: its documented properties and boundaries. */
export type StageElement = HTMLElement & {
  fetch?: typeof fetch | undefined;
  clientTuning?: ClientTuning | undefined;
  updateComplete: Promise<unknown>;
  navigate?: (url: string) => void;
  saveFile?: (blob: Blob, filename: string) => void;
};

/** Attributes the toolbar controls. */
export interface StageGlobals {
  theme?: string;
  lang?: string;
}

export interface StageOptions {
  /** Tag of the service element, e.g. `vois-meldebescheinigung`. */
  tag: string;
  /** Options of the fake API (persona, municipality, session lifetime …). */
  fake?: FakeApiOptions;
  /** Extra attributes (e.g. `heading-level`, or a broken `kommune` for a webmaster story). */
  attrs?: Record<string, string | null>;
  /** Client tuning; stories default to no automatic retries so errors show at once. */
  clientTuning?: ClientTuning;
  /** Runs before the element exists: faults for the very first requests. */
  setup?: (fake: FakeApi) => void;
}

const DEFAULT_TUNING: ClientTuning = { retries: 0, timeoutMs: 15_000 };

/**
 * The address bar is shared by everything in the preview frame; a login return
 * (`#vois-code=…`) must be consumed by the client it belongs to before the next one starts.
 */
let addressBar: Promise<unknown> = Promise.resolve();
function withAddressBar<T>(task: () => Promise<T>): Promise<T> {
  const next = addressBar.then(task, task);
  addressBar = next.catch(() => undefined);
  return next;
}

export class StoryStateError extends Error {
  override name = 'StoryStateError';
}

export class Stage {
  readonly fake: FakeApi;
  /** The node the story renders; the element lives inside it (and is replaced on login). */
  readonly host: HTMLDivElement;
  el!: StageElement;
  /** The element the moves act on (`el`, or a service opened inside `<vois-dienste>`). */
  private acting: () => StageElement | null = () => this.el;
  /** Id of the step the element last reported (`vois-step`). */
  step: string | undefined;
  private globals: StageGlobals = {};
  private disposed = false;
  /** `state` values of the logins this stage started (their PKCE entries in sessionStorage). */
  private loginStates = new Set<string>();

  constructor(readonly options: StageOptions) {
    this.fake = createFakeApi(options.fake);
    options.setup?.(this.fake);
    this.host = document.createElement('div');
    this.host.className = 'vois-stage';
    this.host.dataset.stage = 'rendered';
    this.host.addEventListener('vois-step', (e) => (this.step = (e as CustomEvent<{ step: string }>).detail.step));
    this.el = this.create();
    this.host.append(this.el);
  }

  /** A fresh element, as the page would have after loading (again). */
  private create(): StageElement {
    const el = document.createElement(this.options.tag) as StageElement;
    const attrs: Record<string, string | null> = { api: this.fake.baseUrl, kommune: this.fake.kommune, ...this.options.attrs };
    for (const [name, value] of Object.entries(attrs)) if (value !== null) el.setAttribute(name, value);
    el.fetch = this.fake.fetch;
    el.clientTuning = { ...DEFAULT_TUNING, ...this.options.clientTuning };
    this.applyTo(el);
    return el;
  }

  /** Applies the toolbar's theme and language as attributes (a story attribute wins). */
  apply(globals: StageGlobals): void {
    this.globals = globals;
    this.applyTo(this.el);
  }

  private applyTo(el: Element): void {
    for (const name of ['theme', 'lang'] as const) {
      if (this.options.attrs && name in this.options.attrs) continue;
      const value = this.globals[name];
      if (value) el.setAttribute(name, value);
      else el.removeAttribute(name);
    }
  }

  // ------------------------------------------------------------------ looking

  /**
   * Acts from now on on the element `find` returns — e.g. the service `<vois-dienste>` opened
   * in place: `stage.actOn(() => stage.$('vois-selbstauskunft'))`.
   */
  actOn(find: () => Element | null): void {
    this.acting = () => find() as StageElement | null;
  }

  /** Acts on the service element `tag` that `<vois-dienste>` opened (slotted into it, or in its shadow root). */
  actOnService(tag: string): void {
    this.actOn(() => this.el.querySelector(tag) ?? this.el.shadowRoot?.querySelector(tag) ?? null);
  }

  /** A selector in the shadow root of the element acted on. */
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.acting()?.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  private async settled(): Promise<void> {
    await this.el.updateComplete;
    await this.acting()?.updateComplete;
  }

  /** Waits until `probe` returns something truthy; fails the story with `what` after `timeoutMs`. */
  async until<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 6000): Promise<T> {
    const end = performance.now() + timeoutMs;
    for (;;) {
      if (this.disposed) throw new StoryStateError('story was closed');
      const value = probe();
      if (value) return value;
      if (performance.now() > end) throw new StoryStateError(`state not reached within ${timeoutMs} ms: ${what}`);
      await new Promise((r) => setTimeout(r, 16));
    }
  }

  waitFor<T extends Element = HTMLElement>(selector: string, timeoutMs?: number): Promise<T> {
    return this.until(() => this.$<T>(selector), selector, timeoutMs);
  }

  /** Nothing is loading or being sent, and the step content is there. */
  async idle(): Promise<void> {
    await this.until(() => this.$('.body')?.getAttribute('aria-busy') === 'false', 'widget idle');
    await this.settled();
  }

  /** Waits for step `id` (from the element's `vois-step` event) and for it to be idle. */
  async atStep(id: string, timeoutMs?: number): Promise<void> {
    await this.until(() => this.step === id && this.$('#step-heading'), `step "${id}" (now: ${this.step ?? 'start'})`, timeoutMs);
    await this.idle();
  }

  // ------------------------------------------------------------------ acting

  /** The button with this part name (`login`, `continue`, `submit`, `retry`, `extend` …). */
  button(part: string): Promise<HTMLButtonElement> {
    return this.until(
      () => {
        const b = this.$<HTMLButtonElement>(`button[part~="${part}"]`);
        return b && b.getAttribute('aria-disabled') !== 'true' ? b : null;
      },
      `usable button part="${part}"`,
    );
  }

  async click(part: string): Promise<void> {
    (await this.button(part)).click();
    await this.settled();
  }

  /** Clicks the radio button or checkbox with this value (like a pointer user). */
  async choose(...values: string[]): Promise<void> {
    for (const value of values) {
      const input = await this.waitFor<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
      if (input.disabled) throw new StoryStateError(`option ${value} is disabled`);
      input.click();
      await this.settled();
    }
  }

  /** Types into the text input with this id (fires `input` like typing does). */
  async fill(id: string, value: string): Promise<void> {
    const input = await this.waitFor<HTMLInputElement>(`#${CSS.escape(id)}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.settled();
  }

  /** Types an ISO date (`2026-12-05`) into a GOV.UK-style date field (`<id>`, `<id>-month`, `<id>-year`). */
  async fillDate(id: string, iso: string): Promise<void> {
    const [year = '', month = '', day = ''] = iso.split('-');
    await this.fill(id, day);
    await this.fill(`${id}-month`, month);
    await this.fill(`${id}-year`, year);
  }

  /** Downloads go nowhere (the story shows what the page shows after a download). */
  quietDownloads(): void {
    const el = this.acting();
    if (el) el.saveFile = () => undefined;
  }

  // ------------------------------------------------------------------ login

  /** Clicks "Mit Online-Ausweis anmelden" and resolves the authorize URL instead of leaving the page. */
  async startLogin(part = 'login'): Promise<string> {
    const button = await this.button(part);
    const el = this.acting()!;
    return new Promise<string>((resolve) => {
      el.navigate = (url) => {
        this.remember(url);
        resolve(url);
      };
      button.click();
    });
  }

  /** The state "waiting for login": the redirect has started and the page would be leaving. */
  async redirecting(): Promise<void> {
    const button = await this.button('login');
    this.acting()!.navigate = (url) => this.remember(url); // the page would be gone; here it stays
    button.click();
    await this.until(() => this.$('button[part~="login"][aria-disabled="true"]'), 'login button busy');
  }

  /**
   * The whole eID round trip as the browser makes it: click the login button, let the fake's
   * sandbox login page answer (persona, cancel, low trust level), put its return URL into the
   * address bar, and load the element anew — which completes the login and resumes its flow.
   */
  async login(authorize: AuthorizeOptions = {}, part = 'login'): Promise<void> {
    const url = await this.startLogin(part);
    await withAddressBar(async () => {
      history.replaceState(history.state, '', this.fake.authorize(url, authorize));
      const next = this.create();
      this.el.replaceWith(next);
      this.el = next;
      this.step = undefined;
      // The element takes the code out of the address bar first thing (also on errors).
      await this.until(() => !location.hash.includes('vois-'), 'login return consumed');
    });
  }

  /**
   * Replaces the element with a fresh one of the same page: same `api`, `kommune` and `fetch`,
   * so it shares the client and its session — like a second widget of the town on the page.
   */
  async mountAnother(): Promise<void> {
    const next = this.create();
    this.el.replaceWith(next);
    this.el = next;
    this.step = undefined;
    await next.updateComplete;
  }

  private remember(authorizeUrl: string): void {
    const state = new URL(authorizeUrl).searchParams.get('state');
    if (state) this.loginStates.add(state);
  }

  // ------------------------------------------------------------------ lifecycle

  markReady(): void {
    this.host.dataset.stage = 'ready';
  }

  markFailed(error: unknown): void {
    this.host.dataset.stage = 'failed';
    this.host.dataset.stageError = error instanceof Error ? error.message : String(error);
  }

  /** The story was closed: stop waiting, forget pending logins of this stage. */
  dispose(): void {
    this.disposed = true;
    this.el.remove();
    if (location.hash.includes('vois-')) history.replaceState(history.state, '', location.pathname + location.search);
    try {
      for (const state of this.loginStates) sessionStorage.removeItem(`vois-login:${state}`);
    } catch {
      // sessionStorage blocked: nothing stored either.
    }
  }
}
