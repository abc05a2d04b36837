/**
 * A failed request, shown above the step it happened in (the step and its input stay), with
 * the specific text for the error's code from `problemMessages` and, where repeating can
 * help, a retry button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { problemMessages, type MessageKey, type ProblemMessage, type VoisError } from '@vois-online/client';
import type { Catalogue, Lang } from '../i18n/index.ts';
import { notice } from './notice.ts';

export const PROBLEM_ID = 'problem';

export function messageForCode(code: string, lang: Lang, t: Catalogue): ProblemMessage {
  // English is there once the element's English texts are (they load it with them).
  const texts = problemMessages[lang] ?? problemMessages.de;
  return Object.hasOwn(texts, code) ? texts[code as MessageKey] : { title: t.problem.fallbackTitle, text: t.problem.fallbackText };
}

export interface ProblemAlertOptions {
  error: VoisError;
  lang: Lang;
  t: Catalogue;
  headingLevel: number;
  onRetry?: (() => void) | undefined;
  retryLabel?: string;
  /** Whether the citizen had entered something we kept (adds a reassuring sentence). */
  inputKept?: boolean;
  /** Extra content below the text (contact card, causes). */
  extra?: unknown;
}

export function problemAlert(o: ProblemAlertOptions): TemplateResult {
  const m = messageForCode(o.error.code, o.lang, o.t);
  return notice({
    tone: 'danger',
    id: PROBLEM_ID,
    focusable: true,
    role: 'alert',
    part: 'problem',
    headingLevel: o.headingLevel,
    title: m.title,
    body: html`<p>${m.text}${o.inputKept ? html` ${o.t.problem.inputKept}` : nothing}</p>
      ${o.extra ?? nothing}
      ${o.onRetry
        ? html`<div class="button-row">
            <button type="button" class="button secondary" part="button retry" @click=${o.onRetry}>${o.retryLabel ?? o.t.common.retry}</button>
          </div>`
        : nothing}`,
  });
}
