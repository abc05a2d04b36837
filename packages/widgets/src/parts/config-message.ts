/**
 * The message for a broken embedding, meant for the webmaster but readable by anyone: it
 * names every bad attribute with an example of a good value, in German and English at once
 * (the editor may read either), plus one sentence for the citizen.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/index.ts';
import { configTexts } from '../i18n/config.ts';
import type { ConfigIssue } from '../base/config.ts';
import { heading } from './heading.ts';

/** A problem found later, from the server (unknown municipality, origin not allowed). */
export interface ServerConfigIssue {
  kind: 'unknown-kommune' | 'origin-not-allowed';
  kommune: string;
}

export function issueLines(issues: ConfigIssue[], server: ServerConfigIssue | undefined, lang: Lang): string[] {
  const t = configTexts[lang];
  const lines = issues.map((i) => {
    const what = i.value === undefined ? t.missing(i.attribute) : t.invalid(i.attribute, i.value);
    return `${what} ${t.expected}: ${t.hints[i.attribute]}. ${t.example}: ${i.attribute}="${i.example}"`;
  });
  if (server?.kind === 'unknown-kommune') lines.push(t.unknownKommune(server.kommune));
  if (server?.kind === 'origin-not-allowed') lines.push(t.originNotAllowed);
  return lines;
}

export interface ConfigMessageOptions {
  tag: string;
  issues: ConfigIssue[];
  server?: ServerConfigIssue | undefined;
  headingLevel: number;
  /** Blocking: the service cannot run; otherwise a smaller note above the working service. */
  blocking: boolean;
  /** More lines in the same list, for an element's own attributes (e.g. `links` of `<vois-dienste>`). */
  extra?: ((lang: Lang) => string[]) | undefined;
}

export function configMessage(o: ConfigMessageOptions): TemplateResult {
  const block = (lang: Lang) => {
    const t = configTexts[lang];
    return html`<div class="config-lang" lang=${lang}>
      ${o.blocking ? heading(o.headingLevel, t.title, { className: 'config-title' }) : nothing}
      ${o.blocking ? html`<p>${t.citizen}</p>` : nothing}
      <p class="config-for"><strong>${t.webmaster}</strong> <code>&lt;${o.tag}&gt;</code></p>
      <ul class="bullets">
        ${[...issueLines(o.issues, o.server, lang), ...(o.extra?.(lang) ?? [])].map((l) => html`<li>${l}</li>`)}
      </ul>
    </div>`;
  };
  return html`<div class="config ${o.blocking ? 'blocking' : ''}" role=${o.blocking ? 'alert' : 'note'} part="config-error">
    ${block('de')}${block('en')}
  </div>`;
}

export const configStyles = css`
  .config {
    padding: var(--vois-space-4, 1em);
    border: 0.1875em dashed var(--vois-color-danger, #b3261e);
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
    margin-block-end: var(--vois-space-5, 1.5em);
  }
  .config-title {
    font-size: 1.25em;
    color: var(--vois-color-danger, #b3261e);
  }
  .config-lang + .config-lang {
    margin-block-start: var(--vois-space-4, 1em);
    padding-block-start: var(--vois-space-4, 1em);
    border-block-start: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  .config code {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9375em;
  }
  .config ul.bullets {
    margin-block-end: 0;
  }
`;
