/**
 * The Meldebestätigung as HTML (A7): exactly the facts of the sealed PDF — family name, given
 * names with the one in use marked, doctoral degree, date of birth, move-out date, date of the
 * deregistration, the address and its status — plus the state (A4) in plain words and the
 * children included (A5). Register values stay as the register holds them; labels follow the
 * widget's language.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Abmeldung, PersonName } from '@vois-online/client';
import type { Lang } from '../../i18n/index.ts';
import type { AbmeldungCatalogue } from './i18n.ts';
import { formatPartialDate } from '../../i18n/format.ts';
import { address, givenNames } from '../../parts/person.ts';
import { heading } from '../../parts/heading.ts';

/** `Dr. rer. nat.` + given names (in use marked) + family name, in one line. */
function fullName(name: PersonName, t: AbmeldungCatalogue): TemplateResult {
  return html`${name.doctoralDegree ? `${name.doctoralDegree} ` : nothing}${name.givenNames.length
      ? html`${givenNames(name, t)} `
      : nothing}${name.familyName}`;
}

export function confirmation(a: Abmeldung, t: AbmeldungCatalogue, lang: Lang, level: number): TemplateResult {
  const r = t.abmeldung.result;
  const name = a.person.name;
  const date = (iso: string) => formatPartialDate(iso, lang);
  const anyInUse = name.givenNameInUse !== undefined || a.children.some((c) => c.name.givenNameInUse !== undefined);
  return html`<article class="doc-card confirmation" aria-labelledby="confirmation-title" part="confirmation">
    <header class="doc-card-head">
      <p class="doc-card-issuer">${a.document.issuer.name}</p>
      ${heading(level, r.documentTitle, { id: 'confirmation-title', className: 'doc-card-title' })}
      <p class="doc-card-legal">${r.legal}</p>
    </header>
    <dl class="doc-card-data">
      <div><dt>${r.familyName}</dt><dd>${name.familyName}</dd></div>
      <div><dt>${r.givenNames}</dt><dd>${givenNames(name, t)}</dd></div>
      ${name.doctoralDegree ? html`<div><dt>${r.doctoralDegree}</dt><dd>${name.doctoralDegree}</dd></div>` : nothing}
      <div><dt>${r.dateOfBirth}</dt><dd>${date(a.person.dateOfBirth)}</dd></div>
      <div><dt>${r.address}</dt><dd>${address(a.residence.address)}</dd></div>
      <div><dt>${r.status}</dt><dd>${t.residenceStatus[a.residence.status]}</dd></div>
      <div><dt>${r.moveOutDate}</dt><dd>${date(a.moveOutDate)}</dd></div>
      <div><dt>${r.registeredOn}</dt><dd>${date(a.registeredOn)}</dd></div>
      <div>
        <dt>${r.state}</dt>
        <dd><strong>${a.state === 'WIRKSAM' ? r.stateDone(date(a.moveOutDate)) : r.statePending(date(a.moveOutDate))}</strong></dd>
      </div>
      ${a.children.length
        ? html`<div>
            <dt>${r.children}</dt>
            <dd>
              <ul class="plain children">
                ${a.children.map(
                  (c) => html`<li>${fullName(c.name, t)}<span class="child-born">${r.born(date(c.dateOfBirth))}</span></li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing}
    </dl>
    ${anyInUse ? html`<p class="doc-card-note">${t.person.inUseNote}</p>` : nothing}
  </article>`;
}

export const confirmationStyles = css`
  .children {
    display: grid;
    gap: var(--vois-space-2, 0.5em);
  }
  .child-born {
    display: block;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
`;
