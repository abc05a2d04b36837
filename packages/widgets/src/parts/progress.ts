/**
 * Step indicator: the current step is named in text ("Schritt 2 von 4: …") and marked with
 * `aria-current="step"` in an ordered list; completed steps say so in words, not by colour.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface ProgressStep {
  id: string;
  label: string;
}

export interface ProgressOptions {
  steps: ProgressStep[];
  /** 0-based index of the current step. */
  current: number;
  label: string;
  doneLabel: string;
}

export function progress(o: ProgressOptions): TemplateResult {
  // Not a <nav>: the steps are not links. A labelled list, as USWDS's step indicator.
  return html`<div class="progress" part="progress">
    <ol class="progress-list" aria-label=${o.label}>
      ${o.steps.map((s, i) => {
        const state = i < o.current ? 'done' : i === o.current ? 'current' : 'upcoming';
        return html`<li class="progress-step ${state}" aria-current=${state === 'current' ? 'step' : nothing}>
          <span class="progress-marker" aria-hidden="true">${state === 'done' ? '✓' : i + 1}</span>
          <span class="progress-label">${s.label}${state === 'done' ? html`<span class="vh"> (${o.doneLabel})</span>` : nothing}</span>
        </li>`;
      })}
    </ol>
  </div>`;
}

export const progressStyles = css`
  .progress {
    margin-block-end: var(--vois-space-5, 1.5em);
  }
  .progress-list {
    display: flex;
    gap: var(--vois-space-2, 0.5em);
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: none;
  }
  .progress-step {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--vois-space-2, 0.5em);
    padding-block-start: var(--vois-space-2, 0.5em);
    border-block-start: 0.25em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 40%, transparent);
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
    line-height: 1.3;
  }
  .progress-step.done {
    border-block-start-color: var(--vois-color-success, #1d6b35);
  }
  .progress-step.current {
    border-block-start-color: var(--vois-color-action, #0b4c8c);
    color: var(--vois-color-text, #1b1f24);
    font-weight: 700;
  }
  .progress-marker {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    border: 0.125em solid currentColor;
    font-weight: 700;
    flex: none;
  }
  .progress-step.done .progress-marker {
    color: var(--vois-color-success, #1d6b35);
  }
  .progress-step.current .progress-marker {
    background: var(--vois-color-action, #0b4c8c);
    border-color: var(--vois-color-action, #0b4c8c);
    color: var(--vois-color-on-action, #ffffff);
  }
  /* Narrow column: markers only; the step heading carries "Schritt 2 von 4". */
  @container vois (max-width: 34em) {
    .progress-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
