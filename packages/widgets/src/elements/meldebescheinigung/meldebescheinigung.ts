/**
 * `<vois-meldebescheinigung>`: the electronic registration certificate (§ 18 BMG).
 * Intro → eID login → basic or extended certificate (extra items, M3) → review → the
 * certificate in HTML and as a sealed PDF with its verification code (M5).
 *
 * This module has no side effects; register the tag with `define/meldebescheinigung.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  newIdempotencyKey,
  type LoginFlow,
  type Me,
  type Meldebescheinigung,
  type MeldebescheinigungOptions,
  type MeldebescheinigungRequest,
  type ProblemCode,
  type VoisError,
  type ZusatzAngabe,
} from '@vois-online/client';
import { VoisServiceElement, type StepDefinition } from '../../base/service-element.ts';
import type { Lang } from '../../i18n/index.ts';
import { catalogues, type MeldebescheinigungCatalogue } from './i18n.ts';
import { formatName } from '../../i18n/format.ts';
import { checkboxGroup, radioGroup, type ChoiceOption } from '../../parts/fields.ts';
import { errorSummary, type SummaryError } from '../../parts/error-summary.ts';
import { summaryList } from '../../parts/summary-list.ts';
import { documentFacts, downloadButton } from '../../parts/document.ts';
import { certificate, certificateStyles } from './certificate.ts';
import { fromFlow, toFlow, type MbStep } from './flow.ts';

const FIELD_ART = 'art';
const FIELD_ITEMS = 'zusatz';
const KEIN_STERBEDATUM = 'KEIN_STERBEDATUM';

/**
 * @summary Electronic registration certificate (Meldebescheinigung) with eID login.
 *
 * @event vois-step - The citizen reached a step. `detail: { service, step, index, total }`.
 * @event vois-complete - The certificate was issued. `detail: { service, documentType }`.
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
 * @csspart certificate - The certificate in HTML.
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
export class VoisMeldebescheinigung extends VoisServiceElement<MeldebescheinigungCatalogue> {
  static override styles = [
    ...VoisServiceElement.styles,
    certificateStyles,
  ];

  readonly service = 'meldebescheinigung' as const;
  protected readonly steps: readonly StepDefinition[] = [
    { id: 'start', auth: false },
    { id: 'auswahl', auth: true },
    { id: 'pruefen', auth: true },
    { id: 'ergebnis', auth: true },
  ];

  // The citizen's choices: non-personal, kept through errors, expiry and the login redirect.
  @state() private art: MeldebescheinigungRequest['art'] | undefined;
  @state() private zusatz = new Set<ZusatzAngabe>();
  @state() private keinSterbedatum = false;
  @state() private errors: SummaryError[] = [];
  // Personal data: in memory only, dropped when the session ends.
  @state() private me: Me | undefined;
  @state() private options: MeldebescheinigungOptions | undefined;
  @state() private result: Meldebescheinigung | undefined;
  /** One key per attempt: a retry after a lost answer returns the same document (M5, A8-style). */
  private idempotencyKey: string | undefined;

  /** Shared texts plus this element's own section: only this element's chunk carries them. */
  protected get texts(): typeof catalogues {
    return catalogues;
  }

  protected ownTexts(t: MeldebescheinigungCatalogue) {
    return t.meldebescheinigung;
  }

  protected flowState(): LoginFlow {
    return toFlow(this.step as MbStep, { art: this.art, zusatz: [...this.zusatz], keinSterbedatum: this.keinSterbedatum });
  }

  protected async begin(flow: LoginFlow | undefined): Promise<void> {
    const client = this.client;
    if (!client) return;
    const resume = flow ? fromFlow(flow) : undefined;
    if (resume) {
      this.art = resume.choices.art;
      this.zusatz = new Set(resume.choices.zusatz);
      this.keinSterbedatum = resume.choices.keinSterbedatum;
    }
    this.loadingText = this.t.meldebescheinigung.loadingData;
    const me = await client.getMe(this.signalInput());
    const availability = me.services.find((s) => s.service === this.service);
    if (availability && !availability.available) {
      // M1 (secondary residence only), C3 (deceased, moved abroad), C4 (clerk): explained refusal.
      this.refuse(availability.reason ?? 'C4_CLERK_REQUIRED');
      return;
    }
    const options = await client.getMeldebescheinigungOptions(this.signalInput());
    this.me = me;
    this.options = options;
    // Items chosen before the login that the register does not hold for this person are dropped.
    const available = new Set(options.zusatzAngaben.filter((z) => z.available).map((z) => z.key));
    this.zusatz = new Set([...this.zusatz].filter((k) => available.has(k)));
    this.goTo(resume?.step === 'pruefen' && this.validate().length === 0 ? 'pruefen' : 'auswahl');
  }

  protected override keptSummary(t: MeldebescheinigungCatalogue): string | undefined {
    if (!this.art) return undefined;
    const k = t.meldebescheinigung.kept;
    const extended = this.art === 'ERWEITERT';
    const parts = [k.art(extended)];
    if (extended && this.zusatz.size) parts.push(k.items(this.zusatz.size));
    if (extended && this.keinSterbedatum) parts.push(k.keinSterbedatum);
    return parts.join(', ');
  }

  protected override forgetPersonalData(): void {
    this.me = undefined;
    this.options = undefined;
    this.result = undefined;
  }

  protected override resetFlow(): void {
    this.art = undefined;
    this.zusatz = new Set();
    this.keinSterbedatum = false;
    this.errors = [];
    this.idempotencyKey = undefined;
  }

  protected override handleRuleError(error: VoisError): boolean {
    if (error.code !== 'M3_ITEM_NOT_AVAILABLE') return false;
    // The register changed between choosing and submitting: back to the choice, with the reason.
    this.goTo('auswahl');
    this.errors = [{ fieldId: FIELD_ITEMS, message: this.t.meldebescheinigung.choose.errorItemGone }];
    this.focusErrorSummary();
    this.idempotencyKey = undefined;
    void this.client
      ?.getMeldebescheinigungOptions(this.signalInput())
      .then((o) => (this.options = o))
      .catch(() => undefined);
    return true;
  }

  protected override refusalDetails(code: ProblemCode, t: MeldebescheinigungCatalogue): unknown {
    return code.startsWith('C4_') || code.startsWith('C3_') ? html`<p>${t.meldebescheinigung.notice.clerk}</p>` : nothing;
  }

  // ---------------------------------------------------------------- choices and validation

  private validate(): SummaryError[] {
    const c = this.t.meldebescheinigung.choose;
    if (!this.art) return [{ fieldId: FIELD_ART, message: c.errorArt }];
    if (this.art === 'ERWEITERT' && this.zusatz.size === 0 && !this.keinSterbedatum) return [{ fieldId: FIELD_ITEMS, message: c.errorItems }];
    return [];
  }

  /** A changed choice is a new request: it gets a new idempotency key. */
  private changed(): void {
    this.idempotencyKey = undefined;
    if (this.errors.length) this.errors = this.validate();
  }

  private continueToReview(): void {
    this.errors = this.validate();
    if (this.errors.length) {
      this.focusErrorSummary();
      return;
    }
    this.goTo('pruefen');
  }

  private request(): MeldebescheinigungRequest {
    const extended = this.art === 'ERWEITERT';
    const order = this.options?.zusatzAngaben.map((z) => z.key) ?? [...this.zusatz];
    return {
      art: this.art ?? 'EINFACH',
      zusatzAngaben: extended ? order.filter((k) => this.zusatz.has(k)) : [],
      keinSterbedatum: extended && this.keinSterbedatum,
    };
  }

  private submit(): void {
    const client = this.client;
    if (!client || this.busy) return;
    this.idempotencyKey ??= newIdempotencyKey();
    const idempotencyKey = this.idempotencyKey;
    const body = this.request();
    void this.run(
      async () => {
        const result = await client.createMeldebescheinigung({ body, idempotencyKey, ...this.signalInput() });
        this.result = result;
        this.idempotencyKey = undefined;
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
    void this.run(() => this.savePdf(doc, 'Meldebescheinigung'), 'downloading');
  }

  // ---------------------------------------------------------------- rendering

  protected renderStep(t: MeldebescheinigungCatalogue, lang: Lang, level: number): TemplateResult {
    switch (this.step as MbStep) {
      case 'auswahl':
        return this.renderChoice(t, level);
      case 'pruefen':
        return this.renderReview(t);
      case 'ergebnis':
        return this.renderResult(t, lang, level);
      default:
        return this.renderIntro();
    }
  }

  private renderIntro(): TemplateResult {
    const i = this.t.meldebescheinigung.intro;
    return this.renderIntroStep({
      texts: i,
      facts: [
        [i.cost, this.t.common.free],
        [i.duration, i.durationValue],
        [i.forWhom, i.forWhomValue],
      ],
      notes: html`<p class="muted">${i.issuerNote}</p>`,
    });
  }

  private renderChoice(t: MeldebescheinigungCatalogue, _level: number): TemplateResult {
    const c = t.meldebescheinigung.choose;
    const errorFor = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const artOptions: ChoiceOption[] = [
      { value: 'EINFACH', label: c.einfach, hint: c.einfachHint },
      { value: 'ERWEITERT', label: c.erweitert, hint: c.erweitertHint },
    ];
    const items: ChoiceOption[] = (this.options?.zusatzAngaben ?? []).map((z) => ({
      value: z.key,
      label: t.meldebescheinigung.items[z.key],
      hint: z.available ? undefined : c.unavailable,
      disabled: !z.available,
    }));
    const values = new Set<string>(this.zusatz);
    if (this.keinSterbedatum) values.add(KEIN_STERBEDATUM);
    return html`${this.stepHeading(c.heading)}
      ${this.me ? html`<p class="muted">${c.greeting(formatName(this.me.name))}</p>` : nothing}
      ${this.errors.length
        ? errorSummary({
            title: t.common.errorSummaryTitle,
            errors: this.errors,
            headingLevel: this.level + 1,
            focusField: (id) => this.focusField(id),
          })
        : nothing}
      ${radioGroup({
        id: FIELD_ART,
        legend: c.artLegend,
        options: artOptions,
        value: this.art,
        error: errorFor(FIELD_ART),
        errorPrefix: t.common.errorPrefix,
        onChange: (v) => {
          this.art = v as MeldebescheinigungRequest['art'];
          this.changed();
        },
      })}
      ${this.art === 'ERWEITERT'
        ? checkboxGroup({
            id: FIELD_ITEMS,
            legend: c.itemsLegend,
            hint: c.itemsHint,
            options: items,
            extra: [{ value: KEIN_STERBEDATUM, label: c.keinSterbedatum, hint: c.keinSterbedatumHint }],
            values,
            error: errorFor(FIELD_ITEMS),
            errorPrefix: t.common.errorPrefix,
            onToggle: (v, checked) => {
              if (v === KEIN_STERBEDATUM) this.keinSterbedatum = checked;
              else {
                const next = new Set(this.zusatz);
                if (checked) next.add(v as ZusatzAngabe);
                else next.delete(v as ZusatzAngabe);
                this.zusatz = next;
              }
              this.changed();
            },
          })
        : nothing}
      <div class="button-row">
        <button type="button" class="button" part="button continue" @click=${() => this.continueToReview()}>${t.common.continue}</button>
      </div>`;
  }

  private renderReview(t: MeldebescheinigungCatalogue): TemplateResult {
    const r = t.meldebescheinigung.review;
    const extended = this.art === 'ERWEITERT';
    const change = { label: t.common.change, onClick: () => this.goTo('auswahl') };
    const request = this.request();
    const submitting = this.busy === 'submitting';
    return html`${this.stepHeading(r.heading)}
      <p>${r.lead}</p>
      ${summaryList([
        ...(this.me ? [{ key: r.person, value: formatName(this.me.name) }] : []),
        { key: r.art, value: extended ? t.meldebescheinigung.choose.erweitert : t.meldebescheinigung.choose.einfach, action: change },
        ...(extended
          ? [
              {
                key: r.items,
                value: request.zusatzAngaben.length
                  ? html`<ul>${request.zusatzAngaben.map((k) => html`<li>${t.meldebescheinigung.items[k]}</li>`)}</ul>`
                  : r.none,
                action: change,
              },
              { key: r.keinSterbedatum, value: request.keinSterbedatum ? t.common.yes : t.common.no, action: change },
            ]
          : []),
        ...(this.kommuneConfig ? [{ key: r.issuer, value: this.kommuneConfig.name }] : []),
        { key: r.cost, value: t.common.free },
      ])}
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
        <button type="button" class="button secondary" part="button back" @click=${() => !this.busy && this.goTo('auswahl')}>
          ${t.common.back}
        </button>
      </div>`;
  }

  private renderResult(t: MeldebescheinigungCatalogue, lang: Lang, level: number): TemplateResult {
    const result = this.result;
    if (!result) return this.renderIntro();
    const r = t.meldebescheinigung.result;
    return html`<div class="success-banner">${this.stepHeading(r.heading)}</div>
      <p>${r.lead}</p>
      <div class="button-row">
        ${downloadButton({
          label: t.document.download,
          busyLabel: t.document.downloading,
          busy: this.busy === 'downloading',
          onClick: () => this.download(),
        })}
      </div>
      ${certificate(result, t, lang, level + 1)} ${documentFacts(result.document, t, lang)}
      <p class="muted">${t.document.verifyHint} ${t.document.sealed}</p>
      <div class="button-row">
        <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${t.login.logout}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vois-meldebescheinigung': VoisMeldebescheinigung;
  }
}
