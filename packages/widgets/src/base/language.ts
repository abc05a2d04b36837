/**
 * Which language a widget speaks: its own `lang` attribute, else the nearest ancestor with
 * `lang` — searched across shadow-root boundaries, so a widget inside another component
 * follows that component's language — else the document's, else German. And the texts it
 * renders in that language (`TextsInUse`), English fetched on demand.
 */
import { supportedLang, type Lang, type LangTexts } from '../i18n/index.ts';
import { parseConfig } from './config.ts';

/** The `lang` value in effect for `el` from its ancestors (not from `el` itself). */
export function inheritedLangTag(el: Element): string | undefined {
  let node: Element | null = parentAcrossShadow(el);
  while (node) {
    const match = node.closest('[lang]');
    if (match) return match.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return el.ownerDocument.documentElement.lang || undefined;
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Own language first (already validated), then inherited, then German. */
export function resolveLang(el: Element, own: Lang | undefined): Lang {
  return own ?? supportedLang(inheritedLangTag(el)) ?? 'de';
}

/** The language of an element with the `lang` attribute `value`, read as its configuration reads it. */
export function elementLang(el: Element, value: unknown): Lang {
  return resolveLang(el, parseConfig({ lang: value }).config.lang);
}

/**
 * The language a widget renders in and its texts. Called before every update (lit's
 * `scheduleUpdate`): when the language in effect has no texts yet (English, first time), the
 * update waits for them, so the widget renders once, in the right language — no flash of
 * German on an English page — and an open widget keeps its content until a newly chosen
 * language has arrived. When English cannot be fetched the widget shows German, and tries
 * again after the next language change (`retry`) rather than on every update.
 */
export class TextsInUse<T> {
  lang: Lang = 'de';
  t: T;
  /** The language whose texts failed to load, while it stays in effect. */
  private failed: Lang | undefined;

  constructor(private readonly texts: LangTexts<T>) {
    this.t = texts.de;
  }

  /** Picks the texts for `wanted()`; a promise when they must be fetched first (never rejects). */
  select(wanted: () => Lang): Promise<void> | undefined {
    const lang = wanted();
    if (lang !== this.failed) this.failed = undefined;
    const texts = this.failed ? undefined : this.texts.get(lang);
    if (texts || this.failed) {
      this.lang = texts ? lang : 'de';
      this.t = texts ?? this.texts.de;
      return undefined;
    }
    return this.texts.load(lang).then((loaded) => {
      if (!loaded) this.failed = lang;
      // The language may have changed again while loading: pick once more (now without waiting).
      return this.select(wanted);
    });
  }

  /**
   * For lit's `scheduleUpdate`: settles the language of `el` and its texts, then runs `update`
   * — at once, or once English has arrived (so `updateComplete` waits for it too).
   */
  beforeUpdate(el: HTMLElement, update: () => void | Promise<unknown>): void | Promise<unknown> {
    const loading = this.select(() => elementLang(el, el.lang));
    return loading ? loading.then(update) : update();
  }

  /** A language change on the page: a failed language may be tried again. */
  retry(): void {
    this.failed = undefined;
  }
}

/**
 * One observer per page for `lang` changes anywhere in the light DOM (a language switcher
 * usually flips `<html lang>`); each widget re-renders when it fires.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
