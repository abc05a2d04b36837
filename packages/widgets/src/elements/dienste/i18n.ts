/**
 * Texts of `<vois-dienste>`: its own section of the catalogue, in a module of its own so that only
 * that element's chunk carries them (the loader's shared chunk holds just the shared catalogue).
 * `en` is typed by `de`: a key missing there (or added there only) fails the type check.
 */
import { withSection } from '../../i18n/index.ts';

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
    webmaster: (tag: string) =>
      `Das Element <${tag}> ist auf dieser Seite nicht registriert. Binden Sie das Gesamtpaket (vois-widgets.js), den Loader (loader.js) oder das Modul „define/${tag.replace(/^vois-/, '')}“ ein.`,
  },
  links: {
    hint: 'ein JSON-Objekt, das einem Dienst (meldebescheinigung, abmeldung-nebenwohnung, uebermittlungssperren, selbstauskunft) die Adresse seiner Seite zuordnet (http, https oder ein Pfad)',
    unknownService: (key: string) => `Das Attribut „links“ nennt einen unbekannten Dienst: „${key}“.`,
    badUrl: (service: string, value: string) => `Das Attribut „links“ hat für „${service}“ keine gültige Adresse: „${value}“.`,
  },
};

export const en: typeof de = {
  eyebrow: 'Citizen services',
  title: 'Online services of the citizens’ office',
  lead: 'You can do these things online here – around the clock and free of charge. To log in you need your online ID.',
  loading: 'Loading the online services …',
  services: {
    meldebescheinigung: {
      title: 'Registration certificate',
      description: 'Proof of where you are registered – at once, as a sealed PDF.',
      action: 'Get your registration certificate',
    },
    'abmeldung-nebenwohnung': {
      title: 'Deregistering a secondary residence',
      description: 'Deregister a secondary residence, also for your children under 16.',
      action: 'Deregister a secondary residence',
    },
    uebermittlungssperren: {
      title: 'Transmission blocks',
      description: 'Decide to whom the registration office must not pass on your data.',
      action: 'View and change blocks',
    },
    selbstauskunft: {
      title: 'Self-disclosure',
      description: 'See which data the population register holds about you.',
      action: 'View your self-disclosure',
    },
  },
  back: 'Back to the overview',
  opening: 'Opening the service …',
  none: {
    title: 'No online services at the moment',
    text: 'No registration services are offered online here at the moment. The citizens’ office will be glad to help you in person.',
  },
  notLoaded: {
    title: 'This service cannot be opened here right now',
    text: 'Please try again later or contact the citizens’ office.',
    webmaster: (tag) =>
      `The element <${tag}> is not defined on this page. Include the full bundle (vois-widgets.js), the loader (loader.js) or the module "define/${tag.replace(/^vois-/, '')}".`,
  },
  links: {
    hint: 'a JSON object mapping a service (meldebescheinigung, abmeldung-nebenwohnung, uebermittlungssperren, selbstauskunft) to the address of its page (http, https or a path)',
    unknownService: (key) => `The attribute "links" names an unknown service: "${key}".`,
    badUrl: (service, value) => `The attribute "links" has no valid address for "${service}": "${value}".`,
  },
};

/** Shared catalogue plus this section (as `dienste`), per language: what the element renders from. */
export const catalogues = withSection('dienste', { de, en });
export type DiensteCatalogue = (typeof catalogues)['de'];
