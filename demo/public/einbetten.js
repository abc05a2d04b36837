/**
 * The embed assistant (/einbetten, and the Storybook page "Einbetten › Assistent"): a form
 * (town, service, theme, language, heading level, embedding method, the three addresses), the
 * live widget, and the exact snippet, CSP sources, CORS header and allow-list entry to copy.
 * No inline script or style (the demo's strict CSP); texts from einbetten-snippets.js.
 */
import { METHODS, buildEmbedding, problems } from './einbetten-snippets.js';

const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
};

function field(label, control, help) {
  const id = control.id;
  const wrap = el('div', { className: 'ea-field' }, el('label', { htmlFor: id, textContent: label }), control);
  if (help) {
    control.setAttribute('aria-describedby', `${id}-help`);
    wrap.append(el('p', { className: 'ea-help', id: `${id}-help`, textContent: help }));
  }
  return wrap;
}

const select = (id, options, value) => {
  const s = el('select', { id, name: id });
  for (const [v, text] of options) s.append(el('option', { value: v, textContent: text, selected: v === value }));
  return s;
};

/**
 * @param {HTMLElement} root
 * @param {import('./einbetten-snippets.js').AssistantData} data
 * @param {{ previewApi: string, previewFiles?: string, onWidget?: (el: HTMLElement) => void }} options
 *   where the live widget gets its files and data (the demo's own), independent of the addresses
 *   typed for the snippet; without previewFiles the iframe is previewed as the element it frames
 */
export function mountAssistant(root, data, options) {
  const first = data.towns[0];
  if (!first || !data.services[0]) throw new Error('Der Assistent braucht mindestens eine Stadt und einen Dienst.');
  const controls = {
    town: select('ea-town', data.towns.map((t) => [t.slug, `${t.kind} ${t.name} (${t.ags})`]), first.slug),
    service: select('ea-service', data.services.map((s) => [s.id, s.title]), data.services[0].id),
    theme: select('ea-theme', data.themes.map((t) => [t, t]), first.theme),
    lang: select('ea-lang', [['', 'wie die Seite (<html lang>)'], ['de', 'Deutsch'], ['en', 'Englisch']], ''),
    headingLevel: select('ea-heading', ['1', '2', '3', '4', '5', '6'].map((n) => [n, `h${n}`]), '2'),
    site: el('input', { id: 'ea-site', type: 'url', value: `https://www.${first.slug}.de`, autocomplete: 'url' }),
    files: el('input', { id: 'ea-files', type: 'url', value: `https://www.${first.slug}.de/vois-widgets` }),
    api: el('input', { id: 'ea-api', type: 'url', value: 'https://api.example.de' }),
  };
  const methods = el('fieldset', { className: 'ea-methods' }, el('legend', { textContent: 'Art der Einbindung' }));
  for (const [value, text] of Object.entries(METHODS)) {
    const id = `ea-method-${value}`;
    methods.append(el('div', { className: 'ea-radio' }, el('input', { type: 'radio', name: 'ea-method', id, value, checked: value === 'script' }), el('label', { htmlFor: id, textContent: text })));
  }

  const form = el(
    'form',
    { className: 'ea-form', noValidate: true },
    el('fieldset', {}, el('legend', { textContent: 'Dienst' }),
      field('Stadt', controls.town), field('Dienst', controls.service), field('Farbvorlage (Theme)', controls.theme),
      field('Sprache', controls.lang, 'Ohne Angabe folgt das Widget dem lang-Attribut der Seite.'), field('Überschriftenebene des Widgets', controls.headingLevel)),
    methods,
    el('fieldset', {}, el('legend', { textContent: 'Adressen' }),
      field('Adresse Ihrer Website', controls.site, 'Der Origin, den Besucher sehen; er kommt auf die Freigabeliste der Schnittstelle.'),
      field('Adresse der Widget-Dateien', controls.files, 'Der Ordner, der den Versionsordner enthält. Am besten auf Ihrem eigenen Server.'),
      field('Adresse der VOIS-Schnittstelle', controls.api, 'Vom Betreiber der Schnittstelle.')),
  );
  form.addEventListener('submit', (e) => e.preventDefault());

  const status = el('p', { className: 'ea-status', role: 'status' });
  const errors = el('div', { className: 'ea-errors', hidden: true });
  const out = (id, heading) => {
    const code = el('code', { id });
    const button = el('button', { type: 'button', className: 'ea-copy', textContent: `${heading} kopieren` });
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = `${heading} kopiert.`;
      } catch {
        getSelection()?.selectAllChildren(code);
        status.textContent = 'Kopieren nicht möglich: der Text ist markiert, bitte mit Strg+C kopieren.';
      }
    });
    return { code, section: el('section', { className: 'ea-out' }, el('h3', { textContent: heading }), el('pre', {}, code), button) };
  };
  const snippet = out('ea-snippet', 'Schnipsel');
  const csp = out('ea-csp', 'CSP-Quellen');
  const cors = el('div', { id: 'ea-cors' });
  const allow = el('p', { id: 'ea-allow' });
  const settings = el('ul', { id: 'ea-settings' });
  const preview = el('div', { className: 'ea-preview', id: 'ea-preview' });

  root.append(
    el('div', { className: 'ea-grid' },
      el('div', {}, el('h2', { textContent: 'Auswahl' }), form),
      el('div', {}, el('h2', { textContent: 'Vorschau' }), el('p', { className: 'ea-help', textContent: 'Lebendiges Widget mit der Demo-Schnittstelle (Test-Anmeldung).' }), preview)),
    el('h2', { textContent: 'Zum Kopieren' }),
    status, errors, snippet.section,
    el('section', { className: 'ea-out' }, el('h3', { textContent: 'Einstellungen in WordPress' }), settings),
    csp.section,
    el('section', { className: 'ea-out' }, el('h3', { textContent: 'CORS-Kopfzeile des Datei-Hosts' }), cors),
    el('section', { className: 'ea-out' }, el('h3', { textContent: 'Freischaltung bei der Schnittstelle' }), allow),
  );

  let previewKey = '';
  const choice = () => ({
    town: controls.town.value, service: controls.service.value, theme: controls.theme.value, lang: controls.lang.value,
    headingLevel: controls.headingLevel.value, method: form.querySelector('input[name="ea-method"]:checked')?.value ?? 'script',
    site: controls.site.value.trim(), files: controls.files.value.trim(), api: controls.api.value.trim(),
  });

  function update() {
    const c = choice();
    const wrong = problems(c);
    errors.hidden = wrong.length === 0;
    errors.replaceChildren(...(wrong.length ? [el('p', { textContent: 'Bitte prüfen:' }), el('ul', {}, ...wrong.map((w) => el('li', { textContent: w })))] : []));
    const e = buildEmbedding(data, wrong.length ? { ...c, site: 'https://www.example.de', files: 'https://www.example.de/vois-widgets', api: 'https://api.example.de' } : c);
    snippet.code.textContent = wrong.length ? '' : e.snippet;
    csp.code.textContent = wrong.length ? '' : e.csp.join('\n');
    settings.closest('section').hidden = e.settings.length === 0;
    settings.replaceChildren(...e.settings.map((s) => el('li', { textContent: s })));
    cors.replaceChildren(
      ...(e.cors
        ? [el('p', { textContent: `Der Host ${e.cors.origin} muss zu jeder Datei senden:` }), el('pre', {}, el('code', { textContent: `${e.cors.header}\n\n# Apache (a2enmod headers)\n${e.cors.apache}\n# nginx\n${e.cors.nginx}` }))]
        : [el('p', { textContent: 'Nichts nötig: Die Dateien liegen auf demselben Origin wie Ihre Seite.' })]),
    );
    allow.textContent = `Bitten Sie den Betreiber der Schnittstelle, ${e.allowList} für den Gemeindeschlüssel ${e.town.ags} freizuschalten.`;
    renderPreview(c, e);
  }

  /**
   * @param {import('./einbetten-snippets.js').Choice} c
   * @param {ReturnType<typeof buildEmbedding>} e
   */
  function renderPreview(c, e) {
    const key = JSON.stringify([c.town, c.service, c.theme, c.lang, c.headingLevel, c.method === 'iframe']);
    if (key === previewKey) return;
    previewKey = key;
    const attrs = { api: options.previewApi, kommune: e.town.ags, theme: c.theme, 'heading-level': c.headingLevel, ...(c.lang && { lang: c.lang }) };
    if (c.method === 'iframe' && options.previewFiles) {
      const query = new URLSearchParams({ widget: e.service.id, ...attrs });
      preview.replaceChildren(el('iframe', { src: `${options.previewFiles}/${data.version}/embed.html?${query}`, title: e.title, width: '100%', height: '900' }));
    } else {
      const widget = document.createElement(e.tag);
      for (const [k, val] of Object.entries(attrs)) widget.setAttribute(k, val);
      // Storybook wires the element to its fake API here.
      options.onWidget?.(widget);
      preview.replaceChildren(widget);
    }
  }

  controls.town.addEventListener('change', () => {
    const town = data.towns.find((t) => t.slug === controls.town.value);
    // The town's own preset and example addresses follow the town, unless typed over.
    const oldSite = `https://www.${controls.site.dataset.town ?? first.slug}.de`;
    if (town) {
      controls.theme.value = town.theme;
      if (controls.site.value === oldSite) controls.site.value = `https://www.${town.slug}.de`;
      if (controls.files.value === `${oldSite}/vois-widgets`) controls.files.value = `https://www.${town.slug}.de/vois-widgets`;
      controls.site.dataset.town = town.slug;
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
  return { update, controls };
}

const dataBlock = document.getElementById('einbetten-daten');
const mountPoint = document.getElementById('einbetten');
if (dataBlock && mountPoint) {
  const { data, previewApi, previewFiles } = JSON.parse(dataBlock.textContent ?? '{}');
  mountAssistant(mountPoint, data, { previewApi, previewFiles });
}
