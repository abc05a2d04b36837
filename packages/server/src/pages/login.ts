import type { Kommune } from '../register/types.ts';
import type { Persona } from '../identity/personas.ts';
import { html } from './html.ts';
import type { Lang } from './i18n.ts';
import { page } from './layout.ts';

const STATUS = {
  de: { ALLEINIGE_WOHNUNG: 'alleinige Wohnung', HAUPTWOHNUNG: 'Hauptwohnung', NEBENWOHNUNG: 'Nebenwohnung' },
  en: { ALLEINIGE_WOHNUNG: 'sole residence', HAUPTWOHNUNG: 'main residence', NEBENWOHNUNG: 'secondary residence' },
} as const;

const TEXT = {
  de: {
    title: 'Anmelden mit dem Online-Ausweis',
    intro: (town: string) => `Die Stadt ${town} möchte Sie für einen Online-Dienst des Bürgerbüros identifizieren. Verlangtes Vertrauensniveau: hoch.`,
    real: 'Im echten Betrieb halten Sie jetzt Ihren Ausweis an das Smartphone oder Kartenlesegerät und geben Ihre PIN ein. Hier wählen Sie stattdessen eine Testperson.',
    legend: 'Testperson wählen',
    hint: 'Personen, die in dieser Stadt gemeldet sind, stehen oben.',
    here: 'Hier gemeldet',
    elsewhere: 'Nicht hier gemeldet',
    none: 'derzeit keine Wohnung im Register',
    registered: 'Gemeldet',
    login: 'Anmelden',
    low: 'Mit zu niedrigem Vertrauensniveau anmelden (substantiell)',
    cancel: 'Anmeldung abbrechen',
    returnTo: 'Nach der Anmeldung geht es zurück zu',
    errorTitle: 'Es gibt ein Problem',
    errorPersona: 'Wählen Sie eine Testperson aus.',
    step: 'Schritt 1 von 1: Identifizierung',
  },
  en: {
    title: 'Log in with your online ID',
    intro: (town: string) => `The town of ${town} wants to identify you for an online service of its citizens’ office. Required level of assurance: high.`,
    real: 'In production you would now hold your ID card to your phone or card reader and enter your PIN. Here you choose a test person instead.',
    legend: 'Choose a test person',
    hint: 'Persons registered in this town are listed first.',
    here: 'Registered here',
    elsewhere: 'Not registered here',
    none: 'no residence in the register at present',
    registered: 'Registered',
    login: 'Log in',
    low: 'Log in with too low a level of assurance (substantial)',
    cancel: 'Cancel login',
    returnTo: 'After login you return to',
    errorTitle: 'There is a problem',
    errorPersona: 'Choose a test person.',
    step: 'Step 1 of 1: identification',
  },
} as const;

export function loginPage(input: { lang: Lang; kommune: Kommune; personas: Persona[]; action: string; nonce: string; returnOrigin: string; error?: 'persona'; langSwitch: string }): string {
  const x = TEXT[input.lang];
  const here = (p: Persona) => p.registrations.some((r) => r.ags === input.kommune.ags);
  const sorted = [...input.personas.filter(here), ...input.personas.filter((p) => !here(p))];
  const options = sorted.map((p) => {
    const id = `persona-${p.id}`;
    const regs = p.registrations.length
      ? p.registrations.map((r) => `${r.town} (${STATUS[input.lang][r.status as keyof (typeof STATUS)['de']]})`).join(', ')
      : x.none;
    return html`<li class="persona${here(p) ? '' : ' persona--elsewhere'}">
  <input type="radio" name="persona" id="${id}" value="${p.id}" required aria-describedby="${id}-desc">
  <label for="${id}"><span class="persona-label">${p.label[input.lang]}</span>
  <span class="persona-tag">${here(p) ? x.here : x.elsewhere}</span></label>
  <p class="persona-desc" id="${id}-desc">${p.description[input.lang]}<br><span class="persona-regs">${x.registered}: ${regs}</span></p>
</li>`;
  });
  const body = html`
<div class="eid-card">
  <p class="step">${x.step}</p>
  <h1>${x.title}</h1>
  <p>${x.intro(input.kommune.name)}</p>
  <p class="muted">${x.real}</p>
</div>
${input.error ? html`<div class="error-summary" role="alert" aria-labelledby="error-title">
  <h2 id="error-title">${x.errorTitle}</h2>
  <ul><li><a href="#persona-list">${x.errorPersona}</a></li></ul>
</div>` : ''}
<form method="post" action="${input.action}" class="login-form" novalidate>
  <input type="hidden" name="nonce" value="${input.nonce}">
  <fieldset id="persona-list" aria-describedby="persona-hint${input.error ? ' persona-error' : ''}">
    <legend>${x.legend}</legend>
    <p class="hint" id="persona-hint">${x.hint}</p>
    ${input.error ? html`<p class="field-error" id="persona-error">${x.errorPersona}</p>` : ''}
    <ul class="personas">${options}</ul>
  </fieldset>
  <div class="actions">
    <button type="submit" name="action" value="login" class="button button--primary">${x.login}</button>
    <button type="submit" name="action" value="low" class="button button--secondary">${x.low}</button>
    <button type="submit" name="action" value="cancel" class="button button--link">${x.cancel}</button>
  </div>
  <p class="muted return-to">${x.returnTo} <strong>${input.returnOrigin}</strong>.</p>
</form>`;
  return page({ lang: input.lang, title: `${input.error ? (input.lang === 'de' ? 'Fehler: ' : 'Error: ') : ''}${x.title} – ${input.kommune.name}`, body, sandbox: true, langSwitch: input.langSwitch });
}
