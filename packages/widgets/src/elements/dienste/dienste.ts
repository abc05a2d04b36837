/**
 * `<vois-dienste>`: the overview of the online services for a town's "Bürgerservice" page.
 * It lists the services the municipality has enabled (`getKommune().services`, no login), each
 * with a heading, one line of description and a button that opens the service element in
 * place — or a link, where the `links` attribute names a page that already embeds it.
 *
 * Why a plain LitElement and not `VoisServiceElement`: the overview is no service. It has no
 * steps, no login, no session and no `service` id for the events; all it shares with the
 * services is configuration, language, theme and the client, and those helpers live in
 * `src/base` as functions it can call. Extending the service base would mean stubbing its
 * abstract flow and fighting its login and refusal logic.
 *
 * Code splitting: the service elements are created by tag name only (`document.createElement`),
 * never imported here. The page (or the bundle, or the loader) must define the elements it
 * offers — `all.ts` does, as do the `define/<name>.ts` modules. The open service lives in the
 * overview's light DOM (slot `service`), not in its shadow root, so a loader that watches the
 * page for `<vois-…>` tags (loader.js) sees it and loads its chunk. An element that is still
 * not defined after `defineTimeoutMs` gets a message for the citizen and the webmaster
 * instead of an empty space.
 *
 * This module has no side effects; register the tag with `define/dienste.ts`.
 */
import { LitElement, adoptStyles, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SERVICE_IDS, VoisError, type ServiceId, type KommuneConfig, type VoisClient } from '@vois-online/client';
import { themeStyles } from '../../theme/themes.ts';
import type { Lang } from '../../i18n/index.ts';
import { catalogues, webmaster, type DiensteCatalogue } from './i18n.ts';
import { configTexts } from '../../i18n/config.ts';
import { isBlocking, parseConfig, type ConfigIssue, type WidgetConfig } from '../../base/config.ts';
import { TextsInUse, onLangChange } from '../../base/language.ts';
import { clientFor, type ClientTuning } from '../../base/client-registry.ts';
import { hasLoginReturn, loginStorage } from '../../base/page-login.ts';
import { hostStyles } from '../../base/styles.ts';
import { heading } from '../../parts/heading.ts';
import { contactCard, notice, noticeStyles } from '../../parts/notice.ts';
import { configMessage, configStyles, issueLines, type ServerConfigIssue } from '../../parts/config-message.ts';
import { loading, loadingStyles } from '../../parts/loading.ts';
import { PROBLEM_ID, problemAlert } from '../../parts/problem.ts';
import { LINKS_EXAMPLE, parseLinks, type LinksIssue, type ServiceLinks } from './links.ts';

const CONFIG_PROPS = ['api', 'kommune', 'lang', 'theme', 'headingLevel', 'returnUrl', 'fetch', 'clientTuning', 'links'];

/** The service elements' own attributes the overview hands on, unchanged. */
const PASSED_ATTRIBUTES = ['api', 'kommune', 'lang', 'theme', 'heading-level', 'return-url'] as const;

/** A service element as far as the overview touches it (its documented properties). */
type ServiceElement = HTMLElement & { fetch?: typeof fetch; clientTuning?: ClientTuning; updateComplete?: Promise<unknown> };

export const serviceTag = (service: ServiceId) => `vois-${service}` as const;

/**
 * The service a login return on this page belongs to: the stored flow names the element that
 * started the login. Only peeks (the service element itself completes the login).
 */
function serviceOfLoginReturn(): ServiceId | undefined {
  if (!hasLoginReturn(location.href)) return undefined;
  const state = new URLSearchParams(location.hash.slice(1)).get('vois-state');
  if (!state) return undefined;
  try {
    const stored = JSON.parse(loginStorage().getItem(`vois-login:${state}`) ?? 'null') as { flow?: { widget?: unknown } } | null;
    const widget = stored?.flow?.widget;
    return SERVICE_IDS.find((s) => serviceTag(s) === widget);
  } catch {
    return undefined;
  }
}

/**
 * @summary Overview of the online registration services of one municipality; opens each in place or links to its page.
 *
 * @slot service - Where the opened service element is shown. The overview puts it there itself (light DOM, so a loader can see it); do not fill it.
 *
 * @csspart base - The overview frame.
 * @csspart header - Municipality line and title.
 * @csspart services - The list of services.
 * @csspart service - One service card.
 * @csspart button - Every button (also `open`, `back`, `retry`).
 * @csspart link - A service link (when `links` names a page for it).
 * @csspart notice - Notices (no services, service not loaded, load error).
 * @csspart contact - The Bürgerbüro contact card.
 * @csspart config-error - The message for a broken embedding.
 * @csspart loading - The loading placeholder.
 *
 * @cssprop --vois-font-family - Font (default: inherited from the page).
 * @cssprop --vois-color-text - Text colour.
 * @cssprop --vois-color-text-muted - Descriptions.
 * @cssprop --vois-color-background - Background.
 * @cssprop --vois-color-surface - Service cards.
 * @cssprop --vois-color-border - Card borders.
 * @cssprop --vois-color-action - Buttons and links.
 * @cssprop --vois-color-action-hover - Hover of actions.
 * @cssprop --vois-color-on-action - Text on action colour.
 * @cssprop --vois-color-focus - Focus indicator.
 * @cssprop --vois-radius - Corner radius.
 * @cssprop --vois-focus-width - Focus outline width.
 * @cssprop --vois-space-1 - Spacing step 1 of 6 (em: 0.25); paddings and gaps.
 * @cssprop --vois-space-2 - Spacing step 2 of 6 (em: 0.5); paddings and gaps.
 * @cssprop --vois-space-3 - Spacing step 3 of 6 (em: 0.75); paddings and gaps.
 * @cssprop --vois-space-4 - Spacing step 4 of 6 (em: 1); paddings and gaps.
 * @cssprop --vois-space-5 - Spacing step 5 of 6 (em: 1.5); paddings and gaps.
 * @cssprop --vois-space-6 - Spacing step 6 of 6 (em: 2); paddings and gaps.
 */
export class VoisDienste extends LitElement {
  /**
   * How long an opened service may take to become defined (a loader fetching its chunk over a
   * slow connection) before the overview says it cannot be opened. Milliseconds.
   */
  static defineTimeoutMs = 10_000;

  static override styles = [
    hostStyles,
    noticeStyles,
    configStyles,
    loadingStyles,
    css`
      .vois.bare {
        border: 0;
        padding: 0;
        background: none;
      }
      .bare > .inner {
        max-inline-size: none;
        padding: 0;
      }
      .services {
        display: grid;
        gap: var(--vois-space-4, 1em);
        margin-block: var(--vois-space-5, 1.5em) 0;
      }
      @container vois (min-width: 40em) {
        .services {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      .service {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--vois-space-2, 0.5em);
        padding: var(--vois-space-4, 1em);
        border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
        border-block-start: 0.25em solid var(--vois-color-action, #0b4c8c);
        border-radius: var(--vois-radius, 0.25em);
        background: var(--vois-color-surface, #f3f5f8);
      }
      .service-title {
        margin: 0;
        font-size: 1.1875em;
        hyphens: auto;
      }
      .service-description {
        margin: 0 0 var(--vois-space-2, 0.5em);
        color: var(--vois-color-text-muted, #4b5563);
        flex: 1 0 auto;
      }
      .service .button {
        margin-block-start: auto;
      }
      /* Narrow column: less padding, so "Meldebescheinigung" keeps to one line in 320 px. */
      @container vois (max-width: 30em) {
        .service {
          padding: var(--vois-space-3, 0.75em);
        }
        .service-title {
          font-size: 1.125em;
        }
        .service .button {
          inline-size: 100%;
          padding-inline: 0.75em;
        }
      }
      .back-row {
        margin-block: 0 var(--vois-space-3, 0.75em);
      }
      .back-row.bottom {
        margin-block: var(--vois-space-3, 0.75em) 0;
      }
      .back {
        display: inline-flex;
        align-items: center;
        gap: var(--vois-space-2, 0.5em);
        min-block-size: 2.75em;
        font-weight: 600;
      }
      /* A back arrow drawn with borders (no icon font, no inline style). */
      .back-arrow {
        inline-size: 0.5em;
        block-size: 0.5em;
        border-inline-start: 0.15em solid currentColor;
        border-block-end: 0.15em solid currentColor;
        transform: rotate(45deg);
        flex: none;
      }
      /* Links leave the page: an arrow, as on GOV.UK start buttons, tells them from the in-place buttons. */
      .link-arrow {
        inline-size: 0.5em;
        block-size: 0.5em;
        border-inline-end: 0.15em solid currentColor;
        border-block-start: 0.15em solid currentColor;
        transform: rotate(45deg);
        flex: none;
      }
      @media print {
        .back-row {
          display: none;
        }
      }
    `,
  ];

  /** Base URL of the VOIS API. Required. */
  @property() api?: string;
  /** AGS of the municipality, eight digits. Required. */
  @property() kommune?: string;
  /** `de` or `en`; without it the nearest ancestor's `lang`, then the document's. */
  @property() override lang!: string;
  /** Theme name, handed on to the services. */
  @property() theme?: string;
  /** Level of the overview's title (1–6, default 2); service titles are one below. Handed on. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;
  /** Where the eID login returns to; handed on to the services. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /**
   * JSON object: service → address of the page that embeds it. A service listed here is a
   * link; the others open in place. E.g. `{"meldebescheinigung":"/buergerservice/meldebescheinigung"}`.
   */
  @property() links?: string;
  /** Transport injection (tests, Storybook), handed on to the services (they share the client). */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Client tuning, handed on to the services. */
  @property({ attribute: false }) clientTuning?: ClientTuning;

  @state() private kommuneConfig: KommuneConfig | undefined;
  @state() private loadError: VoisError | undefined;
  @state() private serverIssue: ServerConfigIssue | undefined;
  /** The service open in place, and its element. */
  @state() private openService: ServiceId | undefined;
  @state() private child: ServiceElement | undefined;
  /** The open service's element is not defined yet (waiting) or not at all (failed). */
  @state() private childState: 'ready' | 'waiting' | 'undefined' = 'ready';

  /** Language and texts rendered right now; English fetched on demand (see `scheduleUpdate`). */
  private readonly shown = new TextsInUse(catalogues);
  private config!: WidgetConfig;
  private configIssues: ConfigIssue[] = [];
  private serviceLinks: ServiceLinks = {};
  private linksIssues: LinksIssue[] = [];
  private client: VoisClient | undefined;
  private abort: AbortController | undefined;
  private stopLangWatch: (() => void) | undefined;
  private warnedFor = '';
  private pendingFocus: string | undefined;
  private resumeChecked = false;

  private get t(): DiensteCatalogue {
    return this.shown.t;
  }

  private get uiLang(): Lang {
    return this.shown.lang;
  }

  /** As in `VoisServiceElement`: settle language and texts first, so the one render is in the right language. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.shown.beforeUpdate(this, () => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.abort = new AbortController();
    this.stopLangWatch = onLangChange(() => {
      this.shown.retry();
      this.requestUpdate();
    });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.stopLangWatch?.();
    this.client = undefined;
  }

  // ---------------------------------------------------------------- configuration

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = CONFIG_PROPS.some((k) => (changed as Map<PropertyKey, unknown>).has(k));
    if (configChanged || !this.config) {
      const { config, issues } = parseConfig({
        api: this.api,
        kommune: this.kommune,
        lang: this.lang,
        theme: this.theme,
        headingLevel: this.headingLevel,
        returnUrl: this.returnUrl,
      });
      this.config = config;
      this.configIssues = issues;
      ({ links: this.serviceLinks, issues: this.linksIssues } = parseLinks(this.links));
      this.reportConfigIssues();
      if (this.renderRoot instanceof ShadowRoot) {
        adoptStyles(this.renderRoot, [themeStyles[config.theme], ...(this.constructor as typeof LitElement).elementStyles]);
      }
    }
    this.connectClient();
    // Back from the eID login that a service opened here started: open that service again,
    // so it can complete the login and resume its step.
    if (!this.resumeChecked && this.isConnected && !this.configIssues.some(isBlocking)) {
      this.resumeChecked = true;
      const service = serviceOfLoginReturn();
      if (service && !this.serviceLinks[service]) this.open(service, false);
    }
  }

  private linksLines(lang: Lang): string[] {
    const config = configTexts[lang];
    const links = webmaster[lang].links;
    const expected = `${config.expected}: ${links.hint}. ${config.example}: links='${LINKS_EXAMPLE}'`;
    return this.linksIssues.map((i) => {
      const what =
        i.reason === 'json'
          ? config.invalid('links', i.value)
          : i.reason === 'service'
            ? links.unknownService(i.value)
            : links.badUrl(i.service ?? '', i.value);
      return `${what} ${expected}`;
    });
  }

  private reportConfigIssues(): void {
    const key = JSON.stringify([this.configIssues, this.linksIssues]);
    if ((this.configIssues.length === 0 && this.linksIssues.length === 0) || key === this.warnedFor) return;
    this.warnedFor = key;
    const lines = (['de', 'en'] as const).flatMap((lang) => [...issueLines(this.configIssues, undefined, lang), ...this.linksLines(lang)]);
    console.warn(`[vois-online] <${this.localName}>: Konfigurationsfehler / configuration error\n- ${lines.join('\n- ')}`);
  }

  private connectClient(): void {
    const next =
      this.configIssues.some(isBlocking) || !this.isConnected
        ? undefined
        : clientFor({ api: this.config.api, kommune: this.config.kommune, fetch: this.fetch, tuning: this.clientTuning });
    if (next === this.client) return;
    this.client = next;
    this.kommuneConfig = undefined;
    this.serverIssue = undefined;
    this.loadError = undefined;
    if (next) void this.loadKommune(next);
  }

  /** The municipality's enabled services and contact; public, no login. */
  private async loadKommune(client: VoisClient): Promise<void> {
    this.loadError = undefined;
    try {
      const config = await client.getKommune({ params: { ags: client.options.kommune }, ...(this.abort ? { signal: this.abort.signal } : {}) });
      if (client === this.client) this.kommuneConfig = config;
    } catch (error) {
      if (client !== this.client || !(error instanceof VoisError)) return;
      if (error.kind === 'aborted' && !this.isConnected) return;
      if (error.code === 'UNKNOWN_KOMMUNE' || error.code === 'NOT_FOUND') this.serverIssue = { kind: 'unknown-kommune', kommune: client.options.kommune };
      else if (error.code === 'ORIGIN_NOT_ALLOWED') this.serverIssue = { kind: 'origin-not-allowed', kommune: client.options.kommune };
      else {
        this.loadError = error;
        this.pendingFocus = `#${PROBLEM_ID}`;
        return;
      }
      console.warn(`[vois-online] <${this.localName}>: ${issueLines([], this.serverIssue, 'de')[0]} / ${issueLines([], this.serverIssue, 'en')[0]}`);
    }
  }

  // ---------------------------------------------------------------- opening a service in place

  /**
   * Creates the service element with the overview's configuration and shows it instead of the
   * list. It goes into the light DOM (slotted), where the page and a loader can see it.
   */
  private open(service: ServiceId, moveFocus: boolean): void {
    const tag = serviceTag(service);
    this.child?.remove();
    const child = document.createElement(tag) as ServiceElement;
    child.slot = 'service';
    this.syncChild(child);
    this.child = child;
    this.openService = service;
    this.append(child);
    void this.whenReady(child, tag, moveFocus);
  }

  /** Hands the overview's attributes and properties on to the open service. */
  private syncChild(child: ServiceElement): void {
    for (const name of PASSED_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value === null) child.removeAttribute(name);
      else if (child.getAttribute(name) !== value) child.setAttribute(name, value);
    }
    if (this.fetch) child.fetch = this.fetch;
    if (this.clientTuning) child.clientTuning = this.clientTuning;
  }

  private async whenReady(child: ServiceElement, tag: string, moveFocus: boolean): Promise<void> {
    if (!customElements.get(tag)) {
      this.childState = 'waiting';
      const defined = await Promise.race([
        customElements.whenDefined(tag).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), (this.constructor as typeof VoisDienste).defineTimeoutMs)),
      ]);
      if (child !== this.child) return;
      if (!defined) {
        this.childState = 'undefined';
        console.warn(`[vois-online] <${this.localName}>: ${webmaster.de.notLoaded(tag)} / ${webmaster.en.notLoaded(tag)}`);
        if (moveFocus) this.focusSoon('#not-loaded');
        return;
      }
    }
    this.childState = 'ready';
    await this.updateComplete;
    await child.updateComplete;
    if (!moveFocus || child !== this.child) return;
    // The service's step heading, as on every step change inside a service.
    const target = child.shadowRoot?.querySelector<HTMLElement>('#step-heading');
    if (target) target.focus();
    else {
      child.tabIndex = -1;
      child.focus();
    }
  }

  private back(): void {
    const service = this.openService;
    this.child?.remove();
    this.child = undefined;
    this.openService = undefined;
    this.childState = 'ready';
    // Back where the citizen came from: the button that opened the service.
    if (service) this.focusSoon(`#open-${service}`);
  }

  private focusSoon(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.child) this.syncChild(this.child);
    if (!this.pendingFocus) return;
    const el = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (el) {
      this.pendingFocus = undefined;
      el.focus();
    }
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.uiLang;
    const level = this.config.headingLevel;
    const blocking = this.configIssues.some(isBlocking) || this.serverIssue !== undefined;
    const note =
      !blocking && (this.configIssues.length || this.linksIssues.length)
        ? configMessage({ tag: this.localName, issues: this.configIssues, headingLevel: level + 1, blocking: false, extra: (l) => this.linksLines(l) })
        : nothing;

    if (this.child && !blocking) {
      return html`<div class="vois bare" lang=${lang}>
        <div class="inner">
          ${note}
          <div class="back-row">${this.backButton(t)}</div>
          ${this.childState === 'waiting' ? loading(t.dienste.opening) : nothing}
          ${this.childState === 'undefined' ? this.renderNotLoaded(t, level) : nothing}
          <slot name="service"></slot>
          ${this.childState === 'ready' ? html`<div class="back-row bottom">${this.backButton(t)}</div>` : nothing}
        </div>
      </div>`;
    }

    return html`<div class="vois" lang=${lang} part="base">
      <div class="inner">
        <div class="header" part="header">
          <p class="eyebrow">${this.kommuneConfig ? `${this.kommuneConfig.name} · ` : nothing}${t.dienste.eyebrow}</p>
          ${heading(level, t.dienste.title, { id: 'dienste-title', className: 'title' })}
        </div>
        ${blocking
          ? configMessage({
              tag: this.localName,
              issues: this.configIssues,
              server: this.serverIssue,
              headingLevel: level + 1,
              blocking: true,
              extra: (l) => this.linksLines(l),
            })
          : html`${note}${this.renderOverview(t, lang, level)}`}
      </div>
    </div>`;
  }

  private backButton(t: DiensteCatalogue): TemplateResult {
    return html`<button type="button" class="link-button back" part="button back" @click=${() => this.back()}>
      <span class="back-arrow" aria-hidden="true"></span>${t.dienste.back}
    </button>`;
  }

  private renderOverview(t: DiensteCatalogue, lang: Lang, level: number): TemplateResult {
    const d = t.dienste;
    if (this.loadError) {
      // Network trouble, timeout, server error: the specific text and a retry (no login involved).
      return problemAlert({ error: this.loadError, lang, t, headingLevel: level + 1, onRetry: () => this.client && void this.loadKommune(this.client) });
    }
    const k = this.kommuneConfig;
    if (!k) return html`<div aria-busy="true">${loading(d.loading)}</div>`;
    const services = SERVICE_IDS.filter((s) => k.services.includes(s));
    if (services.length === 0) {
      return notice({
        tone: 'info',
        headingLevel: level + 1,
        title: d.none.title,
        body: html`<p>${d.none.text}</p>${contactCard(k, t, level + 2)}`,
      });
    }
    return html`<p class="lead">${d.lead}</p>
      <ul class="plain services" aria-labelledby="dienste-title" part="services">
        ${services.map((s) => this.renderService(s, t, level + 1))}
      </ul>`;
  }

  private renderService(service: ServiceId, t: DiensteCatalogue, level: number): TemplateResult {
    const text = t.dienste.services[service];
    const link = this.serviceLinks[service];
    return html`<li class="service" part="service">
      ${heading(level, text.title, { className: 'service-title' })}
      <p class="service-description">${text.description}</p>
      ${link
        ? html`<a class="button" href=${link} part="link ${service}">${text.action}<span class="link-arrow" aria-hidden="true"></span></a>`
        : html`<button type="button" class="button" id="open-${service}" part="button open ${service}" @click=${() => this.open(service, true)}>
            ${text.action}
          </button>`}
    </li>`;
  }

  private renderNotLoaded(t: DiensteCatalogue, level: number): TemplateResult {
    const tag = this.openService ? serviceTag(this.openService) : 'vois-…';
    return html`${notice({
        tone: 'info',
        id: 'not-loaded',
        focusable: true,
        role: 'region',
        headingLevel: level + 1,
        title: t.dienste.notLoaded.title,
        body: html`<p>${t.dienste.notLoaded.text}</p>${contactCard(this.kommuneConfig, t, level + 2)}`,
      })}
      ${configMessage({ tag: this.localName, issues: [], headingLevel: level + 1, blocking: false, extra: (l) => [webmaster[l].notLoaded(tag)] })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vois-dienste': VoisDienste;
  }
}
