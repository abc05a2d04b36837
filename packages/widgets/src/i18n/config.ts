/**
 * The message for a broken embedding (`parts/config-message.ts`) in both languages at once:
 * the webmaster may read either, and it is shown on a page whose language may be wrong. So
 * these few texts are bundled in German and English for every widget; all other English
 * texts are fetched only for English widgets (see `LangTexts` in `index.ts`).
 */
import type { Lang } from './index.ts';

const de = {
  title: 'Dieser Online-Dienst ist falsch eingebunden',
  citizen: 'Der Dienst steht hier gerade nicht zur Verfügung. Bitte wenden Sie sich an Ihre Stadt- oder Gemeindeverwaltung.',
  webmaster: 'Hinweis für die Redaktion dieser Website:',
  missing: (attribute: string) => `Das Attribut „${attribute}“ fehlt.`,
  invalid: (attribute: string, value: string) => `Das Attribut „${attribute}“ hat einen ungültigen Wert: „${value}“.`,
  expected: 'Erwartet',
  example: 'Beispiel',
  unknownKommune: (ags: string) => `Die Gemeinde mit dem Schlüssel „${ags}“ ist beim Dienst nicht eingerichtet.`,
  originNotAllowed: 'Diese Website ist für den Dienst nicht freigeschaltet (CORS-Freigabe fehlt).',
  hints: {
    api: 'Adresse der Schnittstelle (http oder https)',
    kommune: 'achtstelliger amtlicher Gemeindeschlüssel (AGS)',
    lang: '„de“ oder „en“',
    theme: 'einer der Namen',
    'heading-level': 'eine Zahl von 1 bis 6',
    'return-url': 'vollständige Adresse dieser Seite (http oder https)',
  },
};

export type ConfigTexts = typeof de;

/** Typed by the German texts: a missing or extra key fails the type check. */
const en: ConfigTexts = {
  title: 'This online service is not set up correctly',
  citizen: 'The service is not available here right now. Please contact your town or municipality.',
  webmaster: 'Note for the editors of this website:',
  missing: (attribute) => `The attribute “${attribute}” is missing.`,
  invalid: (attribute, value) => `The attribute “${attribute}” has an invalid value: “${value}”.`,
  expected: 'Expected',
  example: 'Example',
  unknownKommune: (ags) => `The municipality with the key “${ags}” is not set up for this service.`,
  originNotAllowed: 'This website is not enabled for the service (CORS allow-list).',
  hints: {
    api: 'address of the API (http or https)',
    kommune: 'eight-digit official municipality key (AGS)',
    lang: '“de” or “en”',
    theme: 'one of the names',
    'heading-level': 'a number from 1 to 6',
    'return-url': 'full address of this page (http or https)',
  },
};

export const configTexts: Readonly<Record<Lang, ConfigTexts>> = { de, en };
