import { html, type Html } from './html.ts';
import { services, towns, type Town } from './towns.ts';

export interface PageContext {
  /** Public URL of the reference API, e.g. http://127.0.0.1:8787 */
  api: string;
  /** URL of the Storybook, if one is running or built. */
  storybook?: string;
  personas: readonly { id: string; label: string; description: string }[];
  /** Tag → the widget's chunk URLs, preloaded on its English page (snippet "B, faster on mobile networks"). */
  preloads: Record<string, string[]>;
}

/** Embedding A (one file, every widget) on the German pages… */
const bundle = '/vendor/vois-widgets.js';
/** …and B (the loader: a widget's files only where used, English texts only for English widgets) on the English ones. */
const loader = '/vendor/loader.js';

function layout(o: { title: string; town?: Town; body: Html; css?: string; scripts?: string[]; preloads?: string[]; lang?: string }) {
  return html`<!doctype html>
<html lang="${o.lang ?? 'de'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/${o.css ?? 'site.css'}">
<link rel="stylesheet" href="/assets/vois-reserve.css">
${(o.preloads ?? []).map((href) => html`<link rel="modulepreload" href="${href}">\n`)}${(o.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>\n`)}
</head>
<body class="${o.town ? `town-${o.town.slug}` : 'portal'}">
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
${o.body}
</body>
</html>`.value;
}

function townHeader(town: Town, current?: string) {
  return html`<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/${town.slug}/"><span class="crest" aria-hidden="true"></span><span><small>${town.kind}</small> ${town.name}</span></a>
    <nav aria-label="Hauptnavigation"><ul>
      <li><a href="/${town.slug}/">Bürgerservice</a></li>
      ${services.map((s) => html`<li><a href="/${town.slug}/${s.path}"${current === s.path ? html` aria-current="page"` : ''}>${s.title.replace(' online', '')}</a></li>`)}
    </ul></nav>
  </div>
</header>`;
}

function townFooter(town: Town) {
  return html`<footer class="site-footer"><div class="wrap">
  <p><strong>${town.kind} ${town.name}</strong> · Landkreis ${town.county} · Amtlicher Gemeindeschlüssel ${town.ags}</p>
  <p>Demo-Website der VOIS-Online-Widgets. Farben sind ein illustratives Beispiel, nicht das offizielle Erscheinungsbild der Stadt.</p>
  <ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li><li><a href="/">Alle Demo-Städte</a></li></ul>
</div></footer>`;
}

export function landingPage(ctx: PageContext) {
  return layout({
    title: 'VOIS-Online-Widgets – Demo',
    body: html`<header class="site-header portal-header"><div class="wrap"><span class="brand">VOIS-Online-Widgets · Demo</span></div></header>
<main id="inhalt" class="wrap content">
  <h1>Online-Dienste des Melderegisters – Demo</h1>
  <p class="lead">Sechs Pilotstädte binden die vier Online-Dienste mit einem einzigen Script-Tag in ihre Website ein. Alles hier läuft gegen den Referenz-Server mit einem Test-Melderegister; angemeldet wird mit einem Test-Online-Ausweis.</p>
  <h2>Pilotstädte</h2>
  <ul class="cards">
    ${towns.map((t) => html`<li><a href="/${t.slug}/"><strong>${t.kind} ${t.name}</strong><span>Landkreis ${t.county} · AGS ${t.ags}</span></a></li>`)}
    <li><a href="/stoerfall/"><strong>Feindliche CMS-Seite</strong><span>Aggressives globales CSS, strikte CSP, Bundle doppelt eingebunden</span></a></li>
  </ul>
  <h2>Test-Personen</h2>
  <p>Auf der Test-Anmeldeseite wählen Sie eine dieser fiktiven Personen:</p>
  <table class="personas"><thead><tr><th scope="col">Person</th><th scope="col">Zeigt</th></tr></thead><tbody>
    ${ctx.personas.map((p) => html`<tr><th scope="row">${p.label}</th><td>${p.description}</td></tr>`)}
  </tbody></table>
  <h2>Für Entwickler und Webmaster</h2>
  <ul>
    <li><a href="/einbetten">Einbettungs-Assistent: Schnipsel mit SRI, CSP und CORS für Ihre Seite</a></li>
    <li><a href="${ctx.api}/openapi.json">API-Beschreibung (OpenAPI 3.1)</a></li>
    ${ctx.storybook ? html`<li><a href="${ctx.storybook}">Storybook: alle Widgets in allen Zuständen</a></li>` : ''}
  </ul>
  <p>Einbindung in eine Seite:</p>
  <pre><code>${`<script type="module" src="${bundle}"></script>\n<vois-meldebescheinigung api="${ctx.api}" kommune="12064472" theme="strausberg"></vois-meldebescheinigung>`}</code></pre>
</main>`,
  });
}

export function townHome(town: Town) {
  return layout({
    title: `Bürgerservice – ${town.kind} ${town.name}`,
    town,
    body: html`${townHeader(town)}
<main id="inhalt" class="wrap content">
  <nav aria-label="Sie sind hier" class="crumbs"><a href="/${town.slug}/">Startseite</a> › Bürgerservice</nav>
  <h1>Bürgerservice online</h1>
  <p class="lead">Diese Anliegen erledigen Sie rund um die Uhr online mit Ihrem Personalausweis – ohne Termin und kostenlos.</p>
  <ul class="cards">
    ${services.map((s) => html`<li><a href="/${town.slug}/${s.path}"><strong>${s.title}</strong><span>${s.teaser}</span></a></li>`)}
  </ul>
</main>
${townFooter(town)}`,
  });
}

/** What differs between a service page and its English version. */
const SERVICE_PAGE = {
  de: { crumbs: 'Sie sind hier', home: 'Bürgerservice', other: 'en', switchText: 'This service in English', questions: 'Fragen?', help: (t: Town) => `Das Bürgerbüro der ${t.kind} ${t.name} hilft Ihnen gern weiter.` },
  en: { crumbs: 'You are here', home: 'Citizen services', other: 'de', switchText: 'Diesen Dienst auf Deutsch', questions: 'Questions?', help: (t: Town) => `The citizens' office of ${t.name} is happy to help.` },
} as const;

/**
 * A service page. German pages embed the bundle (A); the English version embeds the loader (B)
 * with `modulepreload` of the widget's chunks, as many town sites have it: the site's frame stays
 * German, the content is marked `lang="en"`, and the widget follows the nearest `lang`.
 */
export function servicePage(town: Town, service: (typeof services)[number], ctx: PageContext, lang: 'de' | 'en' = 'de') {
  const x = SERVICE_PAGE[lang];
  const title = lang === 'de' ? service.title : service.titleEn;
  const otherPath = x.other === 'en' ? `/${town.slug}/en/${service.path}` : `/${town.slug}/${service.path}`;
  return layout({
    title: `${title} – ${town.kind} ${town.name}`,
    town,
    scripts: [lang === 'de' ? bundle : loader],
    preloads: lang === 'de' ? [] : ctx.preloads[service.tag],
    body: html`${townHeader(town, service.path)}
<main id="inhalt" class="wrap content"${lang === 'de' ? '' : html` lang="${lang}"`}>
  <nav aria-label="${x.crumbs}" class="crumbs"><a href="/${town.slug}/">${x.home}</a> › ${title}</nav>
  <h1>${title}</h1>
  <p class="lang-switch"><a href="${otherPath}" hreflang="${x.other}" lang="${x.other}">${x.switchText}</a></p>
  ${widget(service.tag, town, ctx)}
  <aside class="cms-box"><h2>${x.questions}</h2><p>${x.help(town)}</p></aside>
</main>
${townFooter(town)}`,
  });
}

/** The snippet a webmaster pastes: nothing but attributes. */
const widget = (tag: string, town: Town, ctx: PageContext) =>
  html`<${tag} api="${ctx.api}" kommune="${town.ags}" theme="${town.theme}" heading-level="2"></${tag}>`;

/**
 * A deliberately hostile CMS page: root font-size 62.5 %, aggressive global CSS, a sticky
 * header, a narrow column, strict CSP, and the bundle included twice (two module URLs).
 */
export function hostilePage(ctx: PageContext) {
  const town = towns[0]!;
  return layout({
    title: 'Störfall-CMS – VOIS-Online-Widgets',
    town,
    css: 'hostile.css',
    scripts: [bundle, `${bundle}?kopie=2`],
    body: html`<header class="sticky">Störfall-CMS · Stadtportal ${town.name}</header>
<div class="layout"><nav class="side" aria-label="Seitennavigation"><ul>${services.map((s) => html`<li><a href="#${s.path}">${s.title}</a></li>`)}</ul></nav>
<main id="inhalt" class="narrow">
  <h1>Online-Dienste</h1>
  <p>Diese Seite setzt html{font-size:62.5%}, überschreibt line-height, letter-spacing, text-transform, box-sizing und outline global und bindet das Bundle zweimal ein.</p>
  ${services.map((s) => html`<section id="${s.path}"><h2>${s.title}</h2>${widget(s.tag, town, ctx)}</section>`)}
</main></div>`,
  });
}

export function infoPage(title: string, paragraphs: string[]) {
  return layout({
    title,
    body: html`<main id="inhalt" class="wrap content"><h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}<p><a href="/">Zurück zur Übersicht</a></p></main>`,
  });
}
