import type { Verification } from '@vois-online/client/contract';
import { formatDateTime } from '../rules/dates.ts';
import { html } from './html.ts';
import type { Lang } from './i18n.ts';
import { page } from './layout.ts';

const TYPE = {
  de: { MELDEBESCHEINIGUNG: 'Meldebescheinigung', MELDEBESTAETIGUNG: 'Meldebestätigung (Abmeldung einer Nebenwohnung)', SPERREN_QUITTUNG: 'Bestätigung über Übermittlungssperren', SELBSTAUSKUNFT: 'Selbstauskunft aus dem Melderegister' },
  en: { MELDEBESCHEINIGUNG: 'Registration certificate', MELDEBESTAETIGUNG: 'Deregistration confirmation (secondary residence)', SPERREN_QUITTUNG: 'Receipt for transmission blocks', SELBSTAUSKUNFT: 'Self-disclosure from the register' },
} as const;

const TEXT = {
  de: {
    title: 'Dokument prüfen',
    intro: 'Prüfen Sie, ob eine Meldebescheinigung oder ein anderes Dokument aus dem Online-Dienst echt ist.',
    label: 'Prüfcode',
    hint: 'Sie finden ihn auf jeder Seite des Dokuments, zum Beispiel K7QM-3XPA-Z9RT.',
    submit: 'Prüfen',
    validTitle: 'Das Dokument ist echt',
    validText: 'Vergleichen Sie diese Angaben mit dem Dokument, das Ihnen vorliegt. Haben Sie die PDF-Datei, muss auch ihr SHA-256-Prüfwert übereinstimmen.',
    type: 'Dokumentart', number: 'Dokumentnummer', issuedAt: 'Ausgestellt am', issuer: 'Ausgestellt von', holder: 'Inhaber/in (Initialen)', sha: 'SHA-256 der PDF-Datei', seal: 'Siegelzertifikat (SHA-256)',
    notFoundTitle: 'Kein Dokument mit diesem Prüfcode',
    notFoundText: 'Prüfen Sie den Code auf Tippfehler. Ist er richtig, stammt das Dokument nicht aus diesem Dienst – wenden Sie sich an die ausstellende Meldebehörde.',
    invalidTitle: 'Das ist kein gültiger Prüfcode',
    invalidText: 'Ein Prüfcode hat drei Gruppen aus je vier Buchstaben oder Ziffern, zum Beispiel K7QM-3XPA-Z9RT.',
    privacy: 'Die Prüfung zeigt keine Namen oder Anschriften, nur die Initialen der Inhaberin oder des Inhabers.',
    rateTitle: 'Zu viele Prüfungen in kurzer Zeit',
    rateText: 'Bitte warten Sie eine Minute und prüfen Sie dann erneut.',
  },
  en: {
    title: 'Verify a document',
    intro: 'Check whether a registration certificate or another document from the online service is genuine.',
    label: 'Verification code',
    hint: 'You find it on every page of the document, for example K7QM-3XPA-Z9RT.',
    submit: 'Verify',
    validTitle: 'The document is genuine',
    validText: 'Compare these facts with the document you have. If you have the PDF file, its SHA-256 value must match as well.',
    type: 'Document type', number: 'Document number', issuedAt: 'Issued on', issuer: 'Issued by', holder: 'Holder (initials)', sha: 'SHA-256 of the PDF file', seal: 'Seal certificate (SHA-256)',
    notFoundTitle: 'No document with this code',
    notFoundText: 'Check the code for typos. If it is correct, the document does not come from this service – contact the issuing registration office.',
    invalidTitle: 'This is not a valid verification code',
    invalidText: 'A verification code has three groups of four letters or digits, for example K7QM-3XPA-Z9RT.',
    privacy: 'The check shows no names or addresses, only the holder’s initials.',
    rateTitle: 'Too many checks in a short time',
    rateText: 'Please wait a minute and check again.',
  },
} as const;

export type VerificationOutcome = { kind: 'form' } | { kind: 'valid'; verification: Verification } | { kind: 'not-found' } | { kind: 'invalid' } | { kind: 'rate-limited' };

export function verificationPage(input: { lang: Lang; code: string; outcome: VerificationOutcome; sealFingerprint?: string | undefined; langSwitch: string }): string {
  const x = TEXT[input.lang];
  const o = input.outcome;
  const invalid = o.kind === 'invalid';
  const result = o.kind === 'valid'
    ? html`<section class="result result--valid" aria-labelledby="result-title">
  <h2 id="result-title"><span aria-hidden="true">✓ </span>${x.validTitle}</h2>
  <p>${x.validText}</p>
  <dl class="facts">
    <dt>${x.type}</dt><dd>${TYPE[input.lang][o.verification.type]}</dd>
    <dt>${x.number}</dt><dd>${o.verification.number}</dd>
    <dt>${x.issuedAt}</dt><dd>${formatDateTime(o.verification.issuedAt)}</dd>
    <dt>${x.issuer}</dt><dd>${o.verification.issuer.name} (AGS ${o.verification.issuer.ags})</dd>
    <dt>${x.holder}</dt><dd>${o.verification.holderInitials}</dd>
    <dt>${x.sha}</dt><dd class="hash">${o.verification.sha256}</dd>
    ${input.sealFingerprint ? html`<dt>${x.seal}</dt><dd class="hash">${input.sealFingerprint}</dd>` : ''}
  </dl>
</section>`
    : o.kind === 'not-found'
      ? html`<section class="result result--invalid" aria-labelledby="result-title"><h2 id="result-title">${x.notFoundTitle}</h2><p>${x.notFoundText}</p></section>`
      : o.kind === 'rate-limited'
        ? html`<section class="result result--invalid" aria-labelledby="result-title"><h2 id="result-title">${x.rateTitle}</h2><p>${x.rateText}</p></section>`
        : '';
  const body = html`
<h1>${x.title}</h1>
<p>${x.intro}</p>
${invalid ? html`<div class="error-summary" role="alert" aria-labelledby="error-title"><h2 id="error-title">${x.invalidTitle}</h2><ul><li><a href="#code">${x.invalidText}</a></li></ul></div>` : ''}
<form method="get" action="/pruefung" class="verify-form" novalidate>
  <label for="code">${x.label}</label>
  <p class="hint" id="code-hint">${x.hint}</p>
  ${invalid ? html`<p class="field-error" id="code-error">${x.invalidText}</p>` : ''}
  <input id="code" name="code" type="text" value="${input.code}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20"
    aria-describedby="code-hint${invalid ? ' code-error' : ''}"${invalid ? html` aria-invalid="true"` : ''}>
  <button type="submit" class="button button--primary">${x.submit}</button>
</form>
${result}
<p class="muted">${x.privacy}</p>`;
  const prefix = invalid || o.kind === 'not-found' || o.kind === 'rate-limited' ? (input.lang === 'de' ? 'Fehler: ' : 'Error: ') : '';
  return page({ lang: input.lang, title: `${prefix}${x.title}`, body, sandbox: true, langSwitch: input.langSwitch });
}
