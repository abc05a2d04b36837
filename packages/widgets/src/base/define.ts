/**
 * Registers a custom element without ever throwing. A CMS page may load the bundle twice
 * (two plugins, a cached and a fresh copy); `customElements.define` would throw on the second
 * copy and break the page's other scripts. Instead we warn once and keep the first definition.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // server-side rendering, old test environments
  const existing = registry.get(tag);
  if (existing) {
    console.warn(
      `[vois-online] <${tag}> ist bereits registriert (Skript doppelt eingebunden?); die erste Registrierung bleibt aktiv. / ` +
        `<${tag}> is already defined (script included twice?); keeping the first definition.`,
    );
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // E.g. the same constructor under another name, or an invalid tag: warn, never break the page.
    console.warn(`[vois-online] could not define <${tag}>:`, error);
    return false;
  }
}
