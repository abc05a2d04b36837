import { loadMessages } from '@vois-online/client';
import { de, type Catalogue } from './de.ts';

export type { Catalogue };
export type Lang = 'de' | 'en';
export const langs: readonly Lang[] = ['de', 'en'];

/**
 * Texts in both languages, German at hand and English fetched on first use: a German page
 * (the usual case) never downloads English. The English side is a dynamic `import()`, so the
 * loader build puts it into chunks of its own, and the all-in-one bundle inlines it.
 *
 * Elements do not read English directly: before each render they `load` the language in
 * effect (see `TextsInUse` in `base/language.ts`) and then render from `get`.
 */
export class LangTexts<T> {
  private en: T | undefined;
  private pending: Promise<T> | undefined;

  /** `loadEnglish` is only called on first use, and again after a failed attempt. */
  constructor(
    readonly de: T,
    private readonly loadEnglish: () => Promise<T>,
  ) {}

  /** The texts of `lang` if they are here: German always, English once loaded. */
  get(lang: Lang): T | undefined {
    return lang === 'de' ? this.de : this.en;
  }

  /**
   * The English texts, fetched once for every caller. A failure (network lost) rejects and is
   * forgotten, so that the next call tries again.
   */
  english(): Promise<T> {
    this.pending ??= this.loadEnglish().then(
      (texts) => (this.en = texts),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }

  /** The texts of `lang`; `undefined` when they could not be fetched (the caller shows German). */
  load(lang: Lang): Promise<T | undefined> {
    if (lang === 'de') return Promise.resolve(this.de);
    return this.english().catch((error: unknown) => {
      console.warn('[vois-online] English texts could not be loaded, showing German / Englische Texte nicht geladen, Anzeige auf Deutsch', error);
      return undefined;
    });
  }
}

/** The shared catalogue (what `VoisServiceElement` and the parts render from). */
export const catalogues = new LangTexts<Catalogue>(de, () => import('./en.ts').then((m) => m.en));

/** The shared catalogue plus one element's own section under `key`. */
export type WithSection<K extends string, S> = Catalogue & { readonly [P in K]: S };

/**
 * Adds an element's own section to the shared catalogue. Called only by the section modules
 * (`elements/<element>/i18n.ts`), so each element's texts stay in its own chunk while the
 * element still reads everything from one `t` (`t.common…`, `t.meldebescheinigung…`).
 * `en` imports the section's English module (`() => import('./i18n-en.ts')…`); English
 * arrives with the shared English catalogue and the client's English problem messages, all
 * or nothing, so an English widget never mixes in German.
 */
export function withSection<K extends string, S>(key: K, de: S, en: () => Promise<S>): LangTexts<WithSection<K, S>> {
  const join = (shared: Catalogue, section: S) => ({ ...shared, [key]: section }) as WithSection<K, S>;
  return new LangTexts(join(catalogues.de, de), async () => {
    const [shared, section] = await Promise.all([catalogues.english(), en(), loadMessages('en')]);
    return join(shared, section);
  });
}

/**
 * Maps a BCP 47 tag to a supported language: `de`, `de-AT` → `de`; `en-GB` → `en`;
 * `undefined` for anything else (the caller falls back to the next source, then German).
 */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}
