import { html } from './html.ts';
import type { Lang } from './i18n.ts';
import { page } from './layout.ts';

/**
 * A plain message page (login cannot start, login expired …). Deliberately without a link
 * back to the caller: when the return address is not trusted we never send anyone there.
 */
export function messagePage(input: { lang: Lang; title: string; paragraphs: string[] }): string {
  const body = html`<h1>${input.title}</h1>${input.paragraphs.map((p) => html`<p>${p}</p>`)}`;
  return page({ lang: input.lang, title: input.title, body, sandbox: true });
}
