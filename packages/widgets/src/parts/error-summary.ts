/**
 * The GOV.UK error summary: a titled box at the top of the step that receives focus after a
 * failed validation and links to every field in error. Links target ids inside the shadow
 * root, which a plain `#fragment` cannot reach (and must not change the page's URL), so the
 * click handler moves focus itself.
 */
import { css, html, type TemplateResult } from 'lit';
import { heading } from './heading.ts';

export interface SummaryError {
  /** Id of the field's first input (see fields.ts). */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryOptions {
  title: string;
  errors: SummaryError[];
  headingLevel: number;
  /** Focuses the field; the caller knows its shadow root. */
  focusField: (fieldId: string) => void;
}

export const ERROR_SUMMARY_ID = 'error-summary';

export function errorSummary(o: ErrorSummaryOptions): TemplateResult {
  return html`<div class="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
    <div role="alert">
      ${heading(o.headingLevel, o.title, { id: 'error-summary-title', className: 'error-summary-title' })}
      <ul class="plain error-summary-list">
        ${o.errors.map(
          (e) =>
            html`<li>
              <a
                href="#${e.fieldId}"
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  o.focusField(e.fieldId);
                }}
                >${e.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** Focuses a field and scrolls its question (legend or label) into view, as GOV.UK does. */
export function focusField(root: ParentNode, fieldId: string): void {
  const input = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId)}`);
  if (!input) return;
  const legend = input.closest('fieldset')?.querySelector('legend') ?? root.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  input.focus({ preventScroll: true });
  (legend ?? input).scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
}

export const errorSummaryStyles = css`
  .error-summary {
    margin-block-end: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-4, 1em);
    border: 0.25em solid var(--vois-color-danger, #b3261e);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
  }
  .error-summary:focus {
    outline: var(--vois-focus-width, 0.1875em) solid var(--vois-color-focus, #b34100);
    outline-offset: 0.125em;
  }
  .error-summary-title {
    font-size: 1.25em;
    margin-block-end: var(--vois-space-3, 0.75em);
  }
  .error-summary-list > li + li {
    margin-block-start: var(--vois-space-2, 0.5em);
  }
  .error-summary-list a {
    color: var(--vois-color-danger, #b3261e);
    font-weight: 700;
  }
`;
