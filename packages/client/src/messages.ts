/**
 * User texts for every failure the client can report, resolved from the stable code and never
 * from server prose. Plain language, no blame, always a way forward; where only a clerk can
 * help, the widget adds the Bürgerbüro's contact details below the text.
 *
 * German is here; English is in `messages-en.ts`, loaded on demand (`loadMessages('en')`).
 * The `Record` types make a missing (or misspelt) code a type error in both languages.
 */
import type { ProblemCode } from './contract/problem.ts';
import type { VoisError } from './errors.ts';

export type MessageLocale = 'de' | 'en';
export type MessageKey = ProblemCode | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'CONTRACT';
export interface ProblemMessage {
  title: string;
  text: string;
}

const de: Record<MessageKey, ProblemMessage> = {
  // protocol
  BAD_REQUEST: {
    title: 'Die Angaben konnten nicht verarbeitet werden',
    text: 'Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut. Tritt der Fehler wieder auf, laden Sie die Seite bitte neu.',
  },
  UNAUTHENTICATED: {
    title: 'Bitte melden Sie sich an',
    text: 'Für diesen Schritt ist eine Anmeldung mit Ihrem Online-Ausweis nötig. Bitte melden Sie sich (erneut) an.',
  },
  SESSION_EXPIRED: {
    title: 'Ihre Anmeldung ist abgelaufen',
    text: 'Zu Ihrem Schutz gilt eine Anmeldung nur für kurze Zeit. Bitte melden Sie sich erneut mit Ihrem Online-Ausweis an.',
  },
  FORBIDDEN: {
    title: 'Dieser Schritt ist nicht freigegeben',
    text: 'Ihre Anmeldung berechtigt nicht zu diesem Schritt. Bitte melden Sie sich erneut an. Bleibt das Problem bestehen, hilft Ihnen Ihr Bürgerbüro weiter.',
  },
  NOT_FOUND: {
    title: 'Nicht gefunden',
    text: 'Das Gesuchte ist nicht (mehr) vorhanden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
  },
  METHOD_NOT_ALLOWED: {
    title: 'Technischer Fehler',
    text: 'Der Dienst hat diese Anfrage nicht angenommen; an Ihren Angaben liegt es nicht. Bitte laden Sie die Seite neu. Bleibt der Fehler, geben Sie bitte Ihrem Bürgerbüro Bescheid.',
  },
  PAYLOAD_TOO_LARGE: {
    title: 'Zu viele Angaben auf einmal',
    text: 'Die Anfrage ist zu umfangreich. Bitte wählen Sie weniger aus und versuchen Sie es erneut.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: 'Technischer Fehler',
    text: 'Der Dienst konnte die Anfrage nicht lesen; an Ihren Angaben liegt es nicht. Bitte laden Sie die Seite neu. Bleibt der Fehler, geben Sie bitte Ihrem Bürgerbüro Bescheid.',
  },
  RATE_LIMITED: {
    title: 'Gerade sehr viele Anfragen',
    text: 'Der Dienst hat in kurzer Zeit sehr viele Anfragen erhalten. Bitte warten Sie etwa eine Minute und versuchen Sie es dann erneut.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    title: 'Antrag bereits mit anderen Angaben gesendet',
    text: 'Dieser Antrag wurde schon einmal mit anderen Angaben abgeschickt; doppelt ausgeführt wird nichts. Bitte laden Sie die Seite neu und beginnen Sie den Antrag von vorn.',
  },
  IDEMPOTENCY_REQUEST_IN_PROGRESS: {
    title: 'Ihr Antrag wird noch bearbeitet',
    text: 'Ihr Antrag ist bereits unterwegs und wird nur einmal ausgeführt. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  },
  ORIGIN_NOT_ALLOWED: {
    title: 'Auf dieser Seite nicht freigeschaltet',
    text: 'Diese Internetseite ist für den Online-Dienst nicht freigeschaltet. Bitte nutzen Sie das Angebot auf der offiziellen Internetseite Ihrer Stadt oder Gemeinde.',
  },
  UNKNOWN_KOMMUNE: {
    title: 'Gemeinde nicht eingerichtet',
    text: 'Für diese Stadt oder Gemeinde ist der Online-Dienst nicht eingerichtet. Bitte nutzen Sie das Angebot auf der Internetseite Ihrer Stadt oder Gemeinde oder wenden Sie sich an Ihr Bürgerbüro.',
  },
  SERVICE_DISABLED: {
    title: 'Dienst derzeit nicht online verfügbar',
    text: 'Ihre Stadt oder Gemeinde bietet diesen Dienst zurzeit nicht online an. Ihr Bürgerbüro hilft Ihnen gern persönlich weiter.',
  },
  VERIFICATION_NOT_FOUND: {
    title: 'Prüfcode nicht gefunden',
    text: 'Zu diesem Prüfcode gibt es kein Dokument. Bitte vergleichen Sie den Code Zeichen für Zeichen mit dem Dokument (Form XXXX-XXXX-XXXX). Wird er dann auch nicht gefunden, kann die Echtheit des Dokuments nicht bestätigt werden.',
  },
  INTERNAL: {
    title: 'Technischer Fehler',
    text: 'Bei uns ist ein Fehler aufgetreten; an Ihren Angaben liegt es nicht. Bitte versuchen Sie es in einigen Minuten erneut.',
  },
  SERVICE_UNAVAILABLE: {
    title: 'Dienst vorübergehend nicht erreichbar',
    text: 'Der Online-Dienst ist gerade nicht erreichbar, zum Beispiel wegen Wartungsarbeiten. Bitte versuchen Sie es später erneut.',
  },
  // login
  AUTH_CANCELLED: {
    title: 'Anmeldung abgebrochen',
    text: 'Sie haben die Anmeldung mit dem Online-Ausweis abgebrochen. Es wurden keine Daten übermittelt. Sie können sich jederzeit erneut anmelden.',
  },
  AUTH_STATE_INVALID: {
    title: 'Anmeldung nicht zuzuordnen',
    text: 'Diese Anmeldung wurde nicht auf dieser Seite begonnen, ist abgelaufen oder wurde bereits verwendet, etwa in einem anderen Browser-Tab. Bitte starten Sie die Anmeldung hier erneut.',
  },
  AUTH_VERIFIER_MISSING: {
    title: 'Anmeldung konnte nicht abgeschlossen werden',
    text: 'Dem Browser fehlen Daten zu dieser Anmeldung, zum Beispiel weil gespeicherte Websitedaten gelöscht wurden. Bitte starten Sie die Anmeldung erneut und bleiben Sie dabei im selben Browserfenster.',
  },
  AUTH_CODE_INVALID: {
    title: 'Anmeldung abgelaufen',
    text: 'Die Anmeldung wurde nicht rechtzeitig abgeschlossen oder war bereits verwendet. Bitte melden Sie sich erneut an.',
  },
  AUTH_PKCE_MISMATCH: {
    title: 'Anmeldung konnte nicht bestätigt werden',
    text: 'Aus Sicherheitsgründen wurde die Anmeldung nicht abgeschlossen. Bitte starten Sie sie erneut und bleiben Sie dabei im selben Browserfenster.',
  },
  AUTH_REDIRECT_NOT_ALLOWED: {
    title: 'Anmeldung auf dieser Seite nicht möglich',
    text: 'Diese Internetseite ist für die Anmeldung nicht freigeschaltet. Bitte nutzen Sie den Dienst auf der offiziellen Internetseite Ihrer Stadt oder Gemeinde.',
  },
  // identification and access (C)
  C1_TRUST_LEVEL_TOO_LOW: {
    title: 'Bitte mit dem Online-Ausweis anmelden',
    text: 'Für Meldeangelegenheiten ist eine Anmeldung auf dem Vertrauensniveau „hoch“ vorgeschrieben. Bitte melden Sie sich mit der Online-Ausweisfunktion Ihres Personalausweises, Ihres elektronischen Aufenthaltstitels oder Ihrer eID-Karte an. Ein ELSTER-Zertifikat oder Benutzername und Passwort reichen hierfür leider nicht aus.',
  },
  C2_IDENTIFICATION_FAILED: {
    title: 'Ihre Angaben konnten nicht eindeutig zugeordnet werden',
    text: 'Die Angaben aus Ihrem Online-Ausweis konnten nicht eindeutig zugeordnet werden. Das kommt zum Beispiel vor, wenn Sie Ihren Namen kürzlich geändert haben oder ein Umzug noch nicht auf Ihrem Ausweis vermerkt ist. Ihr Bürgerbüro hilft Ihnen gern weiter.',
  },
  C3_DECEASED: {
    title: 'Online leider nicht möglich',
    text: 'Ihr Anliegen kann online nicht bearbeitet werden. Bitte wenden Sie sich an Ihr Bürgerbüro; dort werden Ihre Meldedaten geprüft.',
  },
  C3_MOVED_ABROAD: {
    title: 'Derzeit nicht in Deutschland gemeldet',
    text: 'Nach dem Melderegister sind Sie ins Ausland verzogen; die Online-Dienste des Meldeamts stehen Ihnen daher nicht zur Verfügung. Wenn das nicht (mehr) zutrifft, wenden Sie sich bitte an Ihr Bürgerbüro.',
  },
  C3_NOT_REGISTERED_HERE: {
    title: 'Hier nicht gemeldet',
    text: 'Für diesen Dienst müssten Sie in dieser Stadt oder Gemeinde gemeldet sein. Bitte nutzen Sie den Online-Dienst der Stadt oder Gemeinde, in der Sie wohnen.',
  },
  C4_CLERK_REQUIRED: {
    title: 'Bitte wenden Sie sich an Ihr Bürgerbüro',
    text: 'Ihr Anliegen kann aus rechtlichen Gründen nicht online erledigt werden. Ihr Bürgerbüro hilft Ihnen persönlich weiter.',
  },
  C5_SECURITY_BLOCK_LOCKED: {
    title: 'Änderung nur im Bürgerbüro',
    text: 'Diese Sperre kann nicht online geändert werden. Bitte wenden Sie sich an Ihr Bürgerbüro.',
  },
  // Meldebescheinigung (M)
  M1_NOT_MAIN_RESIDENCE: {
    title: 'Meldebescheinigung nur am Ort der Hauptwohnung',
    text: 'Eine Meldebescheinigung stellt die Meldebehörde Ihrer Hauptwohnung aus. Hier sind Sie nur mit einer Nebenwohnung gemeldet. Bitte beantragen Sie die Bescheinigung bei der Stadt oder Gemeinde Ihrer Hauptwohnung.',
  },
  M3_ITEM_NOT_AVAILABLE: {
    title: 'Angabe nicht gespeichert',
    text: 'Zu mindestens einer ausgewählten Angabe ist im Melderegister nichts gespeichert. Bitte entfernen Sie diese Auswahl und versuchen Sie es erneut.',
  },
  // Abmeldung (A)
  A1_NO_SECONDARY_RESIDENCE: {
    title: 'Keine Nebenwohnung gemeldet',
    text: 'Hier ist für Sie keine Nebenwohnung gemeldet, die online abgemeldet werden kann. Ziehen Sie aus Ihrer Hauptwohnung innerhalb Deutschlands um, genügt die Anmeldung am neuen Wohnort.',
  },
  A1_NOT_A_SECONDARY_RESIDENCE: {
    title: 'Diese Wohnung kann nicht abgemeldet werden',
    text: 'Online können nur Nebenwohnungen abgemeldet werden, unter denen Sie derzeit gemeldet sind. Bitte wählen Sie eine Nebenwohnung aus der Liste.',
  },
  A2_WRONG_AUTHORITY: {
    title: 'Hier nicht zuständig',
    text: 'Diese Nebenwohnung kann nur bei der Stadt oder Gemeinde der Nebenwohnung oder Ihrer Hauptwohnung abgemeldet werden. Bitte nutzen Sie den Online-Dienst einer dieser Gemeinden.',
  },
  A3_MOVE_OUT_TOO_FAR_AHEAD: {
    title: 'Auszugsdatum zu weit in der Zukunft',
    text: 'Das Auszugsdatum darf höchstens 7 Tage in der Zukunft liegen. Bitte wählen Sie ein früheres Datum oder melden Sie die Wohnung ab, wenn der Auszug näher gerückt ist.',
  },
  A3_MOVE_OUT_BEFORE_MOVE_IN: {
    title: 'Auszug vor dem Einzug',
    text: 'Das Auszugsdatum liegt vor dem Tag, an dem Sie in diese Wohnung eingezogen sind. Bitte prüfen Sie das Datum.',
  },
  A5_CHILD_NOT_ELIGIBLE: {
    title: 'Kind kann nicht mit abgemeldet werden',
    text: 'Online können nur eigene Kinder unter 16 Jahren mit abgemeldet werden, die mit Ihnen in dieser Nebenwohnung gemeldet sind. Jugendliche ab 16 Jahren melden sich mit ihrem eigenen Online-Ausweis ab. Bitte entfernen Sie das Kind aus der Auswahl.',
  },
  A6_LEGAL_GUARDIAN: {
    title: 'Abmeldung bitte im Bürgerbüro',
    text: 'In Ihrem Fall muss die Abmeldung persönlich geklärt werden. Bitte wenden Sie sich an Ihr Bürgerbüro.',
  },
  // Übermittlungssperren (U)
  U2_NO_CHANGES: {
    title: 'Nichts geändert',
    text: 'Sie haben keine Änderung ausgewählt. Bitte wählen Sie mindestens eine Sperre, die Sie einrichten oder aufheben möchten.',
  },
  U3_NOT_APPLICABLE: {
    title: 'Sperre trifft nicht zu',
    text: 'Diese Übermittlungssperre trifft in Ihrer Situation nicht zu und kann deshalb nicht eingerichtet werden. Bitte prüfen Sie Ihre Auswahl.',
  },
  U6_READ_ONLY: {
    title: 'Nur im Bürgerbüro änderbar',
    text: 'Auskunftssperren und bedingte Sperrvermerke brauchen Nachweise und eine Prüfung. Bitte beantragen oder ändern Sie sie persönlich in Ihrem Bürgerbüro.',
  },
  // client-side failures
  NETWORK: {
    title: 'Keine Verbindung',
    text: 'Der Dienst ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  },
  TIMEOUT: {
    title: 'Keine rechtzeitige Antwort',
    text: 'Der Dienst hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut; ein bereits abgeschickter Antrag wird dabei nicht doppelt ausgeführt.',
  },
  ABORTED: {
    title: 'Abgebrochen',
    text: 'Der Vorgang wurde abgebrochen. Sie können ihn jederzeit neu starten.',
  },
  CONTRACT: {
    title: 'Unerwartete Antwort',
    text: 'Der Dienst hat unerwartet geantwortet; an Ihren Angaben liegt es nicht. Bitte laden Sie die Seite neu und versuchen Sie es erneut. Bleibt der Fehler, geben Sie bitte Ihrem Bürgerbüro Bescheid.',
  },
};

export type ProblemMessages = Readonly<Record<MessageKey, ProblemMessage>>;

/**
 * The texts per locale that are at hand: German always; English once `loadMessages('en')` has
 * resolved (English lives in `messages-en.ts`, so a German page never downloads it).
 */
const loaded: { de: ProblemMessages; en?: ProblemMessages } = { de };
export const problemMessages: Readonly<typeof loaded> = loaded;

let english: Promise<ProblemMessages> | undefined;

/**
 * Makes the texts of `locale` available to `problemMessages` and `messageFor`. English is
 * fetched once (one promise for every caller); a failed fetch is forgotten, so the next call
 * tries again, and the caller decides what to show meanwhile (German, see `messageFor`).
 */
export function loadMessages(locale: MessageLocale): Promise<ProblemMessages> {
  if (locale === 'de') return Promise.resolve(de);
  english ??= import('./messages-en.ts').then(
    (m) => (loaded.en = m.en),
    (error: unknown) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}

/**
 * The text for any failure: a `VoisError` by its code, anything else (a bug, not the
 * citizen's fault) as `INTERNAL`. Synchronous: a locale whose texts are not loaded yet
 * (`loadMessages`) gets the German text rather than none.
 */
export function messageFor(error: unknown, locale: MessageLocale = 'de'): ProblemMessage {
  const code = (error as Partial<VoisError> | null)?.code;
  const texts = problemMessages[locale] ?? de;
  return (typeof code === 'string' && Object.hasOwn(texts, code) ? texts[code as MessageKey] : undefined) ?? texts.INTERNAL;
}
