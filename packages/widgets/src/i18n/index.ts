import { de, type Catalogue } from './de.ts';
import { en } from './en.ts';

export type { Catalogue };
export type Lang = 'de' | 'en';
export const langs: readonly Lang[] = ['de', 'en'];

export const catalogues: Record<Lang, Catalogue> = { de, en };

/**
 * Maps a BCP 47 tag to a supported language: `de`, `de-AT` → `de`; `en-GB` → `en`;
 * `undefined` for anything else (the caller falls back to the next source, then German).
 */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}
