/**
 * `<vois-uebermittlungssperren>`: display and change the transmission blocks
 * (Übermittlungssperren, §§ 36, 42, 50 BMG).
 * Intro → eID login → the state of all five blocks, explained, with a checkbox for each one
 * that can be changed online, and the § 51/§ 52 blocks read-only (U1, U3–U7, C5) → review of
 * exactly what changes with explicit confirmation → the receipt in HTML and as a sealed PDF (U2).
 *
 * No change, no request: "Weiter" with nothing changed explains that and offers a way back;
 * the review step cannot be reached without a change.
 *
 * This module has no side effects; register the tag with `define/uebermittlungssperren.ts`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  newIdempotencyKey,
  type LoginFlow,
  type Me,
  type Sperre,
  type SperreKey,
  type SperrenReceipt,
  type SperrenState,
  type VoisError,
} from '@vois-online/client';
import { VoisServiceElement, type StepDefinition } from '../../base/service-element.ts';
import type { Lang } from '../../i18n/index.ts';
import { catalogues, type SperrenCatalogue } from './i18n.ts';
import { formatInstant, formatName } from '../../i18n/format.ts';
import { checkboxGroup } from '../../parts/fields.ts';
import { errorSummary, type SummaryError } from '../../parts/error-summary.ts';
import { summaryList, type SummaryRow } from '../../parts/summary-list.ts';
import { heading } from '../../parts/heading.ts';
import { notice } from '../../parts/notice.ts';
import { documentFacts, downloadButton } from '../../parts/document.ts';
import { blockCard, blockId, blockStyles, officeSection } from './blocks.ts';
import { receipt, receiptStyles } from './receipt.ts';
import { changesFor, desiredActive, reconcile, sameChanges, showsAll, SPERRE_KEYS, withWish } from './model.ts';
import { fromFlow, toFlow, type Attempt, type SpStep } from './flow.ts';

const FIELD_CONFIRM = 'bestaetigung';
const CONFIRMED = 'JA';
const NO_CHANGE_ID = 'no-change';
const STEP_NOTICE_ID = 'sperren-notice';
/** Refusals that mean "the register changed since you looked": reload and let the citizen decide again. */
const STALE_CODES = new Set(['U2_NO_CHANGES', 'U3_NOT_APPLICABLE', 'C5_SECURITY_BLOCK_LOCKED']);

/**
 * @summary Display and change of the transmission blocks (Übermittlungssperren) with eID login.
 *
 * @event vois-step - The citizen reached a step. `detail: { service, step, index, total }`.
 * @event vois-complete - The changes were saved. `detail: { service, documentType }`.
 * @event vois-error - An error or refusal was shown. `detail: { service, kind, code }`.
 *
 * @csspart base - The widget frame.
 * @csspart header - Municipality line and service title.
 * @csspart progress - The step indicator.
 * @csspart body - The step content (carries `aria-busy`).
 * @csspart sperre - One block (card) on the choice step.
 * @csspart notice - Every notice panel (also `info`, `warning`, `danger`, `success`).
 * @csspart problem - The error message of a failed request.
 * @csspart refusal - The message when the service is not possible online.
 * @csspart contact - The Bürgerbüro contact card.
 * @csspart error-summary - The validation error summary.
 * @csspart summary-list - The review list.
 * @csspart receipt - The receipt in HTML.
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
 * @cssprop --vois-color-surface - Notices, read-only blocks.
 * @cssprop --vois-color-border - Borders of controls and blocks.
 * @cssprop --vois-color-action - Buttons, links, progress, "gesperrt" badges, noted changes.
 * @cssprop --vois-color-action-hover - Hover of actions.
 * @cssprop --vois-color-on-action - Text on action colour.
 * @cssprop --vois-color-focus - Focus indicator.
 * @cssprop --vois-color-danger - Errors.
 * @cssprop --vois-color-success - Success and completed steps.
 * @cssprop --vois-color-warning - Warnings (session).
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
export class VoisUebermittlungssperren extends VoisServiceElement<SperrenCatalogue> {
  static override styles = [
    ...VoisServiceElement.styles,
    blockStyles,
    receiptStyles,
    css`
      .change-count {
        margin-block: var(--vois-space-5, 1.5em) 0;
        font-weight: 700;
      }
      .change-count + .notice {
        margin-block-start: var(--vois-space-4, 1em);
      }
      .review-change strong {
        display: block;
      }
    `,
  ];

  readonly service = 'uebermittlungssperren' as const;
  protected readonly steps: readonly StepDefinition[] = [
    { id: 'start', auth: false },
    { id: 'sperren', auth: true },
    { id: 'pruefen', auth: true },
    { id: 'ergebnis', auth: true },
  ];

  // The citizen's choices: kept through errors, session expiry and the login redirect.
  /** Desired state of each block the citizen changed (only real changes: see `withWish`). */
  @state() private wants = new Map<SperreKey, boolean>();
  @state() private confirmed = false;
  @state() private errors: SummaryError[] = [];
  /** "Weiter" was pressed with nothing changed: say so instead of sending anything. */
  @state() private noChange = false;
  /** Why the choice step was adjusted: the wish is already in the register, or it changed meanwhile. */
  @state() private stepNotice: 'already' | 'stale' | undefined;
  /** With `stale`: the blocks whose wish had to be dropped. */
  @state() private affected: SperreKey[] = [];
  // Personal data: in memory only, dropped when the session ends.
  @state() private me: Me | undefined;
  @state() private sperren: SperrenState | undefined;
  @state() private result: SperrenReceipt | undefined;
  /**
   * The save in flight or with an unknown outcome. Its idempotency key is reused for exactly
   * these changes (double click, retry after a lost answer, even after a new login), and a
   * different set of changes gets a new key — one key per attempt.
   */
  private attempt: Attempt | undefined;

  /** Shared texts plus this element's own section: only this element's chunk carries them. */
  protected get texts(): typeof catalogues {
    return catalogues;
  }

  protected ownTexts(t: SperrenCatalogue) {
    return t.sperren;
  }

  protected flowState(): LoginFlow {
    return toFlow(this.step as SpStep, this.wants, this.attempt);
  }

  /** The review only exists for a change: without one, every way there ends on the choice step. */
  protected override goTo(step: string): void {
    super.goTo(step === 'pruefen' && this.changes().length === 0 ? 'sperren' : step);
  }

  protected async begin(flow: LoginFlow | undefined): Promise<void> {
    const client = this.client;
    if (!client) return;
    const resume = flow ? fromFlow(flow) : undefined;
    if (resume) {
      this.wants = resume.wants;
      this.attempt = resume.attempt ?? this.attempt;
    }
    this.loadingText = this.t.sperren.loadingData;
    const me = await client.getMe(this.signalInput());
    const availability = me.services.find((s) => s.service === this.service);
    if (availability && !availability.available) {
      // C3 (deceased, moved abroad, not registered here), C4 (clerk): explained refusal.
      this.refuse(availability.reason ?? 'C4_CLERK_REQUIRED');
      return;
    }
    const current = await client.getSperren(this.signalInput());
    this.me = me;
    const { fulfilled, dropped } = this.adopt(current);
    // A save whose answer was lost may have gone through. If the register shows all of it, ask
    // for its receipt with the same key: the server replays the first answer; had it never
    // arrived, the server answers U2 and nothing changes (no legal act without confirmation).
    const lost = this.attempt;
    if (this.changes().length === 0 && lost && showsAll(current, lost.changes)) {
      await this.fetchReceipt(lost);
      return;
    }
    this.stepNotice = dropped.length ? 'stale' : fulfilled.length && this.changes().length === 0 ? 'already' : undefined;
    this.affected = dropped;
    this.goTo(resume?.step === 'pruefen' && dropped.length === 0 ? 'pruefen' : 'sperren');
  }

  /** Takes a fresh register state and re-applies the citizen's wishes to it. */
  private adopt(current: SperrenState): { fulfilled: SperreKey[]; dropped: SperreKey[] } {
    const { wants, fulfilled, dropped } = reconcile(current, this.wants);
    this.sperren = current;
    this.wants = wants;
    return { fulfilled, dropped };
  }

  private async fetchReceipt(attempt: Attempt): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      this.finish(await client.changeSperren({ body: { changes: attempt.changes }, idempotencyKey: attempt.key, ...this.signalInput() }));
    } catch (error) {
      if ((error as VoisError).code !== 'U2_NO_CHANGES') throw error;
      // Never arrived, but the register already shows the wish (another tab, the office).
      this.attempt = undefined;
      this.stepNotice = 'already';
      this.goTo('sperren');
    }
  }

  private finish(r: SperrenReceipt): void {
    this.result = r;
    this.sperren = r.state;
    this.wants = new Map();
    this.attempt = undefined;
    this.confirmed = false;
    this.goTo('ergebnis');
    this.complete({ documentType: r.document.type });
  }

  protected override keptSummary(t: SperrenCatalogue): string | undefined {
    if (this.wants.size === 0) return undefined;
    return SPERRE_KEYS.filter((k) => this.wants.has(k))
      .map((k) => t.sperren.kept.change(t.sperren.blocks[k].title, this.wants.get(k)!))
      .join(', ');
  }

  protected override forgetPersonalData(): void {
    this.me = undefined;
    this.sperren = undefined;
    this.result = undefined;
    this.noChange = false;
    this.stepNotice = undefined;
  }

  protected override resetFlow(): void {
    this.wants = new Map();
    this.attempt = undefined;
    this.confirmed = false;
    this.errors = [];
  }

  /**
   * The register changed between looking and saving (another tab, the office, a relative's
   * record): U2 (nothing left to change), U3 (no longer applicable), C5 (now locked). Not a
   * dead end: reload, re-apply the wishes and say what happened on the choice step.
   */
  protected override handleRuleError(error: VoisError): boolean {
    const client = this.client;
    if (!client || !STALE_CODES.has(error.code)) return false;
    this.attempt = undefined;
    void this.run(async () => {
      const current = await client.getSperren(this.signalInput());
      this.affected = this.adopt(current).dropped;
      this.goTo('sperren');
      this.stepNotice = this.changes().length === 0 && error.code === 'U2_NO_CHANGES' ? 'already' : 'stale';
      this.focusSoon(`#${STEP_NOTICE_ID}`);
    }, 'loading');
    return true;
  }

  // ---------------------------------------------------------------- choices

  private changes() {
    return this.sperren ? changesFor(this.sperren, this.wants) : [];
  }

  private toggle(s: Sperre, checked: boolean): void {
    this.wants = withWish(this.wants, s, checked);
    this.noChange = false;
    this.announce(this.t.sperren.choose.count(this.changes().length));
  }

  private continueToReview(): void {
    if (this.changes().length === 0) {
      // No change → no request, and no review of nothing: explain and offer the way back.
      this.noChange = true;
      this.focusSoon(`#${NO_CHANGE_ID}`);
      return;
    }
    this.noChange = false;
    this.stepNotice = undefined;
    this.confirmed = false;
    this.errors = [];
    this.goTo('pruefen');
  }

  private backToBlocks(focusKey?: SperreKey): void {
    this.noChange = false;
    const target = focusKey ?? this.sperren?.sperren.find((s) => s.changeable)?.key;
    if (this.step !== 'sperren') this.goTo('sperren');
    if (target) this.focusSoon(`#${blockId(target)}`);
  }

  private submit(): void {
    const client = this.client;
    if (!client || this.busy) return;
    if (!this.confirmed) {
      this.errors = [{ fieldId: FIELD_CONFIRM, message: this.t.sperren.review.confirmError }];
      this.focusErrorSummary();
      return;
    }
    const changes = this.changes();
    if (changes.length === 0) return this.goTo('sperren');
    if (!this.attempt || !sameChanges(this.attempt.changes, changes)) this.attempt = { key: newIdempotencyKey(), changes };
    const attempt = this.attempt;
    void this.run(
      async () => {
        const r = await client.changeSperren({ body: { changes: attempt.changes }, idempotencyKey: attempt.key, ...this.signalInput() });
        this.finish(r);
      },
      'submitting',
      { inputKept: true },
    );
  }

  private download(): void {
    const doc = this.result?.document;
    if (!this.client || !doc) return;
    void this.run(() => this.savePdf(doc, 'Uebermittlungssperren'), 'downloading');
  }

  // ---------------------------------------------------------------- rendering

  protected renderStep(t: SperrenCatalogue, lang: Lang, level: number): TemplateResult {
    switch (this.step as SpStep) {
      case 'sperren':
        return this.renderChoice(t, level);
      case 'pruefen':
        return this.renderReview(t, level);
      case 'ergebnis':
        return this.renderResult(t, lang, level);
      default:
        return this.renderIntro();
    }
  }

  private renderIntro(): TemplateResult {
    const i = this.t.sperren.intro;
    return this.renderIntroStep({
      texts: i,
      facts: [
        [i.cost, this.t.common.free],
        [i.effect, i.effectValue],
        [i.duration, i.durationValue],
      ],
      notes: html`<p class="muted">${i.officeNote}</p>`,
    });
  }

  private renderChoice(t: SperrenCatalogue, level: number): TemplateResult {
    const c = t.sperren.choose;
    const state = this.sperren;
    if (!state) return this.renderIntro();
    const register = state.register.name;
    const count = this.changes().length;
    return html`${this.stepHeading(c.heading)}
      ${this.me ? html`<p class="muted">${c.greeting(formatName(this.me.name))}</p>` : nothing}
      ${this.stepNotice
        ? notice({
            tone: this.stepNotice === 'already' ? 'info' : 'warning',
            id: STEP_NOTICE_ID,
            focusable: true,
            headingLevel: level + 1,
            title: this.stepNotice === 'already' ? c.alreadyTitle : c.staleTitle,
            body: html`<p>${this.stepNotice === 'already' ? c.alreadyText : c.staleText}</p>
              ${this.stepNotice === 'stale' && this.affected.length
                ? html`<p>${c.staleAffected(this.affected.map((k) => t.sperren.blocks[k].title).join(', '))}</p>`
                : nothing}`,
          })
        : nothing}
      <p class="lead">${c.lead}</p>
      <!-- U7: whose register is changed, before anything is chosen. -->
      <dl class="key-facts" aria-label=${c.factsTitle}>
        <div><dt>${c.register}</dt><dd>${register}</dd></div>
        <div><dt>${c.effect}</dt><dd>${c.effectValue}</dd></div>
        <div><dt>${c.cost}</dt><dd>${t.common.free}</dd></div>
      </dl>
      <p class="muted">${c.registerNote(register)}</p>
      ${heading(level + 1, c.blocksHeading, { id: 'blocks-heading', className: 'section-heading' })}
      <div class="sperren-list">
        ${state.sperren.map((s) =>
          blockCard({ sperre: s, desired: desiredActive(s, this.wants), t, level: level + 2, onToggle: (checked) => this.toggle(s, checked) }),
        )}
      </div>
      ${officeSection({
        auskunftssperre: state.auskunftssperre.active,
        bedingterSperrvermerk: state.bedingterSperrvermerk.active,
        t,
        kommune: this.kommuneConfig,
        level: level + 1,
      })}
      <p class="change-count" id="change-count">${c.count(count)}</p>
      ${this.noChange
        ? notice({
            tone: 'info',
            id: NO_CHANGE_ID,
            focusable: true,
            headingLevel: level + 1,
            title: c.noChangeTitle,
            body: html`<p>${c.noChangeText}</p>
              <div class="button-row">
                <button type="button" class="button secondary" part="button back" @click=${() => this.backToBlocks()}>${c.noChangeBack}</button>
                <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${c.noChangeDone}</button>
              </div>`,
          })
        : nothing}
      <div class="button-row">
        <button type="button" class="button" part="button continue" aria-describedby="change-count" @click=${() => this.continueToReview()}>
          ${c.continue}
        </button>
      </div>`;
  }

  private renderReview(t: SperrenCatalogue, level: number): TemplateResult {
    const r = t.sperren.review;
    const state = this.sperren;
    if (!state) return this.renderIntro();
    const changes = this.changes();
    const changed = new Set(changes.map((ch) => ch.key));
    const unchanged = state.sperren.filter((s) => !changed.has(s.key));
    const submitting = this.busy === 'submitting';
    const rows: SummaryRow[] = [
      ...(this.me ? [{ key: r.person, value: formatName(this.me.name) }] : []),
      ...changes.map((ch) => {
        const b = t.sperren.blocks[ch.key];
        return {
          key: b.title,
          value: html`<span class="review-change"><strong>${ch.active ? r.set : r.remove}</strong>${ch.active ? b.set : b.remove}</span>`,
          action: { label: t.common.change, onClick: () => this.backToBlocks(ch.key) },
        };
      }),
      ...(unchanged.length
        ? [
            {
              key: r.unchanged,
              value: html`<ul>${unchanged.map((s) => html`<li>${r.unchangedValue(t.sperren.blocks[s.key].title, s.active)}</li>`)}</ul>`,
            },
          ]
        : []),
      { key: r.register, value: state.register.name },
      { key: r.effect, value: r.effectValue },
      { key: r.cost, value: t.common.free },
    ];
    return html`${this.stepHeading(r.heading)}
      <p>${r.lead}</p>
      ${this.errors.length
        ? errorSummary({ title: t.common.errorSummaryTitle, errors: this.errors, headingLevel: level + 1, focusField: (id) => this.focusField(id) })
        : nothing}
      ${summaryList(rows)}
      ${checkboxGroup({
        id: FIELD_CONFIRM,
        legend: r.confirmLegend,
        options: [{ value: CONFIRMED, label: r.confirm(state.register.name) }],
        values: new Set(this.confirmed ? [CONFIRMED] : []),
        error: this.errors.find((e) => e.fieldId === FIELD_CONFIRM)?.message,
        errorPrefix: t.common.errorPrefix,
        onToggle: (_v, checked) => {
          this.confirmed = checked;
          if (checked) this.errors = [];
        },
      })}
      <div class="button-row">
        <button type="button" class="button" part="button submit" aria-disabled=${submitting ? 'true' : 'false'} @click=${() => this.submit()}>
          ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${r.submitting}` : r.submit}
        </button>
        <button type="button" class="button secondary" part="button back" @click=${() => !this.busy && this.goTo('sperren')}>
          ${t.common.back}
        </button>
      </div>`;
  }

  private renderResult(t: SperrenCatalogue, lang: Lang, level: number): TemplateResult {
    const result = this.result;
    if (!result) return this.renderIntro();
    const x = t.sperren.result;
    const at = formatInstant(result.effectiveAt, lang);
    return html`<div class="success-banner">${this.stepHeading(x.heading)}</div>
      <p>${x.lead(at.date, at.time)}</p>
      <div class="button-row">
        ${downloadButton({
          label: t.document.download,
          busyLabel: t.document.downloading,
          busy: this.busy === 'downloading',
          onClick: () => this.download(),
        })}
      </div>
      ${receipt(result, this.me ? formatName(this.me.name) : undefined, t, lang, level + 1)} ${documentFacts(result.document, t, lang)}
      <p class="muted">${t.document.sealed}</p>
      <div class="button-row">
        <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${t.login.logout}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vois-uebermittlungssperren': VoisUebermittlungssperren;
  }
}
