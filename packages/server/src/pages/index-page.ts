import { html } from './html.ts';
import type { Lang } from './i18n.ts';
import { page } from './layout.ts';

/** `/`: what this server is and where to go. */
export function indexPage(lang: Lang, towns: Array<{ ags: string; name: string }>): string {
  const de = lang === 'de';
  const body = html`<h1>${de ? 'VOIS-Online Referenzserver' : 'VOIS-Online reference server'}</h1>
<p>${de ? 'Dieser Server stellt die API der vier Online-Dienste des Meldewesens bereit – mit eingebettetem Testregister, Sandbox-Anmeldung und gesiegelten PDF-Dokumenten.'
    : 'This server provides the API of the four online registration services – with an embedded test register, sandbox login and sealed PDF documents.'}</p>
<ul>
  <li><a href="/pruefung">${de ? 'Dokument prüfen' : 'Verify a document'}</a></li>
  <li><a href="/openapi.json">${de ? 'API-Beschreibung (OpenAPI 3.1)' : 'API description (OpenAPI 3.1)'}</a></li>
</ul>
<h2>${de ? 'Pilotkommunen' : 'Pilot municipalities'}</h2>
<ul>${towns.map((t) => html`<li>${t.name} <span class="muted">(AGS ${t.ags})</span></li>`)}</ul>`;
  return page({ lang, title: 'VOIS-Online', body, sandbox: true, langSwitch: de ? '/?lang=en' : '/?lang=de' });
}
