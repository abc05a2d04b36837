/**
 * The registration certificate as HTML (M3, M6): the same facts as the sealed PDF. Register
 * values stay as the register holds them (extra items arrive already formatted in German, as
 * on the legal document); labels follow the widget's language.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Meldebescheinigung } from '@vois-online/client';
import type { Lang } from '../../i18n/index.ts';
import type { MeldebescheinigungCatalogue } from './i18n.ts';
import { formatPartialDate } from '../../i18n/format.ts';
import { address, givenNames } from '../../parts/person.ts';
import { heading } from '../../parts/heading.ts';

export function certificate(c: Meldebescheinigung, t: MeldebescheinigungCatalogue, lang: Lang, level: number): TemplateResult {
  const r = t.meldebescheinigung.result;
  const name = c.person.name;
  return html`<article class="certificate" aria-labelledby="certificate-title" part="certificate">
    <header class="certificate-head">
      <p class="certificate-issuer">${c.document.issuer.name}</p>
      ${heading(level, r.documentTitle(c.art === 'ERWEITERT'), { id: 'certificate-title', className: 'certificate-title' })}
      <p class="certificate-legal">${r.legal}</p>
    </header>
    <dl class="certificate-data">
      <div><dt>${r.familyName}</dt><dd>${name.familyName}</dd></div>
      <div><dt>${r.givenNames}</dt><dd>${givenNames(name, t)}</dd></div>
      ${name.doctoralDegree ? html`<div><dt>${r.doctoralDegree}</dt><dd>${name.doctoralDegree}</dd></div>` : nothing}
      <div><dt>${r.dateOfBirth}</dt><dd>${formatPartialDate(c.person.dateOfBirth, lang)}</dd></div>
      <div>
        <dt>${r.residences}</dt>
        <dd>
          <ul class="plain residences">
            ${c.residences.map(
              (res) => html`<li class="residence">
                <strong class="residence-status">${t.residenceStatus[res.status]}</strong>
                ${address(res.address)}
                <span class="residence-meta">${r.registeredAt(res.authority.name)}${res.moveInDate
                    ? html`, ${r.movedIn(formatPartialDate(res.moveInDate, lang))}`
                    : nothing}</span>
              </li>`,
            )}
          </ul>
        </dd>
      </div>
      ${c.zusatzAngaben.map(
        (z) => html`<div>
          <dt>${t.meldebescheinigung.items[z.key]}</dt>
          <!-- Register values are German text (as on the legal document), also in the English UI. -->
          <dd lang="de">
            ${z.values.length === 0
              ? html`<span class="muted">${r.noValue}</span>`
              : z.values.length === 1
                ? z.values[0]
                : html`<ul class="plain">${z.values.map((v) => html`<li>${v}</li>`)}</ul>`}
          </dd>
        </div>`,
      )}
    </dl>
    ${c.keinSterbedatum ? html`<p class="certificate-statement">${r.keinSterbedatum}</p>` : nothing}
    ${name.givenNameInUse !== undefined ? html`<p class="certificate-note">${t.person.inUseNote}</p>` : nothing}
  </article>`;
}

export const certificateStyles = css`
  .certificate {
    margin-block: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-5, 1.5em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
    box-shadow: 0 0.125em 0.5em color-mix(in srgb, var(--vois-color-text, #1b1f24) 10%, transparent);
  }
  .certificate-head {
    padding-block-end: var(--vois-space-3, 0.75em);
    margin-block-end: var(--vois-space-4, 1em);
    border-block-end: 0.125em solid var(--vois-color-action, #0b4c8c);
  }
  .certificate-issuer {
    margin: 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .certificate-title {
    font-size: clamp(1.1875em, 3cqi + 0.75em, 1.375em);
    margin: var(--vois-space-1, 0.25em) 0;
  }
  .certificate-legal {
    margin: 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  .certificate-data {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
    margin: 0;
  }
  .certificate-data > div {
    display: grid;
    grid-template-columns: minmax(9em, 32%) 1fr;
    gap: var(--vois-space-4, 1em);
  }
  .certificate-data dt {
    font-weight: 700;
  }
  .certificate-data dd {
    margin: 0;
  }
  .residences {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
  }
  .residence {
    display: grid;
  }
  .residence-meta {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .certificate-statement {
    margin: var(--vois-space-4, 1em) 0 0;
    font-weight: 700;
  }
  .certificate-note {
    margin: var(--vois-space-4, 1em) 0 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  @container vois (max-width: 30em) {
    .certificate {
      padding: var(--vois-space-4, 1em);
    }
    .certificate-data > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
