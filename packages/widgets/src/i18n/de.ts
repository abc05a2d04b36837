/**
 * German texts: the source of all message keys. `en.ts` is typed as `Catalogue`, so a key
 * missing there (or added there only) fails the type check.
 *
 * Problem texts for every code of the contract come from `problemMessages` of
 * `@vois-online/client`; this catalogue holds only what the widgets add around them.
 * Only the sections every element shares: each element's own texts live in a module of their
 * own next to it (`elements/<element>/i18n.ts`), so the loader's shared chunk does not carry
 * every element's texts. The webmaster message for a broken embedding is in `config.ts`.
 */
export const de = {
  /** BCP 47 tag put on the widget's content. */
  lang: 'de',
  common: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    back: 'Zurück',
    continue: 'Weiter',
    change: 'Ändern',
    errorPrefix: 'Fehler:',
    errorSummaryTitle: 'Bitte prüfen Sie Ihre Angaben',
    stepOf: (index: number, total: number) => `Schritt ${index} von ${total}`,
    progressLabel: 'Fortschritt',
    stepDone: 'erledigt',
    free: 'kostenlos',
    yes: 'Ja',
    no: 'Nein',
    newWindow: '(öffnet in neuem Fenster)',
    service: 'Online-Dienst',
    /** Date parts of the GOV.UK-style date field. */
    day: 'Tag',
    month: 'Monat',
    year: 'Jahr',
    dateExample: 'Zum Beispiel 27.03.2026',
  },
  login: {
    button: 'Mit Online-Ausweis anmelden',
    redirectHint: 'Sie werden zur sicheren Anmeldung weitergeleitet und kommen danach automatisch hierher zurück.',
    alreadyLoggedIn: 'Sie sind bereits mit Ihrem Online-Ausweis angemeldet.',
    redirecting: 'Sie werden zur Anmeldung weitergeleitet …',
    checking: 'Ihre Anmeldung wird geprüft …',
    logout: 'Sitzung beenden', // not "Abmelden": next to a deregistration that word means something else
    loggedOut: 'Sie sind abgemeldet. Ihre Daten wurden von dieser Seite entfernt.',
    /** Shown with C2: the typical, non-revealing causes. */
    c2Causes: [
      'Ihr Name hat sich kürzlich geändert, zum Beispiel durch Heirat.',
      'Sie sind kürzlich umgezogen und die neue Anschrift ist noch nicht auf Ihrem Ausweis gespeichert.',
    ],
    c2CausesTitle: 'Häufige Gründe',
  },
  session: {
    warningTitle: 'Ihre Sitzung läuft bald ab',
    warningText: (time: string) =>
      `Aus Sicherheitsgründen endet Ihre Anmeldung um ${time} Uhr. Wenn Sie mehr Zeit brauchen, verlängern Sie die Sitzung.`,
    extend: 'Sitzung verlängern',
    extended: (time: string) => `Ihre Sitzung wurde bis ${time} Uhr verlängert.`,
    endedTitle: 'Ihre Sitzung ist abgelaufen',
    endedText:
      'Aus Sicherheitsgründen wurden Sie abgemeldet. Persönliche Daten haben wir von dieser Seite entfernt.',
    kept: (summary: string) => `Ihre Auswahl bleibt erhalten: ${summary}. Nach der Anmeldung machen Sie dort weiter.`,
    nothingKept: 'Es sind keine Eingaben verloren gegangen. Nach der Anmeldung können Sie fortfahren.',
    loginAgain: 'Erneut anmelden und fortfahren',
  },
  problem: {
    /** Fallback when a code has no text (should not happen: every code has one). */
    fallbackTitle: 'Das hat leider nicht geklappt',
    fallbackText: 'Bitte versuchen Sie es später noch einmal.',
    inputKept: 'Ihre Angaben sind erhalten geblieben.',
  },
  contact: {
    title: 'So erreichen Sie das Bürgerbüro',
    phone: 'Telefon',
    email: 'E-Mail',
    web: 'Website des Bürgerbüros',
    hours: 'Öffnungszeiten',
    fallback: 'Bitte wenden Sie sich an das Bürgerbüro Ihrer Stadt- oder Gemeindeverwaltung.',
  },
  person: {
    inUse: 'Rufname',
    inUseNote: 'Der Rufname ist unterstrichen.',
    noGivenNames: 'keine Vornamen eingetragen',
  },
  residenceStatus: {
    ALLEINIGE_WOHNUNG: 'Alleinige Wohnung',
    HAUPTWOHNUNG: 'Hauptwohnung',
    NEBENWOHNUNG: 'Nebenwohnung',
  },
  document: {
    number: 'Dokumentnummer',
    issuedAt: 'Ausgestellt am',
    issuer: 'Ausgestellt von',
    verificationCode: 'Prüfcode',
    verifyLink: 'Echtheit online prüfen',
    verifyHint: 'Jede Stelle, der Sie die Bescheinigung vorlegen, kann die Echtheit mit dem Prüfcode online prüfen.',
    download: 'PDF herunterladen',
    downloading: 'PDF wird geladen …',
    downloaded: 'Das PDF wurde heruntergeladen.',
    sealed: 'Das PDF ist elektronisch gesiegelt und ohne Unterschrift gültig.',
    time: (date: string, time: string) => `${date}, ${time} Uhr`,
  },
};

/** The shape every (shared) catalogue must have. */
export type Catalogue = typeof de;
