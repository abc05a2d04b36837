/**
 * What the embed assistant writes for a choice: the snippet (versioned URLs + SRI from the
 * build's manifest.json), the Content-Security-Policy sources to add, the CORS header the widget
 * host needs, and the origin to put on the API's allow-list. Pure functions, no DOM: used by the
 * demo page /einbetten, by its Storybook story and by the e2e test. Rules: EMBEDDING.md.
 *
 * @typedef {{ version: string, integrity: Record<string, string>, towns: { slug: string, name: string, kind: string, ags: string, theme: string }[],
 *   services: { id: string, title: string, titleEn: string }[], themes: string[] }} AssistantData
 * @typedef {{ town: string, service: string, theme: string, lang: '' | 'de' | 'en', headingLevel: string,
 *   method: 'script' | 'container' | 'iframe' | 'shortcode', site: string, files: string, api: string }} Choice
 */

export const METHODS = {
  script: 'Script-Tag mit Element (A)',
  container: 'data-vois-widget-Container mit Loader (B)',
  iframe: 'iframe (C)',
  shortcode: 'WordPress-Shortcode',
};

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const originOf = (url) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/** Problems of the free-text fields, each naming the field (shown instead of a broken snippet). */
export function problems(choice) {
  const out = [];
  const url = (value, label, example) => {
    if (!/^https?:\/\/[^\s"<>]+$/.test(value) || !originOf(value)) out.push(`${label}: bitte eine vollständige Adresse mit https:// angeben, z. B. ${example}.`);
  };
  url(choice.site, 'Adresse Ihrer Website', 'https://www.strausberg.de');
  url(choice.files, 'Adresse der Widget-Dateien', 'https://www.strausberg.de/vois-widgets');
  url(choice.api, 'Adresse der VOIS-Schnittstelle', 'https://api.example.de');
  return out;
}

/** @param {AssistantData} data @param {Choice} choice */
export function buildEmbedding(data, choice) {
  const town = data.towns.find((t) => t.slug === choice.town) ?? data.towns[0];
  const service = data.services.find((s) => s.id === choice.service) ?? data.services[0];
  if (!town || !service) throw new Error('Der Assistent braucht mindestens eine Stadt und einen Dienst.');
  const v = data.version;
  const base = choice.files.replace(/\/+$/, '');
  const api = choice.api.replace(/\/+$/, '');
  const site = originOf(choice.site);
  const filesOrigin = originOf(base);
  const sameOrigin = filesOrigin === site;
  const tag = `vois-${service.id}`;
  const title = choice.lang === 'en' ? service.titleEn : service.title;
  const attrs = [
    ['api', api],
    ['kommune', town.ags],
    ['theme', choice.theme],
    ...(choice.lang ? [['lang', choice.lang]] : []),
    ['heading-level', choice.headingLevel],
  ];
  const script = (file) => `<script type="module" src="${base}/${v}/${file}"\n        integrity="${data.integrity[file]}" crossorigin="anonymous"></script>`;

  let snippet;
  if (choice.method === 'script') {
    snippet = `${script('vois-widgets.js')}\n\n<${tag} ${attrs.map(([k, val]) => `${k}="${escapeAttr(val)}"`).join(' ')}></${tag}>`;
  } else if (choice.method === 'container') {
    snippet = `${script('loader.js')}\n\n<div data-vois-widget="${service.id}" ${attrs.map(([k, val]) => `data-${k}="${escapeAttr(val)}"`).join(' ')}>\n  <a href="${escapeAttr(site)}/buergerbuero">${choice.lang === 'en' ? 'Contact the citizens’ office' : `${service.title} beim Bürgerbüro`}</a>\n</div>`;
  } else if (choice.method === 'iframe') {
    const query = [['widget', service.id], ...attrs].map(([k, val]) => `${k}=${encodeURIComponent(val)}`).join('&amp;');
    snippet = `<iframe src="${base}/${v}/embed.html?${query}"\n        title="${escapeAttr(title)}" width="100%" height="900" loading="lazy"></iframe>\n${script('embed-parent.js')}`;
  } else {
    const extra = [
      ...(choice.theme !== town.theme ? [['theme', choice.theme]] : []),
      ...(choice.lang ? [['lang', choice.lang]] : []),
      ...(choice.headingLevel !== '2' ? [['heading-level', choice.headingLevel]] : []),
    ];
    snippet = `[vois widget="${service.id}"${extra.map(([k, val]) => ` ${k}="${val}"`).join('')}]`;
  }

  // What the town's page (site) must allow. With the iframe the page only frames embed.html and
  // loads embed-parent.js; embed.html itself talks to the API.
  const fileSource = sameOrigin ? "'self'" : filesOrigin;
  const csp =
    choice.method === 'iframe'
      ? [`script-src ${fileSource}`, `frame-src ${fileSource}`]
      : [`script-src ${fileSource}`, `connect-src ${originOf(api)}`];
  const cors = sameOrigin
    ? null
    : { origin: filesOrigin, header: 'Access-Control-Allow-Origin: *', apache: 'Header set Access-Control-Allow-Origin "*"', nginx: 'add_header Access-Control-Allow-Origin "*" always;' };
  const allowList = choice.method === 'iframe' ? filesOrigin : site;
  const settings =
    choice.method === 'shortcode'
      ? [
          `Plugin: wordpress/vois-widgets.php (Version ${v}) nach wp-content/mu-plugins/, die Dateien nach wp-content/vois/${v}/`,
          `Einstellungen → VOIS-Online → Adresse der VOIS-Schnittstelle: ${api}`,
          `Einstellungen → VOIS-Online → Amtlicher Gemeindeschlüssel: ${town.ags}`,
          `Einstellungen → VOIS-Online → Farbvorlage (Theme): ${town.theme}`,
          ...(base === `${site}/wp-content/vois` ? [] : [`Einstellungen → VOIS-Online → Adresse der Widget-Dateien: ${base}`]),
        ]
      : [];
  return { snippet, csp, cors, allowList, settings, tag, town, service, title };
}
