/**
 * Which language a widget speaks: its own `lang` attribute, else the nearest ancestor with
 * `lang` — searched across shadow-root boundaries, so a widget inside another component
 * follows that component's language — else the document's, else German.
 */
import { supportedLang, type Lang } from '../i18n/index.ts';

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
