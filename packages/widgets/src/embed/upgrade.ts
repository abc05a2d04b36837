/**
 * Finds the widgets on a page and makes them work: `<vois-…>` elements get their definition
 * loaded, and `<div data-vois-widget="meldebescheinigung" data-kommune="…">` containers — for
 * CMS editors that strip unknown tags — are replaced by the real element. Also watches for
 * widgets added later (a CMS that renders tabs or accordions on demand, a single-page app).
 *
 * Shared by the CDN loader (loads per-widget chunks on demand) and the all-in-one CDN bundle
 * (everything already defined, only the containers to upgrade). Kept tiny: it is the whole
 * cost of the loader.
 */

/** Tag name (`vois-meldebescheinigung`) → loads the module that defines it. */
export type Definitions = Record<string, () => Promise<unknown>>;

const CONTAINER = 'data-vois-widget';

/**
 * Tag → loader from the keys of `import.meta.glob('…/define/*.ts')`: a define module
 * `define/<name>.ts` defines `<vois-<name>>`, so a new widget needs no change here.
 */
export function definitionsFrom(modules: Record<string, () => Promise<unknown>>): Definitions {
  const out: Definitions = {};
  for (const path in modules) out[`vois-${path.replace(/^.*\/|\.[jt]s$/g, '')}`] = modules[path]!;
  return out;
}

/**
 * Loads what the page uses now and whenever nodes are added. Returns `stop` (tests).
 * Shadow roots of other components are not searched: apps that render widgets inside their
 * own shadow DOM import the define modules directly.
 */
export function watch(definitions: Definitions, root: Document = document): () => void {
  const requested = new Map<string, Promise<unknown>>();
  const selector = [...Object.keys(definitions), `[${CONTAINER}]`].join();

  const need = (tag: string): Promise<unknown> => {
    let done = requested.get(tag);
    if (!done) {
      done = definitions[tag]!().catch((error: unknown) => {
        requested.delete(tag); // a later scan may try again (e.g. after a network hiccup)
        console.warn(`[vois-online] <${tag}> konnte nicht geladen werden / could not be loaded:`, error);
        throw error;
      });
      requested.set(tag, done);
    }
    return done;
  };

  const visit = (el: Element) => {
    const name = el.getAttribute(CONTAINER);
    if (name === null) void need(el.localName).catch(() => {});
    else if (!el.hasAttribute(`${CONTAINER}-ready`)) upgrade(el, name);
  };

  const upgrade = (container: Element, name: string) => {
    const tag = `vois-${name.trim().toLowerCase()}`;
    container.setAttribute(`${CONTAINER}-ready`, '');
    if (!definitions[tag]) {
      console.warn(`[vois-online] ${CONTAINER}="${name}" ist unbekannt / is unknown: ${Object.keys(definitions).join(', ')}`);
      return;
    }
    need(tag).then(
      () => {
        const el = root.createElement(tag);
        // Only the element's own reactive attributes are copied, never `on…`, `style` or
        // anything else: the container must not become a way around the CMS's sanitizer.
        const allowed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
        for (const attr of allowed) {
          const value = container.getAttribute(`data-${attr}`);
          if (value !== null && !/^on|^style$/i.test(attr)) el.setAttribute(attr, value);
        }
        // Replaces the fallback content (e.g. a link to the service for visitors without JS).
        container.replaceChildren(el);
      },
      () => container.removeAttribute(`${CONTAINER}-ready`),
    );
  };

  const scan = (node: ParentNode & Node) => {
    if (node instanceof Element && node.matches(selector)) visit(node);
    node.querySelectorAll(selector).forEach(visit);
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
