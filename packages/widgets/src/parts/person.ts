/**
 * Register data as HTML: names with the given name in use marked (underlined, as on German
 * certificates, and named in words for screen readers) and multi-line addresses.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Address, PersonName } from '@vois-online/client';
import type { Catalogue } from '../i18n/index.ts';
import { formatAddress } from '../i18n/format.ts';

export function givenNames(name: PersonName, t: Catalogue): TemplateResult {
  if (name.givenNames.length === 0) return html`<span class="muted">${t.person.noGivenNames}</span>`;
  return html`${name.givenNames.map(
    (g, i) =>
      html`${i > 0 ? ' ' : nothing}${i === name.givenNameInUse
        ? html`<span class="in-use">${g}</span><span class="vh"> (${t.person.inUse})</span>`
        : g}`,
  )}`;
}

export function address(a: Address): TemplateResult {
  const [street, city] = formatAddress(a);
  return html`<span class="address">${street}<br />${city}</span>`;
}

export const personStyles = css`
  .in-use {
    text-decoration: underline;
    text-decoration-thickness: 0.09em;
    text-underline-offset: 0.18em;
  }
`;
