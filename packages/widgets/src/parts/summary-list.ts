/**
 * The "check your answers" list: question, answer and an optional change action per row.
 * The action is a button (it changes the step, it does not load a page) with the row's
 * question in visually hidden text, so "Ändern" is unambiguous out of context.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface SummaryRow {
  key: string;
  value: unknown;
  action?: { label: string; onClick: () => void } | undefined;
}

export function summaryList(rows: SummaryRow[]): TemplateResult {
  return html`<dl class="summary-list" part="summary-list">
    ${rows.map(
      (r) => html`<div class="summary-row">
        <dt class="summary-key">${r.key}</dt>
        <dd class="summary-value">${r.value}</dd>
        ${r.action
          ? html`<dd class="summary-action">
              <button type="button" class="link-button" @click=${r.action.onClick}>${r.action.label}<span class="vh"> ${r.key}</span></button>
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

export const summaryListStyles = css`
  .summary-list {
    margin: 0 0 var(--vois-space-5, 1.5em);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(9em, 30%) 1fr auto;
    gap: var(--vois-space-2, 0.5em) var(--vois-space-4, 1em);
    padding-block: var(--vois-space-3, 0.75em);
    border-block-end: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  .summary-key {
    font-weight: 700;
  }
  .summary-value,
  .summary-action {
    margin: 0;
  }
  .summary-value > ul {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .summary-action {
    text-align: end;
  }
  @container vois (max-width: 34em) {
    .summary-row {
      grid-template-columns: 1fr auto;
    }
    .summary-key {
      grid-column: 1 / -1;
    }
    .summary-value {
      grid-column: 1;
    }
  }
`;
