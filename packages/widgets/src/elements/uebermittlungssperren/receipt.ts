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
  return html`<article class="doc-card receipt" aria-labelledby="receipt-title" part="receipt">
    <header class="doc-card-head">
      <p class="doc-card-issuer">${r.document.issuer.name}</p>
      ${heading(level, x.documentTitle, { id: 'receipt-title', className: 'doc-card-title' })}
      <p class="doc-card-legal">${x.legal}</p>
    </header>
    <dl class="doc-card-data">
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
    <p class="doc-card-note">${x.note}</p>
  </article>`;
}

export const receiptStyles = css`
  .receipt-list > li + li {
    margin-block-start: var(--vois-space-1, 0.25em);
  }
`;
