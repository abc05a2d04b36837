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
  return html`<article class="confirmation" aria-labelledby="confirmation-title" part="confirmation">
    <header class="confirmation-head">
      <p class="confirmation-issuer">${a.document.issuer.name}</p>
      ${heading(level, r.documentTitle, { id: 'confirmation-title', className: 'confirmation-title' })}
      <p class="confirmation-legal">${r.legal}</p>
    </header>
    <dl class="confirmation-data">
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
    ${anyInUse ? html`<p class="confirmation-note">${t.person.inUseNote}</p>` : nothing}
  </article>`;
}

export const confirmationStyles = css`
  .confirmation {
    margin-block: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-5, 1.5em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
    box-shadow: 0 0.125em 0.5em color-mix(in srgb, var(--vois-color-text, #1b1f24) 10%, transparent);
  }
  .confirmation-head {
    padding-block-end: var(--vois-space-3, 0.75em);
    margin-block-end: var(--vois-space-4, 1em);
    border-block-end: 0.125em solid var(--vois-color-action, #0b4c8c);
  }
  .confirmation-issuer,
  .confirmation-legal {
    margin: 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .confirmation-title {
    font-size: clamp(1.1875em, 3cqi + 0.75em, 1.375em);
    margin: var(--vois-space-1, 0.25em) 0;
  }
  .confirmation-data {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
    margin: 0;
  }
  .confirmation-data > div {
    display: grid;
    grid-template-columns: minmax(9em, 32%) 1fr;
    gap: var(--vois-space-4, 1em);
  }
  .confirmation-data dt {
    font-weight: 700;
  }
  .confirmation-data dd {
    margin: 0;
    /* Long register values (names with nobility prefixes, long street names) wrap, never overflow. */
    overflow-wrap: anywhere;
  }
  .children {
    display: grid;
    gap: var(--vois-space-2, 0.5em);
  }
  .child-born {
    display: block;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .confirmation-note {
    margin: var(--vois-space-4, 1em) 0 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  @container vois (max-width: 30em) {
    .confirmation {
      padding: var(--vois-space-4, 1em);
    }
    .confirmation-data > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
