/**
 * Texts of `<vois-abmeldung-nebenwohnung>`: its own section of the catalogue, in a module of
 * its own so that only that element's chunk carries them (the loader's shared chunk holds just the shared catalogue).
 * English is in `i18n-en.ts`, fetched only for an English widget (see `LangTexts`).
 */
import { withSection } from '../../i18n/index.ts';

export const de = {
  // Soft hyphens (\u00AD) let long compounds break cleanly in a 320 px column.
  title: 'Neben\u00ADwohnung abmelden',
  steps: {
    start: 'Anmelden',
    wohnung: 'Wohnung wählen',
    datum: 'Auszugsdatum',
    kinder: 'Kinder',
    pruefen: 'Angaben prüfen',
    ergebnis: 'Bestätigung',
  },
  intro: {
    heading: 'Neben\u00ADwohnung online abmelden',
    lead: 'Wenn Sie aus einer Nebenwohnung ausziehen, melden Sie sie innerhalb von zwei Wochen ab. Das geht hier online und ohne Termin.',
    getTitle: 'Das bekommen Sie',
    get: [
      'die Abmeldung sofort im Melderegister eingetragen',
      'eine elektronische Meldebestätigung als PDF, deren Echtheit jede Stelle mit einem Prüfcode prüfen kann',
    ],
    needTitle: 'Das brauchen Sie',
    need: [
      'Ihren Personalausweis, elektronischen Aufenthaltstitel oder Ihre eID-Karte mit aktivierter Online-Ausweisfunktion',
      'Ihre sechsstellige PIN und die AusweisApp',
      'das Datum, an dem Sie ausziehen oder ausgezogen sind',
    ],
    factsTitle: 'Gut zu wissen',
    cost: 'Kosten',
    duration: 'Dauer',
    durationValue: 'etwa 3 Minuten',
    when: 'Wann',
    whenValue: 'ab 7 Tage vor dem Auszug',
    childrenNote:
      'Eigene Kinder unter 16 Jahren, die mit Ihnen in der Nebenwohnung gemeldet sind, können Sie gleich mit abmelden.',
    mainNote:
      'Ihre Hauptwohnung melden Sie hier nicht ab: Wenn Sie innerhalb Deutschlands umziehen, genügt die Anmeldung am neuen Wohnort.',
    privacy: 'Datenschutzhinweise',
  },
  loadingData: 'Ihre Wohnungen werden geladen …',
  residence: {
    heading: 'Welche Neben\u00ADwohnung möchten Sie abmelden?',
    greeting: (name: string) => `Angemeldet als ${name}.`,
    legend: 'Ihre Nebenwohnungen',
    hintOne: 'Für Sie ist eine Nebenwohnung gemeldet, die Sie hier abmelden können. Sie ist schon ausgewählt.',
    hintMany: 'Wählen Sie die Wohnung aus, aus der Sie ausziehen.',
    meta: (authority: string, movedIn: string | undefined) =>
      `Nebenwohnung, gemeldet bei ${authority}${movedIn ? `, eingezogen am ${movedIn}` : ''}`,
    mainNotListed: 'Ihre Hauptwohnung steht nicht in der Liste, weil sie online nicht abgemeldet werden kann.',
    error: 'Wählen Sie die Nebenwohnung aus, die Sie abmelden möchten.',
    errorGone: 'Die gewählte Wohnung kann nicht mehr abgemeldet werden, vielleicht wurde sie inzwischen abgemeldet. Bitte prüfen Sie die Liste.',
    alreadyDoneTitle: 'Ihre Abmeldung ist wahrscheinlich schon eingetragen',
    alreadyDone:
      'Sie hatten die Abmeldung schon abgeschickt. Die Wohnung fehlt jetzt in der Liste, weil die Abmeldung bereits eingetragen ist. Doppelt ausgeführt wird nichts.',
  },
  date: {
    heading: 'Wann ist Ihr Auszug?',
    residence: 'Nebenwohnung',
    legend: 'Auszugsdatum',
    hint: (earliest: string | undefined, latest: string) =>
      `${earliest ? `Frühestens der Tag Ihres Einzugs (${earliest}), spätestens` : 'Spätestens'} der ${latest}, also höchstens 7 Tage ab heute.`,
    errorEmpty: 'Geben Sie das Auszugsdatum ein.',
    errorMissing: (parts: string) => `Das Auszugsdatum muss ${parts} enthalten.`,
    missing: { day: 'einen Tag', month: 'einen Monat', year: 'ein Jahr' },
    and: 'und',
    errorYear: 'Das Jahr muss vier Ziffern haben, zum Beispiel 2026.',
    errorReal: 'Das Auszugsdatum muss ein echtes Datum sein, zum Beispiel 27.03.2026.',
    errorTooFar: (latest: string) => `Das Auszugsdatum darf höchstens 7 Tage in der Zukunft liegen, also spätestens am ${latest}.`,
    errorBeforeMoveIn: (movedIn: string) => `Das Auszugsdatum darf nicht vor Ihrem Einzug am ${movedIn} liegen.`,
    errorBeforeMoveInUnknown: 'Das Auszugsdatum liegt vor Ihrem Einzug in diese Wohnung. Bitte prüfen Sie das Datum.',
    errorBeforeChildMoveIn:
      'Das Auszugsdatum liegt vor dem Einzug eines der ausgewählten Kinder in diese Wohnung. Bitte prüfen Sie das Datum oder die Auswahl der Kinder.',
    lateTitle: 'Die Frist für die Abmeldung ist schon abgelaufen',
    lateText:
      'Eine Nebenwohnung wird innerhalb von zwei Wochen nach dem Auszug abgemeldet. Sie können trotzdem fortfahren: Ihre Abmeldung wird ganz normal bearbeitet.',
    effectNow: 'Die Abmeldung wird sofort im Melderegister wirksam.',
    effectPast: (date: string) => `Die Abmeldung wird sofort eingetragen und gilt ab Ihrem Auszug am ${date}.`,
    effectLater: (date: string) => `Die Abmeldung wird vorgemerkt und am ${date} wirksam.`,
  },
  children: {
    heading: 'Kinder mit abmelden',
    legend: 'Welche Kinder ziehen mit aus?',
    hint: 'Wählen Sie die Kinder aus, die Sie mit abmelden möchten. Wählen Sie keines aus, wenn die Kinder dort gemeldet bleiben.',
    label: (name: string, born: string) => `${name}, geboren am ${born}`,
    reasonTeen: 'Ab 16 Jahren meldet sich Ihr Kind selbst ab, online mit dem eigenen Ausweis.',
    reasonAdult:
      'Volljährige Kinder melden sich selbst ab. Wer das für sie erledigen soll, braucht eine Vollmacht; dafür ist das Bürgerbüro zuständig.',
    reasonClerk: 'Für dieses Kind ist die Abmeldung nur im Bürgerbüro möglich.',
    rulesTitle: 'Wer mit abgemeldet werden kann',
    rules: [
      'Kinder unter 16 Jahren: Sie können Ihre eigenen Kinder hier mit abmelden, wenn sie mit Ihnen in dieser Nebenwohnung gemeldet sind.',
      'Jugendliche ab 16 Jahren: Sie melden sich selbst ab, online mit ihrem eigenen Ausweis.',
      'Volljährige: Sie melden sich selbst ab. Wer das für sie erledigt, braucht eine Vollmacht; das geht nur im Bürgerbüro.',
    ],
    errorIneligible: 'Ein ausgewähltes Kind kann online nicht mit abgemeldet werden. Bitte prüfen Sie die Auswahl.',
  },
  review: {
    heading: 'Angaben prüfen',
    lead: 'Bitte prüfen Sie Ihre Angaben. Die Abmeldung ist eine verbindliche Erklärung gegenüber der Meldebehörde und wird sofort eingetragen.',
    person: 'Ihr Name',
    residence: 'Nebenwohnung',
    moveOutDate: 'Auszugsdatum',
    children: 'Mit abgemeldete Kinder',
    none: 'keine',
    authority: 'Meldebehörde',
    cost: 'Kosten',
    confirmLegend: 'Ihre Erklärung',
    confirm: 'Ich versichere, dass die Angaben richtig sind.',
    errorConfirm: 'Bestätigen Sie, dass die Angaben richtig sind.',
    submit: 'Nebenwohnung verbindlich abmelden',
    submitting: 'Abmeldung wird eingetragen …',
    retrySafe: 'Sie können es ohne Sorge erneut versuchen: Die Abmeldung wird nur einmal eingetragen.',
  },
  result: {
    headingDone: 'Ihre Neben\u00ADwohnung ist abgemeldet',
    headingPending: 'Ihre Abmeldung ist vorgemerkt',
    leadDone: (date: string) => `Die Abmeldung ist im Melderegister eingetragen. Sie gilt seit Ihrem Auszug am ${date}.`,
    leadPending: (date: string) =>
      `Die Abmeldung ist eingetragen und wird am ${date} wirksam. Bis dahin sind Sie unter dieser Anschrift noch gemeldet. Sie müssen nichts weiter tun.`,
    lateNote: 'Die Abmeldung kam nach der Frist von zwei Wochen. Sie wurde trotzdem ganz normal bearbeitet.',
    keepNote: 'Bewahren Sie die Meldebestätigung auf, zum Beispiel als Nachweis für die Zweitwohnungsteuer.',
    documentTitle: 'Melde\u00ADbestätigung',
    legal: 'Abmeldung einer Nebenwohnung nach dem Bundesmeldegesetz',
    familyName: 'Familienname',
    givenNames: 'Vornamen',
    doctoralDegree: 'Doktorgrad',
    dateOfBirth: 'Geburtsdatum',
    address: 'Abgemeldete Wohnung',
    status: 'Status der Wohnung',
    moveOutDate: 'Auszugsdatum',
    registeredOn: 'Datum der Abmeldung',
    state: 'Stand',
    stateDone: (date: string) => `wirksam seit ${date}`,
    statePending: (date: string) => `vorgemerkt, wird am ${date} wirksam`,
    children: 'Mit abgemeldete Kinder',
    born: (date: string) => `geboren am ${date}`,
    // Not "Abmelden": in this service that word means the deregistration itself.
    logout: 'Sitzung beenden',
  },
  notice: {
    clerk: 'Das Bürgerbüro hilft Ihnen gern persönlich weiter.',
    guardian:
      'Das ist zum Beispiel so, wenn eine rechtliche Betreuung auch über Ihren Wohnort entscheidet. Ihre Betreuerin oder Ihr Betreuer kann die Abmeldung im Bürgerbüro erledigen oder Sie dorthin begleiten.',
    alreadyDone:
      'Haben Sie die Nebenwohnung gerade abgemeldet, zum Beispiel in einem anderen Fenster? Dann ist die Abmeldung bereits eingetragen und nichts wurde doppelt ausgeführt.',
  },
  kept: {
    residence: 'die gewählte Nebenwohnung',
    date: (date: string) => `Auszugsdatum ${date}`,
    children: (count: number) => (count === 1 ? '1 Kind' : `${count} Kinder`),
  },
};

/** Shared catalogue plus this section (as `abmeldung`), German at hand, English on demand: what the element renders from. */
export const catalogues = withSection('abmeldung', de, () => import('./i18n-en.ts').then((m) => m.en));
export type AbmeldungCatalogue = (typeof catalogues)['de'];
