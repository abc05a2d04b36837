/**
 * Loading placeholder. It keeps a minimum height close to a typical step, so the widget does
 * not jump when the content arrives; the surrounding region carries `aria-busy`.
 */
import { css, html, type TemplateResult } from 'lit';

export function loading(text: string): TemplateResult {
  return html`<div class="loading" part="loading"><span class="spinner" aria-hidden="true"></span><span>${text}</span></div>`;
}

export const loadingStyles = css`
  .loading {
    display: flex;
    align-items: center;
    gap: var(--vois-space-3, 0.75em);
    min-block-size: 12em;
    color: var(--vois-color-text-muted, #4b5563);
  }
`;
