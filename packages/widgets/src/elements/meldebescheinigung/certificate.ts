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
  return html`<article class="doc-card certificate" aria-labelledby="certificate-title" part="certificate">
    <header class="doc-card-head">
      <p class="doc-card-issuer">${c.document.issuer.name}</p>
      ${heading(level, r.documentTitle(c.art === 'ERWEITERT'), { id: 'certificate-title', className: 'doc-card-title' })}
      <p class="doc-card-legal">${r.legal}</p>
    </header>
    <dl class="doc-card-data">
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
    ${name.givenNameInUse !== undefined ? html`<p class="doc-card-note">${t.person.inUseNote}</p>` : nothing}
  </article>`;
}

export const certificateStyles = css`
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
`;
