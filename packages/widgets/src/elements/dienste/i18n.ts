/**
 * Texts of `<vois-dienste>`: its own section of the catalogue, in a module of its own so that only
 * that element's chunk carries them (the loader's shared chunk holds just the shared catalogue).
 * English is in `i18n-en.ts`, fetched only for an English widget (see `LangTexts`).
 */
import { withSection, type Lang } from '../../i18n/index.ts';

export const de = {
  eyebrow: 'Bürgerservice',
  title: 'Online-Dienste des Bürger\u00ADbüros',
  lead: 'Diese Anliegen erledigen Sie hier online – rund um die Uhr und kostenlos. Zum Anmelden brauchen Sie Ihren Online-Ausweis.',
  loading: 'Die Online-Dienste werden geladen …',
  services: {
    meldebescheinigung: {
      title: 'Melde\u00ADbescheinigung',
      description: 'Nachweis, wo Sie gemeldet sind – sofort als gesiegeltes PDF.',
      action: 'Melde\u00ADbescheinigung abrufen',
    },
    'abmeldung-nebenwohnung': {
      title: 'Abmeldung einer Neben\u00ADwohnung',
      description: 'Eine Nebenwohnung abmelden, auch für Ihre Kinder unter 16 Jahren.',
      action: 'Neben\u00ADwohnung abmelden',
    },
    uebermittlungssperren: {
      title: 'Übermittlungs\u00ADsperren',
      description: 'Festlegen, an wen die Meldebehörde Ihre Daten nicht weitergeben darf.',
      action: 'Sperren ansehen und ändern',
    },
    selbstauskunft: {
      title: 'Selbst\u00ADauskunft',
      description: 'Sehen, welche Daten das Melderegister über Sie speichert.',
      action: 'Selbst\u00ADauskunft ansehen',
    },
  },
  back: 'Zurück zur Übersicht',
  opening: 'Der Dienst wird geöffnet …',
  none: {
    title: 'Zurzeit keine Online-Dienste',
    text: 'Hier werden zurzeit keine Meldedienste online angeboten. Das Bürgerbüro hilft Ihnen gern persönlich weiter.',
  },
  notLoaded: {
    title: 'Dieser Dienst kann hier gerade nicht geöffnet werden',
    text: 'Bitte versuchen Sie es später noch einmal oder wenden Sie sich an das Bürgerbüro.',
  },
};

const webmasterDe = {
  /** A service element that never got defined on the page. */
  notLoaded: (tag: string) =>
    `Das Element <${tag}> ist auf dieser Seite nicht registriert. Binden Sie das Gesamtpaket (vois-widgets.js), den Loader (loader.js) oder das Modul „define/${tag.replace(/^vois-/, '')}“ ein.`,
  links: {
    hint: 'ein JSON-Objekt, das einem Dienst (meldebescheinigung, abmeldung-nebenwohnung, uebermittlungssperren, selbstauskunft) die Adresse seiner Seite zuordnet (http, https oder ein Pfad)',
    unknownService: (key: string) => `Das Attribut „links“ nennt einen unbekannten Dienst: „${key}“.`,
    badUrl: (service: string, value: string) => `Das Attribut „links“ hat für „${service}“ keine gültige Adresse: „${value}“.`,
  },
};

/**
 * Lines for the webmaster, in both languages at once like the rest of the configuration
 * message (`i18n/config.ts`): bundled in German and English, not fetched on demand.
 */
export const webmaster: Readonly<Record<Lang, typeof webmasterDe>> = {
  de: webmasterDe,
  en: {
    notLoaded: (tag) =>
      `The element <${tag}> is not defined on this page. Include the full bundle (vois-widgets.js), the loader (loader.js) or the module "define/${tag.replace(/^vois-/, '')}".`,
    links: {
      hint: 'a JSON object mapping a service (meldebescheinigung, abmeldung-nebenwohnung, uebermittlungssperren, selbstauskunft) to the address of its page (http, https or a path)',
      unknownService: (key) => `The attribute "links" names an unknown service: "${key}".`,
      badUrl: (service, value) => `The attribute "links" has no valid address for "${service}": "${value}".`,
    },
  },
};

/** Shared catalogue plus this section (as `dienste`), German at hand, English on demand: what the element renders from. */
export const catalogues = withSection('dienste', de, () => import('./i18n-en.ts').then((m) => m.en));
export type DiensteCatalogue = (typeof catalogues)['de'];
