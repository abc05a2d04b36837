import { de, type Catalogue } from './de.ts';
import { en } from './en.ts';

export type { Catalogue };
export type Lang = 'de' | 'en';
export const langs: readonly Lang[] = ['de', 'en'];

/** The shared catalogue (what `VoisServiceElement` and the parts render from), per language. */
export const catalogues: Record<Lang, Catalogue> = { de, en };

/** The shared catalogue plus one element's own section under `key`. */
export type WithSection<K extends string, S> = Catalogue & { readonly [P in K]: S };

/**
 * Adds an element's own section to the shared catalogue, per language. Called only by the
 * section modules (`elements/<element>/i18n.ts`), so each element's texts stay in its own chunk
 * while the element still reads everything from one `t` (`t.common…`, `t.meldebescheinigung…`).
 */
export function withSection<K extends string, S>(key: K, section: Record<Lang, S>): Record<Lang, WithSection<K, S>> {
  const add = (lang: Lang) => ({ ...catalogues[lang], [key]: section[lang] }) as WithSection<K, S>;
  return { de: add('de'), en: add('en') };
}

/**
 * Maps a BCP 47 tag to a supported language: `de`, `de-AT` → `de`; `en-GB` → `en`;
 * `undefined` for anything else (the caller falls back to the next source, then German).
 */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}
