/**
 * /einbetten — the embed assistant for webmasters. The page carries the build's manifest data
 * (version, SRI hashes) as a JSON data block; public/einbetten.js draws the form, the live
 * widget and the snippets (rules in public/einbetten-snippets.js, EMBEDDING.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Html, html } from './html.ts';
import { services, towns } from './towns.ts';

interface Manifest {
  version: string;
  files: Record<string, { integrity: string }>;
}

/** The assistant's data from dist/cdn/<version>/manifest.json; undefined before the first build. */
export function assistantData(bundleDir: string) {
  const { version } = JSON.parse(readFileSync(join(bundleDir, '../../package.json'), 'utf8')) as { version: string };
  const file = join(bundleDir, version, 'manifest.json');
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const integrity = Object.fromEntries(['vois-widgets.js', 'loader.js', 'embed-parent.js'].map((f) => [f, manifest.files[f]!.integrity]));
  return {
    version: manifest.version,
    integrity,
    towns: towns.map(({ slug, name, kind, ags, theme }) => ({ slug, name, kind, ags, theme })),
    services: [
      ...services.map((s) => ({ id: s.path, title: s.title.replace(' online', ''), titleEn: s.titleEn })),
      { id: 'dienste', title: 'Übersicht aller Dienste', titleEn: 'All online services' },
    ],
    themes: ['default', ...towns.map((t) => t.theme)],
  };
}

/** JSON inside <script type="application/json">: "<" escaped so no "</script>" can end it. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function embedAssistantPage(o: { api: string; bundleDir: string; storybook?: string }) {
  const data = assistantData(o.bundleDir);
  return html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Einbettungs-Assistent – VOIS-Online-Widgets</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/assets/einbetten.css">
${data ? html`<script type="module" src="/vendor/vois-widgets.js"></script>
<script type="module" src="/vendor/${data.version}/embed-parent.js"></script>
<script type="module" src="/assets/einbetten.js"></script>` : ''}
</head>
<body class="portal">
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header class="site-header portal-header"><div class="wrap"><a class="brand" href="/">VOIS-Online-Widgets · Demo</a></div></header>
<main id="inhalt" class="wrap content ea-page">
  <h1>Einbettungs-Assistent</h1>
  <p class="lead">Stadt, Dienst, Farbvorlage, Sprache und Art der Einbindung wählen, das Widget ansehen und den fertigen Schnipsel kopieren – mit versionierten Adressen und SRI-Hashes aus dem Build, den Zeilen für Ihre Content-Security-Policy und der CORS-Kopfzeile. Die Erklärungen dazu stehen in der Anleitung für Webmaster (EMBEDDING.md)${o.storybook ? html`, auch im <a href="${o.storybook}">Storybook</a>` : ''}.</p>
  ${data
    ? html`<div id="einbetten"></div>
<script type="application/json" id="einbetten-daten">${rawJson({ data, previewApi: o.api, previewFiles: '/vendor' })}</script>
<noscript><p>Der Assistent braucht JavaScript. Die Schnipsel stehen auch in der Anleitung (Abschnitt 2).</p></noscript>`
    : html`<p>Noch kein Build: <code>pnpm -F @vois-online/widgets build</code> schreibt die Dateien und ihre Hashes.</p>`}
</main>
</body>
</html>`.value;
}

/** The data block's text, not HTML-escaped (it is JSON), with "<" escaped for safety. */
const rawJson = (value: unknown) => new Html(jsonBlock(value));
