/**
 * Script of the iframe page `embed.html`, for CMSs that allow nothing but an iframe:
 *
 *   embed.html?widget=meldebescheinigung&api=https://api.example.de&kommune=12064472&theme=strausberg
 *
 * The configuration comes from the query string and is never personal (widget, API, AGS,
 * theme, language, heading level). The page tells its parent its height and the widget's
 * `vois-*` events (details are non-personal by contract) through `postMessage`; the parent side
 * is `embed-parent.js`, which checks the origin. No inline script or style: CSP-friendly.
 *
 * `embed.html` loads this script and the loader, which turns the container into the element.
 *
 * The eID login leaves the iframe: identity providers refuse to be framed, so the login opens
 * in the top window and returns to this page, where the citizen finishes the service.
 */
const params = new URLSearchParams(location.search);
const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
const framed = window.parent !== window;

/**
 * The frame cannot inherit the host page's font, so without one the browser's serif default
 * would show. `font` (a CSS font-family list of fonts installed on visitors' devices, e.g.
 * `font=Arial, Helvetica, sans-serif`) sets it; otherwise the device's sans-serif UI font.
 * Only names, commas, spaces, quotes and hyphens: nothing that could end the declaration.
 */
const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
function frameFont(value: string | null): string {
  return value && value.length <= 200 && /^[\p{L}\p{N} ,'"-]+$/u.test(value) ? value : SYSTEM_FONT;
}

// Page styles through an adopted stylesheet (allowed by a strict style-src, unlike style="").
const sheet = new CSSStyleSheet();
sheet.replaceSync(`html,body{margin:0;padding:0;background:transparent;font-family:${frameFont(params.get('font'))}}main{display:flow-root;padding:.25em}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const lang = params.get('lang');
if (lang && /^[a-z]{2}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;

const container = document.createElement('div');
container.setAttribute('data-vois-widget', params.get('widget') ?? '');
// return-url is left out on purpose: the login must come back to this page.
for (const name of ['api', 'kommune', 'theme', 'lang', 'heading-level']) {
  const value = params.get(name);
  if (value !== null) container.setAttribute(`data-${name}`, value);
}
main.replaceChildren(container);

/** Messages to the parent page: `{ type: 'vois-embed', height }` or `{ type, event, detail }`. */
const post = (message: Record<string, unknown>) => {
  // '*' is fine: a height and non-personal event details are all that is ever sent; the
  // parent side checks that messages come from this page's origin.
  if (framed) window.parent.postMessage({ type: 'vois-embed', ...message }, '*');
};

new ResizeObserver(() => post({ height: Math.ceil(main.getBoundingClientRect().height) })).observe(main);
for (const type of ['vois-step', 'vois-complete', 'vois-error']) {
  main.addEventListener(type, (event) => post({ event: type, detail: (event as CustomEvent).detail }));
}

// Once the element exists: the login goes to the top window; the document title follows
// the widget's title (the iframe's own `title` attribute is set by the webmaster).
new MutationObserver((_, observer) => {
  const el = container.firstElementChild as (HTMLElement & { navigate?(url: string): void; updateComplete?: Promise<unknown> }) | null;
  if (!el) return;
  observer.disconnect();
  if (framed) el.navigate = (url) => void window.open(url, '_top');
  void el.updateComplete?.then(() => {
    const heading = el.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
    // Soft hyphens (long German words) do not belong in a title.
    const text = heading?.textContent?.replace(/\u00ad/g, '').trim();
    if (text) document.title = text;
  });
}).observe(container, { childList: true });
