/**
 * A heading at a configurable level without `unsafeStatic`: the page decides where the widget
 * sits in its outline (`heading-level`), and every heading inside is relative to that.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  className?: string;
  /** Makes the heading a focus target for script (step changes), not for Tab. */
  focusable?: boolean;
}

/** Clamps to 1…6 (deeper levels are still headings, just at level 6). */
export const clampLevel = (level: number) => Math.min(6, Math.max(1, Math.round(level)));

export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const cls = options.className ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
