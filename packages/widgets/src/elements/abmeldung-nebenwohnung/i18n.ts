/**
 * Texts of `<vois-abmeldung-nebenwohnung>`: its own section of the catalogue, in a module of
 * its own so that only that element's chunk carries them (the loader's shared chunk holds just the shared catalogue).
 * `en` is typed by `de`: a key missing there (or added there only) fails the type check.
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

export const en: typeof de = {
  title: 'Deregister a secondary residence',
  steps: {
    start: 'Log in',
    wohnung: 'Choose residence',
    datum: 'Move-out date',
    kinder: 'Children',
    pruefen: 'Check your answers',
    ergebnis: 'Confirmation',
  },
  intro: {
    heading: 'Deregister a secondary residence online',
    lead: 'When you move out of a secondary residence, you deregister it within two weeks. You can do that here, online and without an appointment.',
    getTitle: 'What you get',
    get: [
      'the deregistration entered in the population register at once',
      'an electronic confirmation (Meldebestätigung) as a PDF, which anyone can check for authenticity with a verification code',
    ],
    needTitle: 'What you need',
    need: [
      'your German ID card, electronic residence permit or eID card with the online function activated',
      'your six-digit PIN and the AusweisApp',
      'the date you move out or moved out',
    ],
    factsTitle: 'Good to know',
    cost: 'Cost',
    duration: 'Time needed',
    durationValue: 'about 3 minutes',
    when: 'When',
    whenValue: 'from 7 days before you move out',
    childrenNote: 'You can include your own children under 16 who are registered with you at the secondary residence.',
    mainNote:
      'You cannot deregister your main residence here: if you move within Germany, registering at your new address is all you need to do.',
    privacy: 'Privacy notice',
  },
  loadingData: 'Loading your residences …',
  residence: {
    heading: 'Which secondary residence do you want to deregister?',
    greeting: (name) => `Logged in as ${name}.`,
    legend: 'Your secondary residences',
    hintOne: 'You have one secondary residence that you can deregister here. It is already selected.',
    hintMany: 'Choose the residence you are moving out of.',
    meta: (authority, movedIn) => `Secondary residence, registered with ${authority}${movedIn ? `, moved in on ${movedIn}` : ''}`,
    mainNotListed: 'Your main residence is not in the list because it cannot be deregistered online.',
    error: 'Choose the secondary residence you want to deregister.',
    errorGone: 'The residence you chose can no longer be deregistered; it may have been deregistered in the meantime. Please check the list.',
    alreadyDoneTitle: 'Your deregistration has probably been entered already',
    alreadyDone:
      'You had already sent the deregistration. The residence is now missing from the list because the deregistration has been entered. Nothing is done twice.',
  },
  date: {
    heading: 'What is your move-out date?',
    residence: 'Secondary residence',
    legend: 'Move-out date',
    hint: (earliest, latest) =>
      `${earliest ? `No earlier than the day you moved in (${earliest}) and no later` : 'No later'} than ${latest}, that is at most 7 days from today.`,
    errorEmpty: 'Enter the move-out date.',
    errorMissing: (parts) => `The move-out date must include ${parts}.`,
    missing: { day: 'a day', month: 'a month', year: 'a year' },
    and: 'and',
    errorYear: 'The year must have four digits, for example 2026.',
    errorReal: 'The move-out date must be a real date, for example 27 3 2026.',
    errorTooFar: (latest) => `The move-out date can be at most 7 days in the future, that is ${latest} at the latest.`,
    errorBeforeMoveIn: (movedIn) => `The move-out date cannot be before you moved in on ${movedIn}.`,
    errorBeforeMoveInUnknown: 'The move-out date is before you moved into this residence. Please check the date.',
    errorBeforeChildMoveIn:
      'The move-out date is before one of the selected children moved into this residence. Please check the date or the children you selected.',
    lateTitle: 'The deadline for deregistering has passed',
    lateText:
      'A secondary residence is deregistered within two weeks of moving out. You can still continue: your deregistration will be processed as usual.',
    effectNow: 'The deregistration takes effect in the register at once.',
    effectPast: (date) => `The deregistration is entered at once and applies from your move-out on ${date}.`,
    effectLater: (date) => `The deregistration will be recorded now and take effect on ${date}.`,
  },
  children: {
    heading: 'Include children',
    legend: 'Which children are moving out with you?',
    hint: 'Select the children you want to deregister too. Select none if the children stay registered there.',
    label: (name, born) => `${name}, born ${born}`,
    reasonTeen: 'From 16, your child deregisters themselves, online with their own ID card.',
    reasonAdult: 'Adult children deregister themselves. Anyone doing it for them needs a power of attorney; the citizens’ office handles that.',
    reasonClerk: 'For this child, deregistration is only possible at the citizens’ office.',
    rulesTitle: 'Who can be included',
    rules: [
      'Children under 16: you can include your own children here if they are registered with you at this secondary residence.',
      'Young people from 16: they deregister themselves, online with their own ID card.',
      'Adults: they deregister themselves. Anyone doing it for them needs a power of attorney; that is only possible at the citizens’ office.',
    ],
    errorIneligible: 'A selected child cannot be included online. Please check your selection.',
  },
  review: {
    heading: 'Check your answers',
    lead: 'Please check your answers. The deregistration is a binding declaration to the registration office and is entered at once.',
    person: 'Your name',
    residence: 'Secondary residence',
    moveOutDate: 'Move-out date',
    children: 'Children included',
    none: 'none',
    authority: 'Registration office',
    cost: 'Cost',
    confirmLegend: 'Your declaration',
    confirm: 'I confirm that the information is correct.',
    errorConfirm: 'Confirm that the information is correct.',
    submit: 'Deregister the secondary residence now',
    submitting: 'Entering the deregistration …',
    retrySafe: 'You can safely try again: the deregistration is entered only once.',
  },
  result: {
    headingDone: 'Your secondary residence is deregistered',
    headingPending: 'Your deregistration is recorded',
    leadDone: (date) => `The deregistration is entered in the population register. It applies from your move-out on ${date}.`,
    leadPending: (date) =>
      `The deregistration is entered and takes effect on ${date}. Until then you remain registered at this address. You do not need to do anything else.`,
    lateNote: 'The deregistration came after the two-week deadline. It was still processed as usual.',
    keepNote: 'Keep the confirmation, for example as proof for the second-home tax (Zweitwohnungsteuer).',
    documentTitle: 'Confirmation of deregistration (Meldebestätigung)',
    legal: 'Deregistration of a secondary residence under the Federal Registration Act',
    familyName: 'Family name',
    givenNames: 'Given names',
    doctoralDegree: 'Doctoral degree',
    dateOfBirth: 'Date of birth',
    address: 'Residence deregistered',
    status: 'Status of the residence',
    moveOutDate: 'Move-out date',
    registeredOn: 'Date of deregistration',
    state: 'Status',
    stateDone: (date) => `in effect since ${date}`,
    statePending: (date) => `recorded, takes effect on ${date}`,
    children: 'Children included',
    born: (date) => `born ${date}`,
    logout: 'Log out',
  },
  notice: {
    clerk: 'The citizens’ office will be glad to help you in person.',
    guardian:
      'This is the case, for example, when a legal guardianship also covers where you live. Your guardian can deregister at the citizens’ office for you or come with you.',
    alreadyDone:
      'Did you just deregister the secondary residence, for example in another window? Then the deregistration is already entered and nothing was done twice.',
  },
  kept: {
    residence: 'the secondary residence you chose',
    date: (date) => `move-out date ${date}`,
    children: (count) => (count === 1 ? '1 child' : `${count} children`),
  },
};

/** Shared catalogue plus this section (as `abmeldung`), per language: what the element renders from. */
export const catalogues = withSection('abmeldung', { de, en });
export type AbmeldungCatalogue = (typeof catalogues)['de'];
