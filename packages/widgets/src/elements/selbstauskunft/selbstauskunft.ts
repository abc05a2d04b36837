/**
 * `<vois-selbstauskunft>`: self-disclosure from the register (Art. 15 GDPR, §§ 10, 11 BMG).
 * Intro → eID login → everything stored, in collapsible groups with origin and validity (S1),
 * regular transfers (S2), automated retrievals (S3), the note on withheld family data (S4) →
 * sealed PDF, a print view, and the rights to correction and complaint (S5).
 *
 * Nothing is chosen or changed here, so the flow has two steps and no review: reading the
 * disclosure is the result. The PDF is a document issued on request (idempotency key).
 *
 * This module has no side effects; register the tag with `define/selbstauskunft.ts`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { newIdempotencyKey, type AuskunftGroup, type DocumentRef, type LoginFlow, type ProblemCode, type Selbstauskunft } from '@vois-online/client';
import { VoisServiceElement, type StepDefinition } from '../../base/service-element.ts';
import type { Lang } from '../../i18n/index.ts';
import { catalogues, type SelbstauskunftCatalogue } from './i18n.ts';
import { formatInstant } from '../../i18n/format.ts';
import { heading } from '../../parts/heading.ts';
import { notice } from '../../parts/notice.ts';
import { documentFacts, downloadButton } from '../../parts/document.ts';
import { auskunftStyles, groups, recipients, retrievals, rights } from './auskunft.ts';

type SaStep = 'start' | 'auskunft';

/**
 * @summary Self-disclosure (Selbstauskunft) from the registration register, with eID login, PDF and print view.
 *
 * @event vois-step - The citizen reached a step. `detail: { service, step, index, total }`.
 * @event vois-complete - The disclosure is shown (`detail: { service }`), and again when the PDF was issued (`detail: { service, documentType: 'SELBSTAUSKUNFT' }`).
 * @event vois-error - An error or refusal was shown. `detail: { service, kind, code }`.
 *
 * @csspart base - The widget frame.
 * @csspart header - Municipality line and service title.
 * @csspart progress - The step indicator.
 * @csspart body - The step content (carries `aria-busy`).
 * @csspart notice - Every notice panel (also `info`, `warning`, `danger`, `success`).
 * @csspart withheld - The note that family members' data is left out (S4).
 * @csspart problem - The error message of a failed request.
 * @csspart refusal - The message when the service is not possible online.
 * @csspart contact - The Bürgerbüro contact card.
 * @csspart groups - The stored data, all groups.
 * @csspart group - One group of stored data (heading button and panel).
 * @csspart recipients - The list of regular transfers.
 * @csspart retrievals - The list of automated retrievals.
 * @csspart rights - Correction and complaint.
 * @csspart document-facts - Document number, issue time, verification code of the PDF.
 * @csspart button - Every button (also `login`, `continue`, `download`, `print`, `toggle-all`, `more-retrievals`, `retry`, `extend`, `logout`).
 * @csspart session-warning - The warning before the session ends.
 * @csspart session-ended - The message after the session ended.
 * @csspart config-error - The message for a broken embedding.
 * @csspart loading - The loading placeholder.
 * @csspart live-region - The visually hidden polite live region.
 *
 * @cssprop --vois-font-family - Font (default: inherited from the page).
 * @cssprop --vois-color-text - Text colour.
 * @cssprop --vois-color-text-muted - Hints, captions, origin and validity.
 * @cssprop --vois-color-background - Background.
 * @cssprop --vois-color-surface - Notices and grouped areas.
 * @cssprop --vois-color-border - Borders and separators.
 * @cssprop --vois-color-action - Buttons, links, group headings.
 * @cssprop --vois-color-action-hover - Hover of actions.
 * @cssprop --vois-color-on-action - Text on action colour.
 * @cssprop --vois-color-focus - Focus indicator.
 * @cssprop --vois-color-danger - Errors.
 * @cssprop --vois-color-success - Completed steps.
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
export class VoisSelbstauskunft extends VoisServiceElement<SelbstauskunftCatalogue> {
  static override styles = [
    ...VoisServiceElement.styles,
    auskunftStyles,
    css`
      .actions {
        margin-block: var(--vois-space-4, 1em);
      }
      .pdf-facts {
        margin-block-end: var(--vois-space-4, 1em);
      }
    `,
  ];

  readonly service = 'selbstauskunft' as const;
  protected readonly steps: readonly StepDefinition[] = [
    { id: 'start', auth: false },
    { id: 'auskunft', auth: true },
  ];

  // Personal data: in memory only, dropped when the session ends.
  @state() private auskunft: Selbstauskunft | undefined;
  @state() private pdfDocument: DocumentRef | undefined;
  // View state (non-personal).
  @state() private expanded = new Set<AuskunftGroup>();
  @state() private allRetrievals = false;
  /** One key per PDF request: a retry after a lost answer returns the same document. */
  private pdfKey: string | undefined;

  /** Shared texts plus this element's own section: only this element's chunk carries them. */
  protected get texts(): typeof catalogues {
    return catalogues;
  }

  protected ownTexts(t: SelbstauskunftCatalogue) {
    return t.selbstauskunft;
  }

  protected flowState(): LoginFlow {
    // Nothing to carry through the login but the intent: after it, the disclosure is loaded.
    return { step: this.step };
  }

  protected async begin(_flow: LoginFlow | undefined): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.loadingText = this.t.selbstauskunft.loadingData;
    // C3/C4 refusals arrive as a 403 problem with the rule code; the base turns them into a refusal.
    const auskunft = await client.getSelbstauskunft(this.signalInput());
    this.auskunft = auskunft;
    this.expanded = new Set();
    this.allRetrievals = false;
    this.goTo('auskunft');
    this.complete({});
  }

  protected override forgetPersonalData(): void {
    this.auskunft = undefined;
    this.pdfDocument = undefined;
    this.pdfKey = undefined;
  }

  protected override resetFlow(): void {
    this.expanded = new Set();
    this.allRetrievals = false;
  }

  protected override refusalDetails(code: ProblemCode, t: SelbstauskunftCatalogue): unknown {
    return code.startsWith('C4_') || code.startsWith('C3_') ? html`<p>${t.selbstauskunft.clerk}</p>` : nothing;
  }

  // ---------------------------------------------------------------- actions

  /**
   * Opens the browser's print dialog; the print styles show every group and hide the buttons.
   * Override to observe or replace printing (tests, an app's web view).
   */
  print(): void {
    window.print();
  }

  private toggleGroup(group: AuskunftGroup, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(group);
    else next.delete(group);
    this.expanded = next;
  }

  private toggleAll(): void {
    const all = this.auskunft?.groups.map((g) => g.group) ?? [];
    const allOpen = all.every((g) => this.expanded.has(g));
    this.expanded = allOpen ? new Set() : new Set(all);
  }

  /** Issues the sealed PDF once (idempotency key kept across retries), then downloads it. */
  private downloadPdf(): void {
    const client = this.client;
    if (!client || !this.auskunft || this.busy) return;
    void this.run(async () => {
      if (!this.pdfDocument) {
        this.pdfKey ??= newIdempotencyKey();
        const doc = await client.createSelbstauskunftDocument({ idempotencyKey: this.pdfKey, ...this.signalInput() });
        this.pdfDocument = doc;
        this.complete({ documentType: doc.type });
      }
      await this.savePdf(this.pdfDocument, 'Selbstauskunft');
    }, 'downloading');
  }

  // ---------------------------------------------------------------- rendering

  protected renderStep(t: SelbstauskunftCatalogue, lang: Lang, level: number): TemplateResult {
    if (this.step === 'auskunft' && this.auskunft) return this.renderAuskunft(this.auskunft, t, lang, level);
    return this.renderIntro();
  }

  private renderIntro(): TemplateResult {
    const i = this.t.selbstauskunft.intro;
    return this.renderIntroStep({
      texts: i,
      facts: [
        [i.cost, this.t.common.free],
        [i.duration, i.durationValue],
        [i.forWhom, i.forWhomValue],
      ],
      notes: html`<p class="muted">${i.legal}</p>`,
      continueLabel: i.show,
    });
  }

  private renderAuskunft(a: Selbstauskunft, t: SelbstauskunftCatalogue, lang: Lang, level: number): TemplateResult {
    const s = t.selbstauskunft;
    const generated = formatInstant(a.generatedAt, lang);
    const allOpen = a.groups.every((g) => this.expanded.has(g.group));
    const downloading = this.busy === 'downloading';
    return html`${this.stepHeading(s.result.heading)}
      <p class="lead">${s.result.lead} <span class="screen-only">${s.result.howTo}</span></p>
      <dl class="key-facts" aria-label=${s.result.factsTitle}>
        <div><dt>${s.result.register}</dt><dd>${a.register.name}</dd></div>
        <div><dt>${s.result.asOf}</dt><dd>${t.document.time(generated.date, generated.time)}</dd></div>
        <div><dt>${s.intro.cost}</dt><dd>${t.common.free}</dd></div>
      </dl>
      ${a.familyDataWithheld
        ? notice({ tone: 'info', id: 'withheld', part: 'withheld', headingLevel: level + 1, title: s.withheld.title, body: html`<p>${s.withheld.text}</p>` })
        : nothing}
      <div class="button-row actions">
        ${downloadButton({ label: s.result.pdf, busyLabel: s.result.pdfBusy, busy: downloading, onClick: () => this.downloadPdf() })}
        <button type="button" class="button secondary" part="button print" @click=${() => this.print()}>${s.result.print}</button>
      </div>
      ${this.pdfDocument
        ? html`<div class="pdf-facts screen-only">
            ${documentFacts(this.pdfDocument, t, lang)}
            <p class="muted">${s.result.pdfHint}</p>
          </div>`
        : nothing}

      <div class="section">
        ${heading(level + 1, s.data.heading, { id: 'data-heading', className: 'section-heading' })}
        <p>${s.data.lead}</p>
        <div class="button-row compact">
          <button type="button" class="link-button" part="button toggle-all" @click=${() => this.toggleAll()}>
            ${allOpen ? s.data.collapseAll : s.data.expandAll}
          </button>
        </div>
        ${groups({ auskunft: a, t, lang, level: level + 2, expanded: this.expanded, onToggle: (g, open) => this.toggleGroup(g, open) })}
      </div>

      <div class="section">
        ${heading(level + 1, s.recipients.heading, { id: 'recipients-heading', className: 'section-heading' })}
        <p>${s.recipients.lead}</p>
        ${recipients(a, t)}
      </div>

      <div class="section">
        ${heading(level + 1, s.retrievals.heading, { id: 'retrievals-heading', className: 'section-heading' })}
        <p>${s.retrievals.lead}</p>
        <p class="muted">${s.retrievals.security}</p>
        ${retrievals({ auskunft: a, t, lang, showAll: this.allRetrievals, onShowAll: (all) => (this.allRetrievals = all) })}
      </div>

      <div class="section">
        ${heading(level + 1, s.rights.heading, { id: 'rights-heading', className: 'section-heading' })}
        ${rights(this.kommuneConfig, t, level + 2)}
      </div>

      <div class="button-row">
        <button type="button" class="button secondary" part="button logout" @click=${() => void this.logout()}>${t.login.logout}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vois-selbstauskunft': VoisSelbstauskunft;
  }
}
