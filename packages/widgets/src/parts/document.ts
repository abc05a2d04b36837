/**
 * Facts of a sealed document (number, issue time, verification code and link) and the PDF
 * download button. The PDF is fetched with the session (bearer header, never a token in a
 * URL) by the element; this part only renders.
 */
import { css, html, type TemplateResult } from 'lit';
import type { DocumentRef } from '@vois-online/client';
import type { Catalogue, Lang } from '../i18n/index.ts';
import { formatInstant } from '../i18n/format.ts';

export function documentFacts(doc: DocumentRef, t: Catalogue, lang: Lang): TemplateResult {
  const issued = formatInstant(doc.issuedAt, lang);
  return html`<dl class="facts" part="document-facts">
    <div><dt>${t.document.number}</dt><dd>${doc.number}</dd></div>
    <div><dt>${t.document.issuedAt}</dt><dd>${t.document.time(issued.date, issued.time)}</dd></div>
    <div><dt>${t.document.issuer}</dt><dd>${doc.issuer.name}</dd></div>
    <div>
      <dt>${t.document.verificationCode}</dt>
      <dd>
        <span class="code">${doc.verificationCode}</span>
        <a href=${doc.verificationUrl} target="_blank" rel="noopener"
          >${t.document.verifyLink}<span class="vh"> ${t.common.newWindow}</span></a
        >
      </dd>
    </div>
  </dl>`;
}

export interface DownloadButtonOptions {
  label: string;
  busyLabel: string;
  busy: boolean;
  onClick: () => void;
}

export function downloadButton(o: DownloadButtonOptions): TemplateResult {
  return html`<button type="button" class="button" part="button download" aria-disabled=${o.busy ? 'true' : 'false'} @click=${o.onClick}>
    ${o.busy ? html`<span class="spinner" aria-hidden="true"></span>${o.busyLabel}` : html`<span class="icon-download" aria-hidden="true"></span>${o.label}`}
  </button>`;
}

export const documentStyles = css`
  /*
   * The on-screen document card (certificate, confirmation, receipt): issuer head, title, a
   * label/value list that stacks in a narrow column. Each element adds only its own rows' styles.
   */
  .doc-card {
    margin-block: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-5, 1.5em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
    box-shadow: 0 0.125em 0.5em color-mix(in srgb, var(--vois-color-text, #1b1f24) 10%, transparent);
  }
  .doc-card-head {
    padding-block-end: var(--vois-space-3, 0.75em);
    margin-block-end: var(--vois-space-4, 1em);
    border-block-end: 0.125em solid var(--vois-color-action, #0b4c8c);
  }
  .doc-card-issuer,
  .doc-card-legal {
    margin: 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .doc-card-title {
    font-size: clamp(1.1875em, 3cqi + 0.75em, 1.375em);
    margin: var(--vois-space-1, 0.25em) 0;
    hyphens: auto;
  }
  .doc-card-data {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
    margin: 0;
  }
  .doc-card-data > div {
    display: grid;
    grid-template-columns: minmax(9em, 32%) 1fr;
    gap: var(--vois-space-4, 1em);
  }
  .doc-card-data dt {
    font-weight: 700;
  }
  .doc-card-data dd {
    margin: 0;
    /* Long register values (names with nobility prefixes, long street names) wrap, never overflow. */
    overflow-wrap: anywhere;
  }
  .doc-card-note {
    margin: var(--vois-space-4, 1em) 0 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  /* The result step's heading banner ("… ist fertig"). */
  .success-banner {
    margin-block-end: var(--vois-space-4, 1em);
    padding: var(--vois-space-4, 1em) var(--vois-space-5, 1.5em);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-success, #1d6b35);
    color: var(--vois-color-on-action, #ffffff);
  }
  .success-banner .step-heading {
    margin: 0;
  }
  .success-banner .caption {
    color: inherit;
  }
  @container vois (max-width: 30em) {
    .doc-card {
      padding: var(--vois-space-4, 1em);
    }
    .doc-card-data > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .success-banner {
      padding: var(--vois-space-3, 0.75em) var(--vois-space-4, 1em);
    }
  }
  .facts {
    display: grid;
    gap: var(--vois-space-2, 0.5em);
    margin: 0 0 var(--vois-space-4, 1em);
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(9em, 30%) 1fr;
    gap: var(--vois-space-4, 1em);
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.0625em;
    letter-spacing: 0.05em;
    margin-inline-end: var(--vois-space-3, 0.75em);
    white-space: nowrap;
  }
  @container vois (max-width: 30em) {
    .facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  /* A download arrow drawn with borders: no icon font, no image, no inline style. */
  .icon-download {
    position: relative;
    inline-size: 0.875em;
    block-size: 1em;
    border-block-end: 0.15em solid currentColor;
    flex: none;
  }
  .icon-download::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(50% - 0.075em);
    inset-block-start: 0;
    inline-size: 0.15em;
    block-size: 0.7em;
    background: currentColor;
  }
  .icon-download::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(50% - 0.25em);
    inset-block-start: 0.3em;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
`;
