/**
 * `VoisServiceElement`: everything the four service widgets share, so a service element only
 * describes its steps and what happens in them.
 *
 * It owns: configuration (attributes → checks → webmaster message, never a throw), language,
 * theme, the shared client, the login round trip, the session warning and expiry, the step
 * flow (progress, focus on the step heading, the `vois-step` event), request running (busy
 * state, double-submit guard, typed error rendering with retry, `vois-error`), refusals with
 * the Bürgerbüro contact, one polite live region, and the intro step's layout (`renderIntroStep`).
 *
 * A subclass implements: `service`, `steps`, `texts`, `ownTexts`, `renderStep`,
 * `begin` (load data after login and go to the first step) and `flowState` (non-personal
 * state to survive the login redirect); optionally `keptSummary`, `forgetPersonalData`,
 * `handleRuleError`, `refusalDetails`.
 */
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ServerError,
  VoisError,
  beginLogin,
  type DocumentRef,
  type KommuneConfig,
  type LoginFlow,
  type ProblemCode,
  type ServiceId,
  type VoisClient,
} from '@vois-online/client';
import { themeStyles } from '../theme/themes.ts';
import type { Catalogue, Lang, LangTexts } from '../i18n/index.ts';
import { formatLocalTime } from '../i18n/format.ts';
import { VoisCompleteEvent, VoisErrorEvent, VoisStepEvent, type VoisCompleteDetail } from '../events.ts';
import { isBlocking, parseConfig, type ConfigIssue, type WidgetConfig } from './config.ts';
import { TextsInUse, onLangChange } from './language.ts';
import { clientFor, type ClientTuning } from './client-registry.ts';
import { loginStorage, pageLogin } from './page-login.ts';
import { SessionController, type SessionPhase } from './session-controller.ts';
import { saveBlob } from './download.ts';
import { hostStyles } from './styles.ts';
import { heading } from '../parts/heading.ts';
import { fieldStyles } from '../parts/fields.ts';
import { ERROR_SUMMARY_ID, errorSummaryStyles, focusField } from '../parts/error-summary.ts';
import { progress, progressStyles } from '../parts/progress.ts';
import { contactCard, notice, noticeStyles } from '../parts/notice.ts';
import { summaryListStyles } from '../parts/summary-list.ts';
import { personStyles } from '../parts/person.ts';
import { documentStyles } from '../parts/document.ts';
import { configMessage, configStyles, issueLines, type ServerConfigIssue } from '../parts/config-message.ts';
import { PROBLEM_ID, messageForCode, problemAlert } from '../parts/problem.ts';
import { SESSION_ENDED_ID, SESSION_EXTEND_ID, SESSION_WARNING_ID, sessionEnded, sessionWarning } from '../parts/session.ts';
import { loading, loadingStyles } from '../parts/loading.ts';
import { introStyles, type IntroTexts } from '../parts/intro.ts';

export interface StepDefinition {
  /** Stable id, used in events and in the login flow state (`auswahl`, `pruefen` …). */
  id: string;
  /** Needs a session: when it ends, the step is replaced by the "session ended" message. */
  auth: boolean;
}

/** What the element is waiting for. Only `loading` replaces the step content. */
export type BusyKind = 'loading' | 'submitting' | 'downloading' | 'redirect';

const CONFIG_PROPS = ['api', 'kommune', 'lang', 'theme', 'headingLevel', 'returnUrl', 'fetch', 'clientTuning'];

/** Codes that end the service for this person: explained, with the Bürgerbüro's contact. */
const REFUSAL = /^(C3_|C4_|C5_|M1_|A1_NO_|A2_|A6_|U6_)|^SERVICE_DISABLED$/;
/** Codes from the login round trip: shown on the first step, where the login button is. */
const LOGIN_PROBLEM = /^(AUTH_|C1_|C2_)/;

export abstract class VoisServiceElement<T extends Catalogue = Catalogue> extends LitElement {
  static override styles = [
    hostStyles,
    fieldStyles,
    errorSummaryStyles,
    progressStyles,
    noticeStyles,
    summaryListStyles,
    personStyles,
    documentStyles,
    configStyles,
    loadingStyles,
    introStyles,
  ];

  /** Base URL of the VOIS API, e.g. `https://api.example.de`. Required. */
  @property() api?: string;
  /** Amtlicher Gemeindeschlüssel (AGS) of the municipality, eight digits. Required. */
  @property() kommune?: string;
  /** `de` or `en`; without it the nearest ancestor's `lang`, then the document's. */
  @property() override lang!: string;
  /** Theme name: `default` or a pilot town's preset. */
  @property() theme?: string;
  /** Level of the widget's title (1–6, default 2); headings inside follow it. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;
  /** Where the login returns to; default: the current page. */
  @property({ attribute: 'return-url' }) returnUrl?: string;
  /**
   * Transport injection (tests, Storybook, a proxying integration): the `fetch` the client
   * uses. Elements with the same api, kommune and fetch share one client and one session.
   */
  @property({ attribute: false }) fetch?: typeof fetch;
  /** Client tuning (timeout, retries, backoff), applied when the shared client is created. */
  @property({ attribute: false }) clientTuning?: ClientTuning;

  /** The service this element offers. */
  abstract readonly service: ServiceId;
  /** The steps in order; the first one is the intro with the login button. */
  protected abstract readonly steps: readonly StepDefinition[];
  /**
   * The element's texts: the shared catalogue plus its own section (from `withSection`, e.g.
   * `elements/meldebescheinigung/i18n.ts`), German at hand, English fetched on demand. Kept per
   * element so the loader's shared chunk does not carry every element's texts.
   */
  protected abstract readonly texts: LangTexts<T>;
  /** The element's own section of `t`: its `title` names the service, `steps` label the progress. */
  protected abstract ownTexts(t: T): { title: string; steps: Readonly<Record<string, string>> };
  /** Content of the current step (`this.step`), below the progress indicator. */
  protected abstract renderStep(t: T, lang: Lang, level: number): TemplateResult;
  /** After login: load what the service needs, then `goTo` a step (from `flow` when resuming). */
  protected abstract begin(flow: LoginFlow | undefined): Promise<void>;
  /** Non-personal state that must survive the login redirect: `{ step, …choices }`. */
  protected abstract flowState(): LoginFlow;

  /** Id of the current step. */
  @state() protected step = '';
  @state() protected busy: BusyKind | undefined;
  /** A failed request, shown above the current step. */
  @state() protected problem: VoisError | undefined;
  /** A refusal code that ends the service for this person. */
  @state() protected refusal: ProblemCode | undefined;
  /** Public configuration of the municipality (name, Bürgerbüro). */
  @state() protected kommuneConfig: KommuneConfig | undefined;
  @state() private announcement = '';
  @state() private extending = false;
  @state() private serverIssue: ServerConfigIssue | undefined;

  protected config!: WidgetConfig;
  protected configIssues: ConfigIssue[] = [];
  /** The shared client; `undefined` while the configuration is broken. */
  protected client: VoisClient | undefined;
  /** Aborted when the element leaves the page. */
  protected signal: AbortSignal | undefined;

  protected readonly session = new SessionController(this, { onPhase: (p, prev) => this.onSessionPhase(p, prev) });
  private retryTask: (() => void) | undefined;
  private pendingFocus: { target: string | HTMLElement; priority: number } | undefined;
  private problemInputKept = false;
  /** Text of the loading placeholder; `begin` may set it for what it loads. */
  protected loadingText: string | undefined;
  private focusBeforeWarning: HTMLElement | undefined;
  private loggingOut = false;
  private warnedFor = '';
  private abort: AbortController | undefined;
  private stopLangWatch: (() => void) | undefined;
  private inUse: TextsInUse<T> | undefined;
  private readonly onPageShow = (e: PageTransitionEvent) => {
    // Back from the login page via the back/forward cache: the redirect did not complete.
    if (e.persisted && this.busy === 'redirect') this.busy = undefined;
  };

  /** Language and texts rendered right now (created on first use: `texts` is the subclass's). */
  private get shown(): TextsInUse<T> {
    return (this.inUse ??= new TextsInUse(this.texts));
  }

  /** The language the widget speaks right now. */
  protected get uiLang(): Lang {
    return this.shown.lang;
  }

  protected get t(): T {
    return this.shown.t;
  }

  /**
   * Every update first settles the language and its texts: English is fetched on first use and
   * the update (and `updateComplete`) waits for it — one render, in the right language.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.shown.beforeUpdate(this, () => super.scheduleUpdate());
  }

  /** Level of the step headings (one below the widget title). */
  protected get level(): number {
    return this.config.headingLevel + 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.abort = new AbortController();
    this.signal = this.abort.signal;
    this.stopLangWatch = onLangChange(() => {
      this.shown.retry();
      this.requestUpdate();
    });
    window.addEventListener('pageshow', this.onPageShow);
    if (!this.step) this.step = this.steps[0]!.id;
    // A reconnected element looks up its client again in the next update.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.stopLangWatch?.();
    window.removeEventListener('pageshow', this.onPageShow);
    // A later reconnect must look for its client again (and resume a login if one is pending).
    this.client = undefined;
    this.session.setClient(undefined);
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
      this.reportConfigIssues();
      if (this.renderRoot instanceof ShadowRoot) {
        adoptStyles(this.renderRoot, [themeStyles[config.theme], ...(this.constructor as typeof LitElement).elementStyles]);
      }
      this.connectClient();
    } else if (!this.client && this.isConnected && !this.configIssues.some(isBlocking)) {
      this.connectClient();
    }
  }

  private reportConfigIssues(): void {
    const key = JSON.stringify(this.configIssues);
    if (this.configIssues.length === 0 || key === this.warnedFor) return;
    this.warnedFor = key;
    const lines = [...issueLines(this.configIssues, undefined, 'de'), ...issueLines(this.configIssues, undefined, 'en')];
    console.warn(`[vois-online] <${this.localName}>: Konfigurationsfehler / configuration error\n- ${lines.join('\n- ')}`);
    this.dispatchEvent(new VoisErrorEvent({ service: this.service, kind: 'config', code: 'CONFIG' }));
  }

  private connectClient(): void {
    const blocked = this.configIssues.some(isBlocking);
    const next = blocked || !this.isConnected
      ? undefined
      : clientFor({ api: this.config.api, kommune: this.config.kommune, fetch: this.fetch, tuning: this.clientTuning });
    if (next === this.client) return;
    this.client = next;
    this.serverIssue = undefined;
    this.session.setClient(next);
    if (next) void this.startWith(next);
  }

  /** First contact with a client: the municipality's public data, then a pending login return. */
  private async startWith(client: VoisClient): Promise<void> {
    void this.loadKommune(client);
    const pending = pageLogin(client);
    if (!pending || pending.claimed) return;
    this.loadingText = this.t.login.checking;
    this.busy = 'loading';
    let result;
    try {
      result = await pending.promise;
    } catch (error) {
      this.busy = undefined;
      // Every widget sharing the client waits for the same answer; one of them reports a failure.
      if (pending.claimed || client !== this.client) return;
      pending.claimed = true;
      this.showError(error);
      return;
    }
    this.busy = undefined;
    if (!result || pending.claimed || client !== this.client || result.flow.widget !== this.localName) return;
    pending.claimed = true;
    const flow = result.flow;
    await this.run(() => this.begin(flow), 'loading');
  }

  private async loadKommune(client: VoisClient): Promise<void> {
    try {
      const config = await client.getKommune({ params: { ags: client.options.kommune }, ...this.signalInput() });
      if (client !== this.client) return;
      this.kommuneConfig = config;
      if (!config.services.includes(this.service) && this.step === this.steps[0]!.id) this.refuse('SERVICE_DISABLED');
    } catch (error) {
      if (client !== this.client || !(error instanceof VoisError)) return;
      // Problems of the embedding, not of the citizen: tell the webmaster.
      if (error.code === 'UNKNOWN_KOMMUNE' || error.code === 'NOT_FOUND') this.serverIssue = { kind: 'unknown-kommune', kommune: client.options.kommune };
      else if (error.code === 'ORIGIN_NOT_ALLOWED') this.serverIssue = { kind: 'origin-not-allowed', kommune: client.options.kommune };
      else return; // Network trouble: the contact card falls back to a generic sentence; the flow reports errors itself.
      console.warn(`[vois-online] <${this.localName}>: ${issueLines([], this.serverIssue, 'de')[0]} / ${issueLines([], this.serverIssue, 'en')[0]}`);
      this.dispatchEvent(new VoisErrorEvent({ service: this.service, kind: 'config', code: error.code }));
    }
  }

  protected signalInput(): { signal?: AbortSignal } {
    return this.signal ? { signal: this.signal } : {};
  }

  // ---------------------------------------------------------------- flow

  /** Moves to a step: clears errors, focuses the step heading, tells the page. */
  protected goTo(step: string): void {
    this.step = step;
    this.problem = undefined;
    this.refusal = undefined;
    this.retryTask = undefined;
    this.focusSoon('#step-heading');
    const index = this.steps.findIndex((s) => s.id === step);
    this.dispatchEvent(new VoisStepEvent({ service: this.service, step, index: index + 1, total: this.steps.length }));
  }

  protected complete(detail: Omit<VoisCompleteDetail, 'service'>): void {
    this.dispatchEvent(new VoisCompleteEvent({ service: this.service, ...detail }));
  }

  /** Ends the service for this person with an explained refusal and the Bürgerbüro's contact. */
  protected refuse(code: ProblemCode): void {
    this.showRefusal(code);
    this.dispatchEvent(new VoisErrorEvent({ service: this.service, kind: 'rule', code }));
  }

  /** `refuse` without the event, for failures whose `vois-error` is already out. */
  private showRefusal(code: ProblemCode): void {
    this.refusal = code;
    this.problem = undefined;
    // The contact card needs the municipality's data; try again if the first attempt failed.
    if (!this.kommuneConfig && this.client) void this.loadKommune(this.client);
    this.focusSoon('#refusal');
  }

  /**
   * Runs a request: sets `busy` (a second call while busy is ignored — double clicks send one
   * request), clears the last problem, and on failure renders it with a retry of the same task.
   * The element's state (the citizen's input) is never touched here.
   */
  protected async run(task: () => Promise<void>, busy: BusyKind, options: { inputKept?: boolean } = {}): Promise<void> {
    if (this.busy) return;
    this.busy = busy;
    this.problem = undefined;
    try {
      await task();
    } catch (error) {
      this.busy = undefined;
      this.showError(error, () => void this.run(task, busy, options), options.inputKept ?? false);
    } finally {
      if (this.busy === busy) this.busy = undefined;
      this.loadingText = undefined;
    }
  }

  /** Renders any failure as its specific message; `retry` is offered where repeating can help. */
  protected showError(error: unknown, retry?: () => void, inputKept = false): void {
    const e = toVoisError(error);
    if (e.kind === 'aborted' && !this.isConnected) return;
    this.dispatchEvent(new VoisErrorEvent({ service: this.service, kind: e.kind, code: e.code }));
    const stepDef = this.steps.find((s) => s.id === this.step);
    if (e.kind === 'unauthorized' && stepDef?.auth) {
      // The session controller shows what was kept; make sure it knows the session is gone.
      if (this.client?.session) this.client.setSession(undefined);
      return;
    }
    if (e.kind === 'rule') {
      if (this.handleRuleError(e)) return;
      if (REFUSAL.test(e.code)) return this.showRefusal(e.code as ProblemCode);
      if (LOGIN_PROBLEM.test(e.code)) {
        this.step = this.steps[0]!.id;
      }
    }
    this.problem = e;
    this.retryTask = retry && canRetry(e) ? retry : undefined;
    this.problemInputKept = inputKept;
    this.focusSoon(`#${PROBLEM_ID}`);
  }

  /** Hook: handle a rule refusal inside the step (e.g. mark a field); return true when handled. */
  protected handleRuleError(_error: VoisError): boolean {
    return false;
  }

  /** Hook: service-specific sentences under a refusal's text. */
  protected refusalDetails(_code: ProblemCode, _t: T): unknown {
    return nothing;
  }

  /** Hook: the citizen's choices kept in memory, in words, for the "session ended" message. */
  protected keptSummary(_t: T): string | undefined {
    return undefined;
  }

  /** Hook: drop personal data (register data, results) when the session ends. */
  protected forgetPersonalData(): void {}

  /** Hook: reset the citizen's choices (after logout). */
  protected resetFlow(): void {}

  // ---------------------------------------------------------------- login and session

  /** Starts the eID login: stores the PKCE verifier and `flowState()`, then leaves the page. */
  protected async login(): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    this.busy = 'redirect';
    this.announce(this.t.login.redirecting);
    try {
      const url = await beginLogin(client, {
        returnUrl: this.config.returnUrl ?? location.href,
        storage: loginStorage(),
        flow: { ...this.flowState(), widget: this.localName },
        lang: this.uiLang,
      });
      this.navigate(url);
    } catch (error) {
      this.busy = undefined;
      this.showError(error);
    }
  }

  /**
   * The only place the widget navigates the browser (to the login). Override it to observe or
   * redirect the navigation (tests, single-page apps, an embedding in an app's web view).
   */
  navigate(url: string): void {
    location.assign(url);
  }

  /**
   * The only place a downloaded file is handed to the browser. Override to intercept (tests,
   * an app's web view that saves files its own way).
   */
  saveFile(blob: Blob, filename: string): void {
    saveBlob(blob, filename, this.renderRoot);
  }

  /** Downloads one of the citizen's sealed PDFs (bearer header, never a token in a URL). */
  protected async savePdf(doc: DocumentRef, filePrefix: string): Promise<void> {
    const blob = await this.client!.getDocumentPdf({ params: { id: doc.id }, ...this.signalInput() });
    this.saveFile(blob, `${filePrefix}-${doc.number.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf`);
    this.announce(this.t.document.downloaded);
  }

  /** Continues with an existing session (another widget on the page has logged in). */
  protected continueWithSession(): void {
    void this.run(() => this.begin(undefined), 'loading');
  }

  protected async logout(): Promise<void> {
    const client = this.client;
    if (!client || this.busy) return;
    this.loggingOut = true;
    try {
      await client.logout(this.signalInput());
    } catch {
      // Ending the session locally is what matters to the citizen; the token expires anyway.
      client.setSession(undefined);
    } finally {
      this.loggingOut = false;
      this.forgetPersonalData();
      this.resetFlow();
      this.session.acknowledge();
      this.goTo(this.steps[0]!.id);
      this.announce(this.t.login.loggedOut);
    }
  }

  private async extendSession(): Promise<void> {
    const client = this.client;
    if (!client || this.extending) return;
    this.extending = true;
    try {
      await client.extendSession(this.signalInput());
    } catch (error) {
      this.showError(error);
    } finally {
      this.extending = false;
    }
  }

  private onSessionPhase(phase: SessionPhase, previous: SessionPhase): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (phase === 'warning') {
      const active = root?.activeElement;
      this.focusBeforeWarning = active instanceof HTMLElement ? active : undefined;
      this.focusSoon(`#${SESSION_EXTEND_ID}`, 1);
    } else if (phase === 'active' && previous === 'warning' && this.session.expiresAt) {
      this.announce(this.t.session.extended(formatLocalTime(this.session.expiresAt)));
      const back = this.focusBeforeWarning;
      this.focusBeforeWarning = undefined;
      if (back?.isConnected) this.focusSoon(back, 1);
      else this.focusSoon('#step-heading', 1);
    } else if (phase === 'ended' && !this.loggingOut) {
      const stepDef = this.steps.find((s) => s.id === this.step);
      if (stepDef?.auth && !this.refusal) {
        this.forgetPersonalData();
        this.problem = undefined;
        this.busy = undefined;
        this.focusSoon(`#${SESSION_ENDED_ID}`, 2);
        this.dispatchEvent(new VoisErrorEvent({ service: this.service, kind: 'unauthorized', code: 'SESSION_EXPIRED' }));
      } else {
        this.session.acknowledge();
      }
    }
  }

  // ---------------------------------------------------------------- focus and announcements

  /**
   * Focuses an element (selector in the shadow root, or the element) after the next render
   * that has it. A pending target of higher priority wins (the session warning beats a step
   * heading: the citizen must learn that time is running out).
   */
  protected focusSoon(target: string | HTMLElement, priority = 0): void {
    if (this.pendingFocus && this.pendingFocus.priority > priority) return;
    // Someone reading the session warning keeps their focus there; after extending it returns to the step.
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    if (priority === 0 && active?.closest(`#${SESSION_WARNING_ID}`)) {
      this.focusBeforeWarning = undefined;
      return;
    }
    this.pendingFocus = { target, priority };
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus?.target;
    if (!target) return;
    const el = typeof target === 'string' ? this.renderRoot.querySelector<HTMLElement>(target) : target;
    if (el) {
      this.pendingFocus = undefined;
      el.focus();
    }
  }

  /** Says something in the persistent polite live region (cleared first, so a repeat is read again). */
  protected announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** Focuses a field from the error summary. */
  protected focusField(fieldId: string): void {
    focusField(this.renderRoot, fieldId);
  }

  protected focusErrorSummary(): void {
    this.focusSoon(`#${ERROR_SUMMARY_ID}`);
  }

  // ---------------------------------------------------------------- rendering

  /** The step heading with "Schritt n von m" in it, focused on every step change. */
  protected stepHeading(text: string): TemplateResult {
    const index = this.steps.findIndex((s) => s.id === this.step);
    return heading(
      this.level,
      html`<span class="caption">${this.t.common.stepOf(index + 1, this.steps.length)}<span class="vh">: </span></span>${text}`,
      { id: 'step-heading', className: 'step-heading', focusable: true },
    );
  }

  /**
   * The first step, the same in every service so citizens meet one familiar page before the
   * eID login: what they get and need, key facts, the service's notes, then the login button
   * (or "continue" when another widget on the page already has a session) and the privacy link.
   */
  protected renderIntroStep(o: {
    texts: IntroTexts;
    /** Key facts as label and value, e.g. cost and duration. */
    facts: ReadonlyArray<readonly [label: string, value: string]>;
    /** Service-specific paragraphs between the key facts and the login. */
    notes: unknown;
    /** Label of the button that continues with an existing session (default: "Weiter"). */
    continueLabel?: string;
  }): TemplateResult {
    const { texts: i, facts, notes } = o;
    const t = this.t;
    const redirecting = this.busy === 'redirect';
    const subHeading = (text: string, id: string) => heading(this.level + 1, text, { id, className: 'section-heading' });
    return html`${this.stepHeading(i.heading)}
      <p class="lead">${i.lead}</p>
      <div class="intro-grid">
        <div>
          ${subHeading(i.getTitle, 'get-title')}
          <ul class="bullets" aria-labelledby="get-title">${i.get.map((x) => html`<li>${x}</li>`)}</ul>
        </div>
        <div>
          ${subHeading(i.needTitle, 'need-title')}
          <ul class="bullets" aria-labelledby="need-title">${i.need.map((x) => html`<li>${x}</li>`)}</ul>
        </div>
      </div>
      <dl class="key-facts" aria-label=${i.factsTitle}>
        ${facts.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      ${notes}
      ${this.client?.session
        ? html`<p>${t.login.alreadyLoggedIn}</p>
            <div class="button-row">
              <button type="button" class="button" part="button continue" @click=${() => this.continueWithSession()}>${o.continueLabel ?? t.common.continue}</button>
            </div>`
        : html`<div class="button-row">
              <button
                type="button"
                class="button"
                part="button login"
                aria-disabled=${redirecting ? 'true' : 'false'}
                @click=${() => void this.login()}
              >
                ${redirecting ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.login.button}
              </button>
            </div>
            <p class="login-hint">${t.login.redirectHint}</p>`}
      ${this.kommuneConfig
        ? html`<p class="privacy">
            <a href=${this.kommuneConfig.privacyUrl} target="_blank" rel="noopener">${i.privacy}<span class="vh"> ${t.common.newWindow}</span></a>
          </p>`
        : nothing}`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.uiLang;
    const titleLevel = this.config.headingLevel;
    const blocking = this.configIssues.some(isBlocking) || this.serverIssue !== undefined;
    const kommuneName = this.kommuneConfig?.name;
    return html`<div class="vois" lang=${lang} part="base">
      <div class="inner">
        <!-- Not <header>: at the top of a shadow root it would be a second banner landmark on the page. -->
        <div class="header" part="header">
          <p class="eyebrow">${kommuneName ? `${kommuneName} · ` : nothing}${t.common.service}</p>
          ${heading(titleLevel, this.ownTexts(t).title, { className: 'title' })}
        </div>
        ${blocking
          ? configMessage({ tag: this.localName, issues: this.configIssues, server: this.serverIssue, headingLevel: this.level, blocking: true })
          : html`${this.configIssues.length
              ? configMessage({ tag: this.localName, issues: this.configIssues, headingLevel: this.level, blocking: false })
              : nothing}${this.renderMain(t, lang)}`}
        <div class="vh" aria-live="polite" aria-atomic="true" part="live-region">${this.announcement}</div>
      </div>
    </div>`;
  }

  private renderMain(t: T, lang: Lang): TemplateResult {
    const level = this.level;
    if (this.refusal) return this.renderRefusal(this.refusal, t, lang, level);
    const stepDef = this.steps.find((s) => s.id === this.step);
    const index = this.steps.findIndex((s) => s.id === this.step);
    const ended = this.session.phase === 'ended' && stepDef?.auth;
    return html`${this.session.phase === 'warning' && this.session.expiresAt
        ? sessionWarning({
            t,
            time: formatLocalTime(this.session.expiresAt),
            headingLevel: level,
            busy: this.extending,
            onExtend: () => void this.extendSession(),
          })
        : nothing}
      ${progress({
        steps: this.steps.map((s) => ({ id: s.id, label: this.ownTexts(t).steps[s.id]! })),
        current: index,
        label: t.common.progressLabel,
        doneLabel: t.common.stepDone,
      })}
      <div class="body" aria-busy=${this.busy === 'loading' || this.busy === 'submitting' ? 'true' : 'false'} part="body">
        ${ended
          ? sessionEnded({ t, headingLevel: level, kept: this.keptSummary(t), onLogin: () => void this.login() })
          : html`${this.problem ? this.renderProblem(this.problem, t, lang, level) : nothing}
            ${this.busy === 'loading' ? loading(this.loadingText ?? t.common.loading) : this.renderStep(t, lang, level)}`}
      </div>`;
  }

  private renderProblem(error: VoisError, t: Catalogue, lang: Lang, level: number): TemplateResult {
    const needsContact = error.kind === 'rule' && !this.retryTask && !/^(AUTH_|C1_)/.test(error.code);
    const extra = html`${error.code === 'C2_IDENTIFICATION_FAILED'
        ? html`<p class="causes-title"><strong>${t.login.c2CausesTitle}</strong></p>
            <ul class="bullets">${t.login.c2Causes.map((c) => html`<li>${c}</li>`)}</ul>`
        : nothing}${needsContact ? contactCard(this.kommuneConfig, t, level + 1) : nothing}`;
    return problemAlert({
      error,
      lang,
      t,
      headingLevel: level,
      onRetry: this.retryTask,
      inputKept: this.problemInputKept,
      extra,
    });
  }

  private renderRefusal(code: ProblemCode, t: T, lang: Lang, level: number): TemplateResult {
    const m = messageForCode(code, lang, t);
    return notice({
      tone: 'info',
      id: 'refusal',
      focusable: true,
      role: 'region',
      part: 'refusal',
      headingLevel: level,
      title: m.title,
      body: html`<p>${m.text}</p>
        ${this.refusalDetails(code, t)} ${contactCard(this.kommuneConfig, t, level + 1)}
        ${this.client?.session
          ? html`<div class="button-row">
              <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${t.login.logout}</button>
            </div>`
          : nothing}`,
    });
  }
}

/** Whether repeating the same request can help. */
function canRetry(e: VoisError): boolean {
  return e.kind === 'network' || e.kind === 'timeout' || e.kind === 'aborted' || e.kind === 'server' || e.kind === 'contract' || e.retryable;
}

/** Anything thrown that is not a client error is a bug, not the citizen's fault: shown as INTERNAL. */
function toVoisError(error: unknown): VoisError {
  if (error instanceof VoisError) return error;
  console.error('[vois-online] unexpected error', error);
  return new ServerError({ type: 'about:blank', title: 'INTERNAL', status: 500, code: 'INTERNAL' });
}
