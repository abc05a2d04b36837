/**
 * Notice panels (information, warning, refusal, success) and the Bürgerbüro contact card that
 * every refusal carries: a citizen is never left at a dead end.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { KommuneConfig } from '@vois-online/client';
import type { Catalogue } from '../i18n/index.ts';
import { heading } from './heading.ts';

export type Tone = 'info' | 'warning' | 'danger' | 'success';

export interface NoticeOptions {
  tone: Tone;
  title: unknown;
  headingLevel: number;
  body: unknown;
  id?: string;
  /** Heading id; the panel is labelled by it. */
  headingId?: string;
  /** Focus target for script (the panel replaces the step or reports an error). */
  focusable?: boolean;
  role?: 'alert' | 'status' | 'region';
  part?: string;
}

export function notice(o: NoticeOptions): TemplateResult {
  const headingId = o.headingId ?? (o.id ? `${o.id}-title` : undefined);
  const content = html`${heading(o.headingLevel, o.title, { className: 'notice-title', ...(headingId ? { id: headingId } : {}) })}
    <div class="notice-body">${o.body}</div>`;
  const cls = `notice ${o.tone}`;
  const parts = `notice ${o.tone} ${o.part ?? ''}`;
  const tabindex = o.focusable ? '-1' : nothing;
  // A named region only where the notice is the main content (refusal, session ended);
  // alerts are announced; a plain notice stays a generic container (no landmark clutter).
  if (o.role === 'region') {
    return html`<section class=${cls} id=${o.id ?? nothing} aria-labelledby=${headingId ?? nothing} tabindex=${tabindex} part=${parts}>${content}</section>`;
  }
  if (o.role) {
    return html`<div class=${cls} id=${o.id ?? nothing} role=${o.role} aria-labelledby=${headingId ?? nothing} tabindex=${tabindex} part=${parts}>${content}</div>`;
  }
  return html`<div class=${cls} id=${o.id ?? nothing} tabindex=${tabindex} part=${parts}>${content}</div>`;
}

export function contactCard(kommune: KommuneConfig | undefined, t: Catalogue, headingLevel: number): TemplateResult {
  if (!kommune) return html`<p class="contact-fallback">${t.contact.fallback}</p>`;
  const b = kommune.buergerbuero;
  return html`<div class="contact" part="contact">
    ${heading(headingLevel, t.contact.title, { className: 'contact-title' })}
    <p class="contact-address">
      <strong>${b.name}</strong><br />${b.street}<br />${b.postalCode} ${b.city}
    </p>
    <dl class="contact-list">
      <div><dt>${t.contact.phone}</dt><dd><a href="tel:${b.phone.replace(/[^\d+]/g, '')}">${b.phone}</a></dd></div>
      <div><dt>${t.contact.email}</dt><dd><a href="mailto:${b.email}">${b.email}</a></dd></div>
      ${b.openingHours.length
        ? html`<div>
            <dt>${t.contact.hours}</dt>
            <dd><ul class="plain">${b.openingHours.map((h) => html`<li>${h}</li>`)}</ul></dd>
          </div>`
        : nothing}
    </dl>
    <p class="contact-web"><a href=${b.url} target="_blank" rel="noopener">${t.contact.web}<span class="vh"> ${t.common.newWindow}</span></a></p>
  </div>`;
}

export const noticeStyles = css`
  .notice {
    margin-block-end: var(--vois-space-5, 1.5em);
    padding: var(--vois-space-4, 1em) var(--vois-space-4, 1em) var(--vois-space-2, 0.5em);
    border-inline-start: 0.375em solid var(--_vois-tone, var(--vois-color-info, #0b5cad));
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-surface, #f3f5f8);
  }
  .notice:focus {
    outline: var(--vois-focus-width, 0.1875em) solid var(--vois-color-focus, #b34100);
    outline-offset: 0.125em;
  }
  .notice.info {
    --_vois-tone: var(--vois-color-info, #0b5cad);
  }
  .notice.warning {
    --_vois-tone: var(--vois-color-warning, #8a4b00);
  }
  .notice.danger {
    --_vois-tone: var(--vois-color-danger, #b3261e);
  }
  .notice.success {
    --_vois-tone: var(--vois-color-success, #1d6b35);
  }
  .notice-title {
    font-size: 1.1875em;
    margin-block-end: var(--vois-space-2, 0.5em);
  }
  .notice.danger > .notice-title,
  .notice.warning > .notice-title {
    color: var(--_vois-tone);
  }
  .notice-body > :last-child {
    margin-block-end: var(--vois-space-2, 0.5em);
  }
  .notice .button-row {
    margin-block: var(--vois-space-3, 0.75em) var(--vois-space-3, 0.75em);
  }

  .contact {
    margin-block: var(--vois-space-4, 1em);
    padding: var(--vois-space-4, 1em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
  }
  .contact-title {
    font-size: 1.0625em;
  }
  .contact-list {
    margin: 0 0 var(--vois-space-3, 0.75em);
    display: grid;
    gap: var(--vois-space-2, 0.5em);
  }
  .contact-list > div {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: var(--vois-space-3, 0.75em);
  }
  .contact-list dt {
    font-weight: 700;
  }
  .contact-list dd {
    margin: 0;
  }
  .contact-web {
    margin: 0;
  }
  @container vois (max-width: 26em) {
    .notice {
      padding-inline: var(--vois-space-3, 0.75em);
    }
    .notice-title {
      font-size: 1.125em;
    }
    .contact {
      padding: var(--vois-space-3, 0.75em);
    }
    .contact-list > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
`;
