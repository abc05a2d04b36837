/**
 * The receipt in HTML (U2): the same facts as the sealed PDF — whose register, since when,
 * what changed, and the resulting state of every block. Block titles follow the widget's
 * language; the facts come from the server's answer, never from what the widget had assumed.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SperrenReceipt } from '@vois-online/client';
import type { Lang } from '../../i18n/index.ts';
import type { SperrenCatalogue } from './i18n.ts';
import { formatInstant } from '../../i18n/format.ts';
import { heading } from '../../parts/heading.ts';

export function receipt(r: SperrenReceipt, holder: string | undefined, t: SperrenCatalogue, lang: Lang, level: number): TemplateResult {
  const x = t.sperren.result;
  const c = t.sperren.choose;
  const at = formatInstant(r.effectiveAt, lang);
  return html`<article class="receipt" aria-labelledby="receipt-title" part="receipt">
    <header class="receipt-head">
      <p class="receipt-issuer">${r.document.issuer.name}</p>
      ${heading(level, x.documentTitle, { id: 'receipt-title', className: 'receipt-title' })}
      <p class="receipt-legal">${x.legal}</p>
    </header>
    <dl class="receipt-data">
      ${holder ? html`<div><dt>${x.person}</dt><dd>${holder}</dd></div>` : nothing}
      <div><dt>${x.register}</dt><dd>${r.state.register.name}</dd></div>
      <div><dt>${x.effectiveAt}</dt><dd>${t.document.time(at.date, at.time)}</dd></div>
      <div>
        <dt>${x.changes}</dt>
        <dd>
          <ul class="plain receipt-list">
            ${r.changes.map(
              (ch) => html`<li><span class="receipt-key">${t.sperren.blocks[ch.key].title}</span>: <strong>${ch.active ? x.set : x.removed}</strong></li>`,
            )}
          </ul>
        </dd>
      </div>
      <div>
        <dt>${x.state}</dt>
        <dd>
          <ul class="plain receipt-list">
            ${r.state.sperren.map((s) => html`<li><span class="receipt-key">${t.sperren.blocks[s.key].title}</span>: ${s.active ? html`<strong>${c.on}</strong>` : c.off}</li>`)}
          </ul>
        </dd>
      </div>
    </dl>
    <p class="receipt-note">${x.note}</p>
  </article>`;
}

export const receiptStyles = css`
  .receipt {
    margin-block: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-5, 1.5em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
    box-shadow: 0 0.125em 0.5em color-mix(in srgb, var(--vois-color-text, #1b1f24) 10%, transparent);
  }
  .receipt-head {
    padding-block-end: var(--vois-space-3, 0.75em);
    margin-block-end: var(--vois-space-4, 1em);
    border-block-end: 0.125em solid var(--vois-color-action, #0b4c8c);
  }
  .receipt-issuer,
  .receipt-legal {
    margin: 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .receipt-title {
    font-size: clamp(1.1875em, 3cqi + 0.75em, 1.375em);
    margin: var(--vois-space-1, 0.25em) 0;
    hyphens: auto;
  }
  .receipt-data {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
    margin: 0;
  }
  .receipt-data > div {
    display: grid;
    grid-template-columns: minmax(9em, 32%) 1fr;
    gap: var(--vois-space-4, 1em);
  }
  .receipt-data dt {
    font-weight: 700;
  }
  .receipt-data dd {
    margin: 0;
  }
  .receipt-list > li + li {
    margin-block-start: var(--vois-space-1, 0.25em);
  }
  .receipt-note {
    margin: var(--vois-space-4, 1em) 0 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  @container vois (max-width: 30em) {
    .receipt {
      padding: var(--vois-space-4, 1em);
    }
    .receipt-data > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
