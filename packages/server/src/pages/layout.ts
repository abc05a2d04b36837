import { html, type Html } from './html.ts';
import type { Lang } from './i18n.ts';

export const STYLESHEET_PATH = '/assets/vois-pages.css';

/**
 * Page frame for the server's own pages (sandbox login, verification, errors): one external
 * stylesheet from this origin, no scripts at all, so `default-src 'self'` holds.
 */
export function page(input: { lang: Lang; title: string; body: Html; sandbox?: boolean; langSwitch?: string }): string {
  const banner = input.sandbox
    ? html`<div class="sandbox-banner" role="note"><strong>${input.lang === 'de' ? 'Testumgebung' : 'Test environment'}</strong> – ${input.lang === 'de'
        ? 'keine echte Ausweis-Anmeldung, alle Personen und Daten sind erfunden.'
        : 'no real ID card login; all persons and data are fictional.'}</div>`
    : '';
  const doc = html`<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<meta name="robots" content="noindex">
<title>${input.title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip-link" href="#main">${input.lang === 'de' ? 'Zum Inhalt springen' : 'Skip to content'}</a>
${banner}
<header class="site-header">
  <p class="brand">VOIS-Online <span>${input.lang === 'de' ? 'Referenzserver' : 'reference server'}</span></p>
  ${input.langSwitch ? html`<a class="lang-switch" href="${input.langSwitch}" lang="${input.lang === 'de' ? 'en' : 'de'}" hreflang="${input.lang === 'de' ? 'en' : 'de'}">${input.lang === 'de' ? 'English' : 'Deutsch'}</a>` : ''}
</header>
<main id="main" tabindex="-1">
${input.body}
</main>
<footer class="site-footer"><p>${input.lang === 'de'
    ? 'Sandbox des VOIS-Online-Referenzservers. In Produktion erfolgt die Anmeldung über die BundID; Dokumente tragen dann das Siegel der Meldebehörde.'
    : 'Sandbox of the VOIS-Online reference server. In production, login goes through BundID and documents carry the registration office’s seal.'}</p></footer>
</body>
</html>
`;
  return doc.value;
}
