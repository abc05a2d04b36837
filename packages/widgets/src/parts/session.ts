/**
 * Session parts: the warning before expiry (an alert dialog inside the widget, not modal:
 * nothing else on the page is blocked, but focus moves to its button — WCAG 2.2.1) and the
 * message after expiry that says what was kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/index.ts';
import { heading } from './heading.ts';
import { notice } from './notice.ts';

export const SESSION_WARNING_ID = 'session-warning';
export const SESSION_EXTEND_ID = 'session-extend';
export const SESSION_ENDED_ID = 'session-ended';

export interface SessionWarningOptions {
  t: Catalogue;
  /** Clock time of the expiry, e.g. `14:32`. */
  time: string;
  headingLevel: number;
  busy: boolean;
  onExtend: () => void;
}

export function sessionWarning(o: SessionWarningOptions): TemplateResult {
  return html`<div
    class="notice warning session-warning"
    id=${SESSION_WARNING_ID}
    role="alertdialog"
    aria-modal="false"
    aria-labelledby="session-warning-title"
    aria-describedby="session-warning-text"
    part="session-warning"
  >
    ${heading(o.headingLevel, o.t.session.warningTitle, { id: 'session-warning-title', className: 'notice-title' })}
    <p id="session-warning-text">${o.t.session.warningText(o.time)}</p>
    <div class="button-row">
      <button
        type="button"
        class="button"
        id=${SESSION_EXTEND_ID}
        part="button extend"
        aria-disabled=${o.busy ? 'true' : 'false'}
        @click=${o.onExtend}
      >
        ${o.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${o.t.session.extend}
      </button>
    </div>
  </div>`;
}

export interface SessionEndedOptions {
  t: Catalogue;
  headingLevel: number;
  /** What the element kept, in words (`erweiterte Meldebescheinigung, 3 zusätzliche Angaben`); none → reassurance. */
  kept: string | undefined;
  onLogin: () => void;
}

export function sessionEnded(o: SessionEndedOptions): TemplateResult {
  return notice({
    tone: 'warning',
    id: SESSION_ENDED_ID,
    focusable: true,
    role: 'region',
    part: 'session-ended',
    headingLevel: o.headingLevel,
    title: o.t.session.endedTitle,
    body: html`<p>${o.t.session.endedText}</p>
      <p>${o.kept ? o.t.session.kept(o.kept) : o.t.session.nothingKept}</p>
      <div class="button-row">
        <button type="button" class="button" part="button login" @click=${o.onLogin}>${o.t.session.loginAgain}</button>
      </div>`,
  });
}
