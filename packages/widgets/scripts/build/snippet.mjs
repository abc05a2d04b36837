// Prints the copy-paste snippets with the current SRI hashes into docs/EMBEDDING.md (German) and
// docs/EMBEDDING.en.md (English), (between
// the `snippet:start`/`snippet:end` markers), and the attribute/event reference of every element
// from custom-elements.json (`elements:start`/`elements:end`), and into dist/cdn/<version>/SNIPPET.md, so the
// guide Storybook renders always matches the files the manifest describes. The WordPress plugin
// (wordpress/vois-widgets.php) gets the version and the loader's hash the same way.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CDN_BASE = 'https://cdn.example.de/vois-widgets';

const TEXTS = {
  de: {
    intro: (v, base) => `Version ${v}. Ersetzen Sie \`${base}\` durch die Adresse, unter der Sie die Dateien bereitstellen (Ihr eigener Server, oder
\`https://cdn.jsdelivr.net/npm/@vois-online/widgets@${v}/dist/cdn\`). Die Hashes sind die aus
\`dist/cdn/${v}/manifest.json\`; eine veränderte Datei lehnt der Browser ab. Liegen die Dateien auf
einem anderen Host als Ihre Seite, muss dieser Host \`Access-Control-Allow-Origin\` senden (Abschnitt 2, „Eigener Host für die Dateien“).`,
    a: (kb) => `**A — eine Datei mit allem** (am einfachsten; ${kb} kB gzip, eine Anfrage):`,
    b: (kb) => `**B — der Loader** (${kb} kB gzip; lädt nur die Widgets, die auf der Seite stehen, auch später eingefügte):`,
    fallback: 'Meldebescheinigung beim Bürgerbüro',
    preload: `**B, schneller im Mobilnetz.** Auf der Seite mit einem Widget zusätzlich dessen zwei Zeilen unten in
den \`<head>\`: Der Browser lädt die Dateien des Widgets dann zusammen mit dem Loader statt danach,
eine Runde weniger (gemessen mit \`pnpm bench\`: etwa 160 ms weniger bei langsamem 4G). Nur für die
Widgets dieser Seite; ohne die Zeilen funktioniert alles genauso.`,
    c: `**C — iframe** (für ein CMS, das nur iframes erlaubt; die Skriptzeile ist optional und passt die
Höhe des Rahmens an seinen Inhalt an; \`font\` setzt die Schrift im Rahmen, siehe Abschnitt 5):`,
    frameTitle: 'Meldebescheinigung online beantragen',
  },
  en: {
    intro: (v, base) => `Version ${v}. Replace \`${base}\` with where you host the files (your own server, or
\`https://cdn.jsdelivr.net/npm/@vois-online/widgets@${v}/dist/cdn\`). The hashes are those of the
files in \`dist/cdn/${v}/manifest.json\`; a changed file is refused by the browser. If the files are on
another host than your page, that host must send \`Access-Control-Allow-Origin\` (section 2, "Your own host for the files").`,
    a: (kb) => `**A — one file with everything** (simplest; ${kb} kB gzip, one request):`,
    b: (kb) => `**B — the loader** (${kb} kB gzip; loads only the widgets on the page, also ones added later):`,
    fallback: 'Meldebescheinigung beim Bürgerbüro',
    preload: `**B, faster on mobile networks.** On the page that shows a widget, put its two lines below into
the \`<head>\` as well: the browser then fetches the widget's files together with the loader
instead of after it, one round trip less (measured in \`pnpm bench\`: about 160 ms less on a slow
4G connection). Only for the widgets on that page; without them everything works the same.`,
    c: `**C — iframe** (for a CMS that allows nothing but iframes; the script line is optional and
makes the frame as tall as its content; \`font\` sets the font inside the frame, see section 5):`,
    frameTitle: 'Meldebescheinigung online beantragen',
  },
};

/** Example origins of the snippets; the embed assistant and the cms suite replace them. */
export const EXAMPLE_API = 'https://api.example.de';

export function snippet(manifest, base = CDN_BASE, lang = 'de') {
  const t = TEXTS[lang];
  const v = manifest.version;
  const f = (name) => manifest.files[name].integrity;
  const kb = (name) => (manifest.files[name].gzip / 1000).toFixed(1).replace('.', lang === 'de' ? ',' : '.');
  return `${t.intro(v, base)}

${t.a(kb('vois-widgets.js'))}

\`\`\`html
<script type="module" src="${base}/${v}/vois-widgets.js"
        integrity="${f('vois-widgets.js')}" crossorigin="anonymous"></script>

<vois-meldebescheinigung api="${EXAMPLE_API}" kommune="12064472" theme="strausberg" heading-level="2"></vois-meldebescheinigung>
\`\`\`

${t.b(kb('loader.js'))}

\`\`\`html
<script type="module" src="${base}/${v}/loader.js"
        integrity="${f('loader.js')}" crossorigin="anonymous"></script>

<div data-vois-widget="meldebescheinigung" data-api="${EXAMPLE_API}" data-kommune="12064472"
     data-theme="strausberg" data-heading-level="2">
  <a href="https://www.example.de/buergerservice">${t.fallback}</a>
</div>
\`\`\`

${t.preload}

\`\`\`html
${Object.entries(manifest.entries.widgets)
  .map(([tag, files]) => `<!-- <${tag}> -->\n${files.map((file) => `<link rel="modulepreload" href="${base}/${v}/${file}" integrity="${f(file)}" crossorigin="anonymous">`).join('\n')}`)
  .join('\n')}
\`\`\`

${t.c}

\`\`\`html
<iframe src="${base}/${v}/embed.html?widget=meldebescheinigung&amp;api=https%3A%2F%2Fapi.example.de&amp;kommune=12064472&amp;theme=strausberg&amp;lang=de&amp;heading-level=2&amp;font=Arial%2C%20sans-serif"
        title="${t.frameTitle}" width="100%" height="900" loading="lazy"></iframe>
<script type="module" src="${base}/${v}/embed-parent.js"
        integrity="${f('embed-parent.js')}" crossorigin="anonymous"></script>
\`\`\``;
}

/** German texts of the attributes for the German guide; others fall back to the English JSDoc. */
const ATTRIBUTES_DE = {
  api: 'Adresse der VOIS-Schnittstelle, z. B. `https://api.example.de`. Pflicht.',
  kommune: 'Amtlicher Gemeindeschlüssel (AGS) der Gemeinde, acht Ziffern. Pflicht.',
  lang: '`de` oder `en`; ohne Angabe das `lang` des nächsten Vorfahren, dann das des Dokuments (`<html lang>`).',
  theme: 'Name der Farbvorlage: `default` oder die Vorlage einer Pilotstadt.',
  'heading-level': 'Ebene der Widget-Überschrift (1–6, Standard 2); Überschriften darin folgen ihr.',
  'return-url': 'Wohin die Anmeldung zurückkehrt; Standard: die aktuelle Seite. Muss beim Betreiber freigeschaltet sein.',
  links: 'JSON-Objekt Dienst → Adresse der Seite, die ihn einbindet. Ein hier genannter Dienst ist ein Link, die anderen öffnen sich an Ort und Stelle. Z. B. `{"meldebescheinigung":"/buergerservice/meldebescheinigung"}`.',
};

/** Attributes and events of every element, from custom-elements.json. */
export function elementReference(pkg, lang = 'en') {
  const cem = JSON.parse(readFileSync(resolve(pkg, 'custom-elements.json'), 'utf8'));
  const cell = (t = '') => t.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  return cem.modules
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((el) => {
      const de = lang === 'de';
      const attrs = (el.attributes ?? []).map((a) => `| \`${a.name}\` | ${cell((de && ATTRIBUTES_DE[a.name]) || a.description)} |`).join('\n');
      const events = (el.events ?? []).map((e) => `\`${e.name}\``).join(', ') || '—';
      if (de) return `### \`<${el.tagName}>\`\n\n| Attribut | Bedeutung |\n| --- | --- |\n${attrs}\n\nEreignisse: ${events}. Als \`data-vois-widget\`-Container: \`data-vois-widget="${el.tagName.slice(5)}"\`, die Attribute mit \`data-\` davor.`;
      return `### \`<${el.tagName}>\`\n\n${cell(el.summary ?? '')}\n\n| Attribute | Meaning |\n| --- | --- |\n${attrs}\n\nEvents: ${events}. As \`data-vois-widget\` container: \`data-vois-widget="${el.tagName.slice(5)}"\` with the attributes prefixed \`data-\`.`;
    })
    .join('\n\n');
}

const between = (text, name, content) => text.replace(new RegExp(`(<!-- ${name}:start.*?-->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), (_, a, b) => `${a}${content}${b}`);

export function writeSnippet(pkg, manifest) {
  writeFileSync(resolve(pkg, 'dist/cdn', manifest.version, 'SNIPPET.md'), `# Einbinden / Embedding\n\n${snippet(manifest, CDN_BASE, 'de')}\n\n---\n\n${snippet(manifest, CDN_BASE, 'en')}\n`);
  for (const [file, lang] of [['docs/EMBEDDING.md', 'de'], ['docs/EMBEDDING.en.md', 'en']]) {
    const doc = resolve(pkg, file);
    if (!existsSync(doc)) continue;
    const current = readFileSync(doc, 'utf8');
    const next = between(between(current, 'snippet', snippet(manifest, CDN_BASE, lang)), 'elements', elementReference(pkg, lang));
    if (next !== current) writeFileSync(doc, next);
  }
  writePlugin(pkg, manifest);
}

/** The WordPress must-use plugin carries the version and the loader's SRI hash of this build. */
export function writePlugin(pkg, manifest) {
  const file = resolve(pkg, 'wordpress/vois-widgets.php');
  if (!existsSync(file)) return;
  const current = readFileSync(file, 'utf8');
  const next = current
    .replace(/(define\('VOIS_WIDGETS_VERSION', ')[^']*('\);)/, `$1${manifest.version}$2`)
    .replace(/(define\('VOIS_WIDGETS_LOADER_INTEGRITY', ')[^']*('\);)/, `$1${manifest.files['loader.js'].integrity}$2`)
    .replace(/^( \* Version: ).*$/m, `$1${manifest.version}`);
  if (next !== current) writeFileSync(file, next);
}
