/**
 * Texts of `<vois-meldebescheinigung>`: its own section of the catalogue, in a module of its own so that only
 * that element's chunk carries them (the loader's shared chunk holds just the shared catalogue).
 * English is in `i18n-en.ts`, fetched only for an English widget (see `LangTexts`).
 */
import { withSection } from '../../i18n/index.ts';

export const de = {
  // Soft hyphens (\u00AD) let long compounds break cleanly in a 320 px column; screen readers ignore them.
  title: 'Melde\u00ADbescheinigung',
  steps: {
    start: 'Anmelden',
    auswahl: 'Bescheinigung auswählen',
    pruefen: 'Angaben prüfen',
    ergebnis: 'Bescheinigung erhalten',
  },
  intro: {
    heading: 'Melde\u00ADbescheinigung online abrufen',
    lead: 'Mit der Meldebescheinigung weisen Sie nach, wo Sie gemeldet sind – zum Beispiel bei Arbeitgebern, Banken oder Behörden.',
    getTitle: 'Das bekommen Sie',
    get: [
      'Ihre Meldebescheinigung sofort auf dem Bildschirm und als PDF',
      'ein elektronisches Siegel und einen Prüfcode, mit dem jede Stelle die Echtheit prüfen kann',
    ],
    needTitle: 'Das brauchen Sie',
    need: [
      'Ihren Personalausweis, elektronischen Aufenthaltstitel oder Ihre eID-Karte mit aktivierter Online-Ausweisfunktion',
      'Ihre sechsstellige PIN',
      'die AusweisApp auf Ihrem Smartphone oder Computer',
    ],
    factsTitle: 'Gut zu wissen',
    cost: 'Kosten',
    duration: 'Dauer',
    durationValue: 'etwa 5 Minuten',
    forWhom: 'Für wen',
    forWhomValue: 'nur für Sie selbst',
    issuerNote:
      'Die Bescheinigung stellt die Meldebehörde Ihrer Hauptwohnung aus. Sind Sie hier nur mit einer Nebenwohnung gemeldet, erhalten Sie sie bei der Meldebehörde Ihrer Hauptwohnung.',
    privacy: 'Datenschutzhinweise',
  },
  loadingData: 'Ihre Daten werden geladen …',
  choose: {
    heading: 'Welche Melde\u00ADbescheinigung brauchen Sie?',
    greeting: (name: string) => `Angemeldet als ${name}.`,
    artLegend: 'Art der Meldebescheinigung',
    einfach: 'Einfache Meldebescheinigung',
    einfachHint: 'Name, Doktorgrad, Geburtsdatum und alle aktuellen Wohnungen. Reicht in den meisten Fällen.',
    erweitert: 'Erweiterte Meldebescheinigung',
    erweitertHint: 'Zusätzlich die Angaben, die Sie auswählen – zum Beispiel Staatsangehörigkeit oder Familienstand.',
    itemsLegend: 'Welche zusätzlichen Angaben soll die Bescheinigung enthalten?',
    itemsHint: 'Wählen Sie alle Angaben aus, die die anfragende Stelle verlangt.',
    unavailable: 'Im Melderegister ist dazu nichts gespeichert.',
    keinSterbedatum: 'Erklärung, dass kein Sterbedatum gespeichert ist',
    keinSterbedatumHint: 'Manche Stellen verlangen diesen Nachweis, zum Beispiel Rentenversicherungen.',
    errorArt: 'Wählen Sie aus, welche Meldebescheinigung Sie brauchen.',
    errorItems: 'Wählen Sie mindestens eine zusätzliche Angabe oder die Erklärung zum Sterbedatum aus.',
    errorItemGone: 'Eine ausgewählte Angabe ist nicht mehr verfügbar. Bitte prüfen Sie Ihre Auswahl.',
  },
  items: {
    FRUEHERE_NAMEN: 'Frühere Namen',
    GEBURTSNAME: 'Geburtsname',
    ORDENS_KUENSTLERNAME: 'Ordens- oder Künstlername',
    GEBURTSORT: 'Geburtsort und -land',
    GESCHLECHT: 'Geschlecht',
    GESETZLICHER_VERTRETER: 'Gesetzliche Vertretung',
    STAATSANGEHOERIGKEITEN: 'Staatsangehörigkeiten',
    RELIGION: 'Religionszugehörigkeit',
    FRUEHERE_ANSCHRIFTEN: 'Frühere Anschriften in der Gemeinde',
    EINZUGSDATEN: 'Einzugsdaten',
    FAMILIENSTAND: 'Familienstand',
    EHEGATTE: 'Ehegatte oder Lebenspartner',
    MINDERJAEHRIGE_KINDER: 'Minderjährige Kinder',
    AUSWEISDATEN: 'Ausweisdaten',
  },
  review: {
    heading: 'Angaben prüfen',
    lead: 'Bitte prüfen Sie Ihre Auswahl. Mit dem Absenden wird die Bescheinigung sofort erstellt.',
    person: 'Bescheinigung für',
    art: 'Art der Bescheinigung',
    items: 'Zusätzliche Angaben',
    none: 'keine',
    keinSterbedatum: 'Erklärung zum Sterbedatum',
    issuer: 'Ausstellende Meldebehörde',
    cost: 'Kosten',
    submit: 'Meldebescheinigung erstellen',
    submitting: 'Bescheinigung wird erstellt …',
  },
  result: {
    heading: 'Ihre Melde\u00ADbescheinigung ist fertig',
    lead: 'Laden Sie das gesiegelte PDF herunter. Sie können es ausdrucken oder per E-Mail weitergeben.',
    documentTitle: (extended: boolean): string => (extended ? 'Erweiterte Melde\u00ADbescheinigung' : 'Melde\u00ADbescheinigung'),
    legal: 'nach § 18 Bundesmeldegesetz',
    familyName: 'Familienname',
    givenNames: 'Vornamen',
    doctoralDegree: 'Doktorgrad',
    dateOfBirth: 'Geburtsdatum',
    residences: 'Wohnungen',
    registeredAt: (authority: string) => `gemeldet bei ${authority}`,
    movedIn: (date: string) => `eingezogen am ${date}`,
    extra: 'Zusätzliche Angaben',
    keinSterbedatum: 'Im Melderegister ist kein Sterbedatum gespeichert.',
    noValue: 'keine Eintragung',
  },
  notice: {
    clerk: 'Das Bürgerbüro hilft Ihnen gern persönlich weiter.',
  },
  kept: {
    art: (extended: boolean): string => (extended ? 'erweiterte Meldebescheinigung' : 'einfache Meldebescheinigung'),
    items: (count: number): string => (count === 1 ? '1 zusätzliche Angabe' : `${count} zusätzliche Angaben`),
    keinSterbedatum: 'Erklärung zum Sterbedatum',
  },
};

/** Shared catalogue plus this section (as `meldebescheinigung`), German at hand, English on demand: what the element renders from. */
export const catalogues = withSection('meldebescheinigung', de, () => import('./i18n-en.ts').then((m) => m.en));
export type MeldebescheinigungCatalogue = (typeof catalogues)['de'];
