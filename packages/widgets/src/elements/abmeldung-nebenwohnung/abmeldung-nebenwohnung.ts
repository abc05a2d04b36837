/**
 * `<vois-abmeldung-nebenwohnung>`: deregistration of a secondary residence (§§ 17, 21, 24 BMG).
 * Intro → eID login → which secondary residence (A1, A2) → move-out date (A3) → children under
 * 16 at the same address (A5, a step only where there are any) → review with an explicit
 * declaration (legal act) → the Meldebestätigung in HTML and as a sealed PDF (A7).
 *
 * A8 is the heart of it: each distinct request gets one idempotency key, kept for every
 * repetition of that request (double click, "Erneut versuchen", submitting again after a lost
 * answer, even a new login in between), so the register is changed once and the citizen always
 * gets the first confirmation. Only a changed request gets a new key.
 *
 * This module has no side effects; register the tag with `define/abmeldung-nebenwohnung.ts`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  RuleError,
  newIdempotencyKey,
  type Abmeldung,
  type AbmeldungChild,
  type AbmeldungOptions,
  type AbmeldungRequest,
  type LoginFlow,
  type Me,
  type ProblemCode,
  type Residence,
  type VoisError,
} from '@vois-online/client';
import { VoisServiceElement, type StepDefinition } from '../../base/service-element.ts';
import type { Lang } from '../../i18n/index.ts';
import { catalogues, type AbmeldungCatalogue } from './i18n.ts';
import { formatAddress, formatName, formatPartialDate } from '../../i18n/format.ts';
import { checkboxGroup, dateField, radioGroup, type ChoiceOption, type DateParts } from '../../parts/fields.ts';
import { errorSummary, type SummaryError } from '../../parts/error-summary.ts';
import { summaryList, type SummaryRow } from '../../parts/summary-list.ts';
import { notice } from '../../parts/notice.ts';
import { messageForCode } from '../../parts/problem.ts';
import { documentFacts, downloadButton } from '../../parts/document.ts';
import { confirmation, confirmationStyles } from './confirmation.ts';
import { AGE_OF_MAJORITY, CHILD_AGE_LIMIT, ageOn, isLate, moveOutRule, readDate, takesEffectLater, type DatePart } from './dates.ts';
import { emptyDate, fromFlow, toFlow, type AbStep } from './flow.ts';

const FIELD_RESIDENCE = 'wohnung';
const FIELD_DATE = 'auszug';
const FIELD_CHILDREN = 'kinder';
const FIELD_CONFIRM = 'erklaerung';
const CONFIRMED = 'RICHTIG';

const ALL_STEPS: readonly StepDefinition[] = [
  { id: 'start', auth: false },
  { id: 'wohnung', auth: true },
  { id: 'datum', auth: true },
  { id: 'kinder', auth: true },
  { id: 'pruefen', auth: true },
  { id: 'ergebnis', auth: true },
];
const WITHOUT_CHILDREN = ALL_STEPS.filter((s) => s.id !== 'kinder');

/**
 * The request as the key of its idempotency key: same request, same key (A8). Built from the
 * choices alone (children sorted), so it is the same with or without the options in memory —
 * e.g. after the session ended and the personal data was dropped.
 */
const fingerprint = (r: AbmeldungRequest) => JSON.stringify([r.residenceId, r.moveOutDate, [...r.childIds].sort()]);

const oneLine = (r: Residence) => formatAddress(r.address).join(', ');

/** The date check of the date step: an ISO date, or a message and the inputs to mark. */
type DateCheck = { iso: string } | { message: string; parts: DatePart[] };

/**
 * @summary Deregistration of a secondary residence (Abmeldung einer Nebenwohnung) with eID login.
 *
 * @event vois-step - The citizen reached a step. `detail: { service, step, index, total }`.
 * @event vois-complete - The deregistration was entered. `detail: { service, documentType }`.
 * @event vois-error - An error or refusal was shown. `detail: { service, kind, code }`.
 *
 * @csspart base - The widget frame.
 * @csspart header - Municipality line and service title.
 * @csspart progress - The step indicator.
 * @csspart body - The step content (carries `aria-busy`).
 * @csspart notice - Every notice panel (also `info`, `warning`, `danger`, `success`).
 * @csspart problem - The error message of a failed request.
 * @csspart refusal - The message when the service is not possible online.
 * @csspart contact - The Bürgerbüro contact card.
 * @csspart error-summary - The validation error summary.
 * @csspart summary-list - The review list.
 * @csspart confirmation - The Meldebestätigung in HTML.
 * @csspart document-facts - Document number, issue time, verification code.
 * @csspart button - Every button (also `login`, `continue`, `submit`, `back`, `download`, `retry`, `extend`, `logout`).
 * @csspart session-warning - The warning before the session ends.
 * @csspart session-ended - The message after the session ended.
 * @csspart config-error - The message for a broken embedding.
 * @csspart loading - The loading placeholder.
 * @csspart live-region - The visually hidden polite live region.
 *
 * @cssprop --vois-font-family - Font (default: inherited from the page).
 * @cssprop --vois-color-text - Text colour.
 * @cssprop --vois-color-text-muted - Hints and captions.
 * @cssprop --vois-color-background - Background.
 * @cssprop --vois-color-surface - Notices and grouped areas.
 * @cssprop --vois-color-border - Borders of controls.
 * @cssprop --vois-color-action - Buttons, links, progress.
 * @cssprop --vois-color-action-hover - Hover of actions.
 * @cssprop --vois-color-on-action - Text on action colour.
 * @cssprop --vois-color-focus - Focus indicator.
 * @cssprop --vois-color-danger - Errors.
 * @cssprop --vois-color-success - Success and completed steps.
 * @cssprop --vois-color-warning - Warnings (late notice, session).
 * @cssprop --vois-color-info - Information notices.
 * @cssprop --vois-radius - Corner radius.
 * @cssprop --vois-focus-width - Focus outline width.
 * @cssprop --vois-space-1 - Spacing step 1 of 6 (em: 0.25); paddings and gaps.
 * @cssprop --vois-space-2 - Spacing step 2 of 6 (em: 0.5); paddings and gaps.
 * @cssprop --vois-space-3 - Spacing step 3 of 6 (em: 0.75); paddings and gaps.
 * @cssprop --vois-space-4 - Spacing step 4 of 6 (em: 1); paddings and gaps.
 * @cssprop --vois-space-5 - Spacing step 5 of 6 (em: 1.5); paddings and gaps.
 * @cssprop --vois-space-6 - Spacing step 6 of 6 (em: 2); paddings and gaps.
 * @cssprop --vois-button-background-color - Primary button background.
 * @cssprop --vois-button-label-color - Primary button text.
 */
export class VoisAbmeldungNebenwohnung extends VoisServiceElement<AbmeldungCatalogue> {
  static override styles = [
    ...VoisServiceElement.styles,
    confirmationStyles,
    css`
      .context {
        margin-block: 0 var(--vois-space-5, 1.5em);
        padding: var(--vois-space-3, 0.75em) var(--vois-space-4, 1em);
        border-inline-start: 0.25em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
        background: var(--vois-color-surface, #f3f5f8);
        overflow-wrap: anywhere;
      }
      .context-label {
        display: block;
        color: var(--vois-color-text-muted, #4b5563);
        font-size: 0.9375em;
      }
      .effect {
        margin-block: calc(-1 * var(--vois-space-3, 0.75em)) var(--vois-space-5, 1.5em);
        font-weight: 700;
      }
      .review-note {
        display: block;
        color: var(--vois-color-text-muted, #4b5563);
        font-size: 0.9375em;
      }
      .summary-value {
        overflow-wrap: anywhere;
      }
      .declaration {
        margin-block-start: var(--vois-space-5, 1.5em);
      }
    `,
  ];

  readonly service = 'abmeldung-nebenwohnung' as const;

  /**
   * The children step exists only where children could be included: before the options are
   * known it is counted (a total that shrinks is kinder than one that grows), afterwards only
   * when a child is registered at the chosen residence (eligible or not — the reason is shown).
   */
  protected get steps(): readonly StepDefinition[] {
    return this.childStepNeeded() ? ALL_STEPS : WITHOUT_CHILDREN;
  }

  // The citizen's choices: opaque ids and the date as typed. Kept through errors, expiry and the login.
  @state() private residenceId: string | undefined;
  @state() private date: DateParts = emptyDate();
  @state() private childIds = new Set<string>();
  /** The request the declaration was given for: a changed request needs a new declaration. */
  @state() private confirmedFor: string | undefined;
  @state() private errors: SummaryError[] = [];
  @state() private invalidDateParts: DatePart[] | undefined;
  /** Came from the review through "Ändern": "Weiter" returns there. */
  @state() private editing = false;
  // Personal data: in memory only, dropped when the session ends.
  @state() private me: Me | undefined;
  @state() private options: AbmeldungOptions | undefined;
  @state() private result: Abmeldung | undefined;
  /** A8: request fingerprint → idempotency key, for as long as this flow lives. */
  private readonly keys = new Map<string, string>();
  /** A request was sent in this flow (explains a residence that has meanwhile disappeared). */
  private attempted = false;
  /** The residence of an earlier attempt is no longer offered: probably already deregistered. */
  @state() private attemptGone = false;
  private lateAnnounced = false;

  /** Shared texts plus this element's own section: only this element's chunk carries them. */
  protected get texts(): typeof catalogues {
    return catalogues;
  }

  protected ownTexts(t: AbmeldungCatalogue) {
    return t.abmeldung;
  }

  protected flowState(): LoginFlow {
    const fp = this.choicesFingerprint();
    const key = fp ? this.keys.get(fp) : undefined;
    return toFlow(this.step as AbStep, { residenceId: this.residenceId, date: this.date, childIds: [...this.childIds] }, key);
  }

  protected async begin(flow: LoginFlow | undefined): Promise<void> {
    const client = this.client;
    if (!client) return;
    // Back from the login after the result page: the flow is finished, start afresh.
    const resume = flow && flow.step !== 'ergebnis' ? fromFlow(flow) : undefined;
    if (resume) {
      this.residenceId = resume.choices.residenceId;
      this.date = resume.choices.date;
      this.childIds = new Set(resume.choices.childIds);
      this.attempted ||= resume.key !== undefined;
    }
    this.loadingText = this.t.abmeldung.loadingData;
    const me = await client.getMe(this.signalInput());
    const availability = me.services.find((s) => s.service === this.service);
    if (availability && !availability.available) {
      // C3, C4, A1 (none), A2 (other authority), A6 (guardian): explained, with the contact.
      this.refuse(availability.reason ?? 'C4_CLERK_REQUIRED');
      return;
    }
    const options = await client.getAbmeldungOptions(this.signalInput());
    if (options.residences.length === 0) {
      this.refuse('A1_NO_SECONDARY_RESIDENCE');
      return;
    }
    this.me = me;
    this.options = options;
    const chosenBefore = this.residenceId !== undefined;
    const unchanged = this.dropUnavailableChoices();
    // One residence is preselected (still shown) — never in place of one chosen before that has gone.
    if (!chosenBefore && options.residences.length === 1) this.residenceId = options.residences[0]!.id;
    // The same request as before the login keeps its key: a lost answer is then replayed, not repeated.
    const fp = this.choicesFingerprint();
    if (resume?.key && unchanged && fp) this.keys.set(fp, resume.key);
    this.goToStep(this.resumeStep(resume?.step));
  }

  /** The earliest of the wanted step and the first step that still lacks an answer. */
  private resumeStep(wanted: AbStep | undefined): AbStep {
    const order = this.steps.map((s) => s.id as AbStep);
    const target: AbStep = wanted && order.includes(wanted) ? wanted : wanted === 'kinder' ? 'pruefen' : 'wohnung';
    const incomplete: AbStep | undefined = !this.residenceId ? 'wohnung' : !('iso' in this.checkDate()) ? 'datum' : undefined;
    if (!incomplete) return target;
    return order.indexOf(incomplete) < order.indexOf(target) ? incomplete : target;
  }

  /**
   * Drops choices the register no longer allows (residence gone, child not eligible there).
   * Returns whether everything was kept.
   */
  private dropUnavailableChoices(): boolean {
    const options = this.options;
    if (!options) return false;
    let kept = true;
    if (this.residenceId && !options.residences.some((r) => r.id === this.residenceId)) {
      // An earlier attempt's residence has gone: most likely that attempt went through (A8).
      this.attemptGone = this.attempted;
      this.residenceId = undefined;
      kept = false;
    }
    const allowed = new Set(this.childrenHere().filter((c) => c.eligible).map((c) => c.id));
    const children = [...this.childIds].filter((id) => allowed.has(id));
    if (children.length !== this.childIds.size) {
      this.childIds = new Set(children);
      kept = false;
    }
    return kept;
  }

  protected override keptSummary(t: AbmeldungCatalogue): string | undefined {
    if (this.step === 'ergebnis') return undefined;
    const k = t.abmeldung.kept;
    const parts: string[] = [];
    if (this.residenceId) parts.push(k.residence);
    const read = readDate(this.date);
    if ('iso' in read) parts.push(k.date(formatPartialDate(read.iso, this.uiLang)));
    if (this.childIds.size) parts.push(k.children(this.childIds.size));
    return parts.length ? parts.join(', ') : undefined;
  }

  protected override forgetPersonalData(): void {
    this.me = undefined;
    this.options = undefined;
    this.result = undefined;
  }

  protected override resetFlow(): void {
    this.residenceId = undefined;
    this.date = emptyDate();
    this.childIds = new Set();
    this.confirmedFor = undefined;
    this.errors = [];
    this.invalidDateParts = undefined;
    this.editing = false;
    this.keys.clear();
    this.attempted = false;
    this.attemptGone = false;
  }

  /**
   * Refusals of the submitted request that the citizen can fix go back to the step with the
   * field, as an error there (A1, A3, A5); a child the register no longer allows (C4 at a child)
   * is a problem of that child, not a refusal of the whole service.
   */
  protected override handleRuleError(error: VoisError): boolean {
    if (this.step !== 'pruefen' || !(error instanceof RuleError)) return false;
    const a = this.t.abmeldung;
    const pointer = error.problem.fields?.[0]?.pointer ?? '';
    const code = error.code as ProblemCode;
    if (code === 'IDEMPOTENCY_KEY_REUSED') {
      // Should not happen (keys follow the request); a fresh key makes the next attempt valid.
      const fp = this.choicesFingerprint();
      if (fp) this.keys.delete(fp);
      return false;
    }
    if (pointer.startsWith('/childIds/') && (code.startsWith('A5_') || code.startsWith('C4_'))) {
      this.fieldError('kinder', FIELD_CHILDREN, a.children.errorIneligible);
      this.reloadOptions();
      return true;
    }
    switch (code) {
      case 'A3_MOVE_OUT_TOO_FAR_AHEAD':
      case 'A3_MOVE_OUT_BEFORE_MOVE_IN': {
        if (pointer.startsWith('/childIds/')) {
          this.fieldError('datum', FIELD_DATE, a.date.errorBeforeChildMoveIn);
          return true;
        }
        // The register's today may have moved on since the options were loaded (midnight): the
        // server's own words first, then the exact limit from fresh options.
        const check = this.checkDate();
        const message = 'message' in check ? check.message : code === 'A3_MOVE_OUT_TOO_FAR_AHEAD'
          ? messageForCode(code, this.uiLang, this.t).text
          : a.date.errorBeforeMoveInUnknown;
        this.fieldError('datum', FIELD_DATE, message);
        this.invalidDateParts = ['day', 'month', 'year'];
        this.reloadOptions(() => {
          const again = this.checkDate();
          if ('message' in again && this.step === 'datum') this.errors = [{ fieldId: FIELD_DATE, message: again.message }];
        });
        return true;
      }
      case 'A1_NOT_A_SECONDARY_RESIDENCE':
        this.residenceId = undefined;
        this.fieldError('wohnung', FIELD_RESIDENCE, a.residence.errorGone);
        this.reloadOptions();
        return true;
      default:
        return false;
    }
  }

  protected override refusalDetails(code: ProblemCode, t: AbmeldungCatalogue): unknown {
    const n = t.abmeldung.notice;
    if (code.startsWith('C3_') || code.startsWith('C4_')) return html`<p>${n.clerk}</p>`;
    if (code === 'A6_LEGAL_GUARDIAN') return html`<p>${n.guardian}</p>`;
    // After a sent attempt "no secondary residence" most likely means: that attempt went through.
    if (code === 'A1_NO_SECONDARY_RESIDENCE' && this.attempted) return html`<p>${n.alreadyDone}</p>`;
    return nothing;
  }

  // ---------------------------------------------------------------- data helpers

  private residence(): Residence | undefined {
    return this.options?.residences.find((r) => r.id === this.residenceId);
  }

  /** Children registered with the citizen at the chosen residence (all, when none is chosen yet). */
  private childrenHere(): AbmeldungChild[] {
    const children = this.options?.children ?? [];
    return this.residenceId ? children.filter((c) => c.residenceIds.includes(this.residenceId!)) : children;
  }

  private childStepNeeded(): boolean {
    return !this.options || this.childrenHere().length > 0;
  }

  /** The move-out date read and checked against A3 (limits from the server's today). */
  private checkDate(): DateCheck {
    const d = this.t.abmeldung.date;
    const read = readDate(this.date);
    if ('error' in read) {
      const { kind, parts } = read.error;
      if (kind === 'empty') return { message: d.errorEmpty, parts };
      if (kind === 'missing') return { message: d.errorMissing(parts.map((p) => d.missing[p]).join(` ${d.and} `)), parts };
      if (kind === 'year') return { message: d.errorYear, parts };
      return { message: d.errorReal, parts };
    }
    const options = this.options;
    if (!options) return read;
    const moveIn = this.residence()?.moveInDate;
    const rule = moveOutRule(read.iso, { latest: options.latestMoveOutDate, moveIn });
    const all: DatePart[] = ['day', 'month', 'year'];
    if (rule === 'tooFar') return { message: d.errorTooFar(formatPartialDate(options.latestMoveOutDate, this.uiLang)), parts: all };
    if (rule === 'beforeMoveIn') return { message: d.errorBeforeMoveIn(formatPartialDate(moveIn!, this.uiLang)), parts: all };
    return read;
  }

  /** The request, once residence and a valid date are known; children in the register's order. */
  private request(): AbmeldungRequest | undefined {
    const check = this.checkDate();
    if (!this.residenceId || !('iso' in check)) return undefined;
    const eligible = this.childrenHere().filter((c) => c.eligible && this.childIds.has(c.id));
    return { residenceId: this.residenceId, moveOutDate: check.iso, childIds: eligible.map((c) => c.id) };
  }

  /** Fingerprint of the current choices (independent of the options in memory). */
  private choicesFingerprint(): string | undefined {
    const read = readDate(this.date);
    if (!this.residenceId || !('iso' in read)) return undefined;
    return fingerprint({ residenceId: this.residenceId, moveOutDate: read.iso, childIds: [...this.childIds] });
  }

  private reloadOptions(after?: () => void): void {
    void this.client
      ?.getAbmeldungOptions(this.signalInput())
      .then((o) => {
        this.options = o;
        this.dropUnavailableChoices();
        after?.();
      })
      .catch(() => undefined);
  }

  // ---------------------------------------------------------------- navigation and validation

  private goToStep(step: AbStep): void {
    this.errors = [];
    this.invalidDateParts = undefined;
    this.goTo(step);
  }

  /** Back to a step with an error at its field, the error summary focused. */
  private fieldError(step: AbStep, fieldId: string, message: string): void {
    this.editing = true;
    this.goToStep(step);
    this.errors = [{ fieldId, message }];
    this.focusErrorSummary();
  }

  private edit(step: AbStep): void {
    if (this.busy) return;
    this.editing = true;
    this.goToStep(step);
  }

  private showErrors(errors: SummaryError[], parts?: DatePart[]): boolean {
    this.errors = errors;
    this.invalidDateParts = parts;
    if (errors.length) this.focusErrorSummary();
    return errors.length === 0;
  }

  private continueFromResidence(): void {
    if (!this.showErrors(this.residenceId ? [] : [{ fieldId: FIELD_RESIDENCE, message: this.t.abmeldung.residence.error }])) return;
    this.goToStep(this.editing ? 'pruefen' : 'datum');
  }

  private continueFromDate(): void {
    const check = this.checkDate();
    if ('message' in check) {
      this.showErrors([{ fieldId: FIELD_DATE, message: check.message }], check.parts);
      return;
    }
    this.showErrors([]);
    this.goToStep(this.editing || !this.childStepNeeded() ? 'pruefen' : 'kinder');
  }

  private continueFromChildren(): void {
    this.goToStep('pruefen');
  }

  private back(to: AbStep): void {
    if (this.busy) return;
    this.editing = false;
    this.goToStep(to);
  }

  private onResidence(id: string): void {
    if (id === this.residenceId) return;
    this.residenceId = id;
    // Another residence: other move-in date and other children, so walk through the next steps again.
    this.editing = false;
    this.childIds = new Set([...this.childIds].filter((c) => this.childrenHere().some((x) => x.id === c && x.eligible)));
    if (this.errors.length) this.errors = [];
  }

  private onDate(value: DateParts): void {
    this.date = value;
    const check = this.checkDate();
    // Errors shown after "Weiter" follow the input; new ones are only shown on the next "Weiter".
    if (this.errors.length) {
      if ('message' in check) {
        this.errors = [{ fieldId: FIELD_DATE, message: check.message }];
        this.invalidDateParts = check.parts;
      } else {
        this.errors = [];
        this.invalidDateParts = undefined;
      }
    }
    const late = 'iso' in check && !!this.options && isLate(check.iso, this.options.today);
    if (late && !this.lateAnnounced) this.announce(this.t.abmeldung.date.lateTitle);
    this.lateAnnounced = late;
  }

  private onChild(id: string, checked: boolean): void {
    const next = new Set(this.childIds);
    if (checked) next.add(id);
    else next.delete(id);
    this.childIds = next;
  }

  // ---------------------------------------------------------------- submit and download

  private submit(): void {
    const client = this.client;
    if (!client || this.busy) return;
    const request = this.request();
    if (!request) {
      this.goToStep(this.resumeStep('pruefen'));
      return;
    }
    const fp = this.choicesFingerprint()!;
    if (!this.showErrors(this.confirmedFor === fp ? [] : [{ fieldId: FIELD_CONFIRM, message: this.t.abmeldung.review.errorConfirm }])) return;
    let key = this.keys.get(fp);
    if (!key) {
      key = newIdempotencyKey();
      this.keys.set(fp, key);
    }
    const idempotencyKey = key;
    this.attempted = true;
    void this.run(
      async () => {
        const result = await client.createAbmeldung({ body: request, idempotencyKey, ...this.signalInput() });
        this.result = result;
        this.editing = false;
        this.goTo('ergebnis');
        this.complete({ documentType: result.document.type });
      },
      'submitting',
      { inputKept: true },
    );
  }

  private download(): void {
    const doc = this.result?.document;
    if (!this.client || !doc) return;
    void this.run(() => this.savePdf(doc, 'Meldebestaetigung'), 'downloading');
  }

  // ---------------------------------------------------------------- rendering

  protected renderStep(t: AbmeldungCatalogue, lang: Lang, level: number): TemplateResult {
    // Steps after the login need the options; without them (never expected) the intro is safe.
    if (this.step !== 'start' && this.step !== 'ergebnis' && !this.options) return this.renderIntro();
    switch (this.step as AbStep) {
      case 'wohnung':
        return this.renderResidence(t, lang);
      case 'datum':
        return this.renderDate(t, lang, level);
      case 'kinder':
        return this.renderChildren(t, lang, level);
      case 'pruefen':
        return this.renderReview(t, lang);
      case 'ergebnis':
        return this.renderResult(t, lang, level);
      default:
        return this.renderIntro();
    }
  }

  private summary(t: AbmeldungCatalogue): TemplateResult | typeof nothing {
    return this.errors.length
      ? errorSummary({ title: t.common.errorSummaryTitle, errors: this.errors, headingLevel: this.level + 1, focusField: (id) => this.focusField(id) })
      : nothing;
  }

  private errorFor(id: string): string | undefined {
    return this.errors.find((e) => e.fieldId === id)?.message;
  }

  private buttons(t: AbmeldungCatalogue, onContinue: () => void, back?: AbStep): TemplateResult {
    return html`<div class="button-row">
      <button type="button" class="button" part="button continue" @click=${onContinue}>${t.common.continue}</button>
      ${back && !this.editing
        ? html`<button type="button" class="button secondary" part="button back" @click=${() => this.back(back)}>${t.common.back}</button>`
        : nothing}
    </div>`;
  }

  private renderIntro(): TemplateResult {
    const i = this.t.abmeldung.intro;
    return this.renderIntroStep({
      texts: i,
      facts: [
        [i.cost, this.t.common.free],
        [i.duration, i.durationValue],
        [i.when, i.whenValue],
      ],
      notes: html`<p>${i.childrenNote}</p>
        <p class="muted">${i.mainNote}</p>`,
    });
  }

  private residenceMeta(r: Residence, t: AbmeldungCatalogue, lang: Lang): string {
    return t.abmeldung.residence.meta(r.authority.name, r.moveInDate ? formatPartialDate(r.moveInDate, lang) : undefined);
  }

  private renderResidence(t: AbmeldungCatalogue, lang: Lang): TemplateResult {
    const r = t.abmeldung.residence;
    const residences = this.options?.residences ?? [];
    const options: ChoiceOption[] = residences.map((res) => ({ value: res.id, label: oneLine(res), hint: this.residenceMeta(res, t, lang) }));
    return html`${this.stepHeading(r.heading)}
      ${this.me ? html`<p class="muted">${r.greeting(formatName(this.me.name))}</p>` : nothing}
      ${this.attemptGone
        ? notice({ tone: 'info', headingLevel: this.level + 1, title: r.alreadyDoneTitle, body: html`<p>${r.alreadyDone}</p>` })
        : nothing}
      ${this.summary(t)}
      ${radioGroup({
        id: FIELD_RESIDENCE,
        legend: r.legend,
        hint: residences.length === 1 ? r.hintOne : r.hintMany,
        options,
        value: this.residenceId,
        error: this.errorFor(FIELD_RESIDENCE),
        errorPrefix: t.common.errorPrefix,
        onChange: (v) => this.onResidence(v),
      })}
      <p class="muted">${r.mainNotListed}</p>
      ${this.buttons(t, () => this.continueFromResidence())}`;
  }

  /** What the date means: effect now or later (A4), and the late notice (A3). */
  private dateEffect(iso: string, t: AbmeldungCatalogue, lang: Lang): { effect: string; late: boolean } {
    const today = this.options?.today ?? iso;
    const d = t.abmeldung.date;
    const date = formatPartialDate(iso, lang);
    return {
      effect: takesEffectLater(iso, today) ? d.effectLater(date) : iso < today ? d.effectPast(date) : d.effectNow,
      late: isLate(iso, today),
    };
  }

  private lateNotice(t: AbmeldungCatalogue): TemplateResult {
    const d = t.abmeldung.date;
    return notice({ tone: 'warning', id: 'late-notice', headingLevel: this.level + 1, title: d.lateTitle, body: html`<p>${d.lateText}</p>` });
  }

  private renderDate(t: AbmeldungCatalogue, lang: Lang, _level: number): TemplateResult {
    const d = t.abmeldung.date;
    const residence = this.residence();
    const options = this.options!;
    const moveIn = residence?.moveInDate ? formatPartialDate(residence.moveInDate, lang) : undefined;
    const check = this.checkDate();
    const valid = 'iso' in check ? this.dateEffect(check.iso, t, lang) : undefined;
    return html`${this.stepHeading(d.heading)}
      ${residence
        ? html`<p class="context"><span class="context-label">${d.residence}</span><strong>${oneLine(residence)}</strong></p>`
        : nothing}
      ${this.summary(t)}
      ${dateField({
        id: FIELD_DATE,
        legend: d.legend,
        hint: `${t.common.dateExample}. ${d.hint(moveIn, formatPartialDate(options.latestMoveOutDate, lang))}`,
        value: this.date,
        labels: { day: t.common.day, month: t.common.month, year: t.common.year },
        error: this.errorFor(FIELD_DATE),
        errorPrefix: t.common.errorPrefix,
        invalidParts: this.invalidDateParts,
        onInput: (v) => this.onDate(v),
      })}
      ${valid ? html`<p class="effect">${valid.effect}</p>` : nothing} ${valid?.late ? this.lateNotice(t) : nothing}
      ${this.buttons(t, () => this.continueFromDate(), 'wohnung')}`;
  }

  /** Why a child cannot be included, in words that say what to do instead (A5). */
  private childReason(c: AbmeldungChild, t: AbmeldungCatalogue): string {
    const k = t.abmeldung.children;
    if (c.reason?.startsWith('C4_')) return k.reasonClerk;
    const age = ageOn(c.dateOfBirth, this.options?.today ?? '9999-12-31');
    return age >= AGE_OF_MAJORITY ? k.reasonAdult : age >= CHILD_AGE_LIMIT ? k.reasonTeen : k.reasonClerk;
  }

  private renderChildren(t: AbmeldungCatalogue, lang: Lang, level: number): TemplateResult {
    const k = t.abmeldung.children;
    const residence = this.residence();
    const options: ChoiceOption[] = this.childrenHere().map((c) => ({
      value: c.id,
      label: k.label(formatName(c.name), formatPartialDate(c.dateOfBirth, lang)),
      hint: c.eligible ? undefined : this.childReason(c, t),
      disabled: !c.eligible,
    }));
    return html`${this.stepHeading(k.heading)}
      ${residence
        ? html`<p class="context"><span class="context-label">${t.abmeldung.date.residence}</span><strong>${oneLine(residence)}</strong></p>`
        : nothing}
      ${this.summary(t)}
      ${checkboxGroup({
        id: FIELD_CHILDREN,
        legend: k.legend,
        hint: k.hint,
        options,
        values: this.childIds,
        error: this.errorFor(FIELD_CHILDREN),
        errorPrefix: t.common.errorPrefix,
        onToggle: (v, checked) => this.onChild(v, checked),
      })}
      ${notice({
        tone: 'info',
        headingLevel: level + 1,
        title: k.rulesTitle,
        body: html`<ul class="bullets">${k.rules.map((x) => html`<li>${x}</li>`)}</ul>`,
      })}
      ${this.buttons(t, () => this.continueFromChildren(), 'datum')}`;
  }

  private renderReview(t: AbmeldungCatalogue, lang: Lang): TemplateResult {
    const r = t.abmeldung.review;
    const request = this.request();
    const residence = this.residence();
    const submitting = this.busy === 'submitting';
    const change = (step: AbStep) => ({ label: t.common.change, onClick: () => this.edit(step) });
    const children = this.childrenHere().filter((c) => request?.childIds.includes(c.id));
    const effect = request ? this.dateEffect(request.moveOutDate, t, lang) : undefined;
    const fp = this.choicesFingerprint();
    const rows: SummaryRow[] = [
      ...(this.me ? [{ key: r.person, value: formatName(this.me.name) }] : []),
      {
        key: r.residence,
        value: residence ? html`${oneLine(residence)}<span class="review-note">${this.residenceMeta(residence, t, lang)}</span>` : '',
        action: change('wohnung'),
      },
      {
        key: r.moveOutDate,
        value: request && effect
          ? html`${formatPartialDate(request.moveOutDate, lang)}<span class="review-note">${effect.effect}</span>${effect.late
                ? html`<span class="review-note">${t.abmeldung.date.lateTitle}</span>`
                : nothing}`
          : '',
        action: change('datum'),
      },
      ...(this.childStepNeeded()
        ? [
            {
              key: r.children,
              value: children.length
                ? html`<ul>${children.map((c) => html`<li>${formatName(c.name)}</li>`)}</ul>`
                : r.none,
              action: change('kinder'),
            },
          ]
        : []),
      ...(this.kommuneConfig ? [{ key: r.authority, value: this.kommuneConfig.name }] : []),
      { key: r.cost, value: t.common.free },
    ];
    return html`${this.stepHeading(r.heading)}
      <p>${r.lead}</p>
      ${this.summary(t)} ${summaryList(rows)}
      <div class="declaration">
        ${checkboxGroup({
          id: FIELD_CONFIRM,
          legend: r.confirmLegend,
          options: [{ value: CONFIRMED, label: r.confirm }],
          values: new Set(fp && this.confirmedFor === fp ? [CONFIRMED] : []),
          error: this.errorFor(FIELD_CONFIRM),
          errorPrefix: t.common.errorPrefix,
          onToggle: (_v, checked) => {
            this.confirmedFor = checked ? fp : undefined;
            if (checked && this.errors.length) this.errors = [];
          },
        })}
      </div>
      ${this.problem && this.problem.kind !== 'rule' && this.problem.kind !== 'unauthorized'
        ? html`<p class="muted">${r.retrySafe}</p>`
        : nothing}
      <div class="button-row">
        <button
          type="button"
          class="button"
          part="button submit"
          aria-disabled=${submitting ? 'true' : 'false'}
          @click=${() => this.submit()}
        >
          ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${r.submitting}` : r.submit}
        </button>
        <button
          type="button"
          class="button secondary"
          part="button back"
          @click=${() => this.back(this.childStepNeeded() ? 'kinder' : 'datum')}
        >
          ${t.common.back}
        </button>
      </div>`;
  }

  private renderResult(t: AbmeldungCatalogue, lang: Lang, level: number): TemplateResult {
    const result = this.result;
    if (!result) return this.renderIntro();
    const r = t.abmeldung.result;
    const date = formatPartialDate(result.moveOutDate, lang);
    const done = result.state === 'WIRKSAM';
    return html`<div class="success-banner">${this.stepHeading(done ? r.headingDone : r.headingPending)}</div>
      <p>${done ? r.leadDone(date) : r.leadPending(date)}</p>
      ${result.late ? html`<p>${r.lateNote}</p>` : nothing}
      <div class="button-row">
        ${downloadButton({
          label: t.document.download,
          busyLabel: t.document.downloading,
          busy: this.busy === 'downloading',
          onClick: () => this.download(),
        })}
      </div>
      ${confirmation(result, t, lang, level + 1)} ${documentFacts(result.document, t, lang)}
      <p class="muted">${t.document.verifyHint} ${t.document.sealed}</p>
      <p>${r.keepNote}</p>
      <div class="button-row">
        <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${r.logout}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vois-abmeldung-nebenwohnung': VoisAbmeldungNebenwohnung;
  }
}
