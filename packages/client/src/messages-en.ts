/**
 * English texts for every failure the client can report: loaded on demand by
 * `loadMessages('en')` (its own chunk in a bundle, so a German page never downloads it).
 * Typed by the German record: a missing (or misspelt) code is a type error here too.
 */
import type { MessageKey, ProblemMessage } from './messages.ts';

export const en: Record<MessageKey, ProblemMessage> = {
  // protocol
  BAD_REQUEST: {
    title: 'Your details could not be processed',
    text: 'Please check what you entered and try again. If this happens again, please reload the page.',
  },
  UNAUTHENTICATED: {
    title: 'Please log in',
    text: 'This step needs a login with your online ID. Please log in (again).',
  },
  SESSION_EXPIRED: {
    title: 'Your login has expired',
    text: 'For your protection a login is only valid for a short time. Please log in again with your online ID.',
  },
  FORBIDDEN: {
    title: 'This step is not permitted',
    text: 'Your login does not permit this step. Please log in again. If the problem persists, your citizens’ office (Bürgerbüro) can help.',
  },
  NOT_FOUND: {
    title: 'Not found',
    text: 'What you were looking for does not exist (any more). Please reload the page and try again.',
  },
  METHOD_NOT_ALLOWED: {
    title: 'Technical error',
    text: 'The service did not accept this request; this is not due to your details. Please reload the page. If the error persists, please let your citizens’ office know.',
  },
  PAYLOAD_TOO_LARGE: {
    title: 'Too much at once',
    text: 'The request is too large. Please select fewer items and try again.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: 'Technical error',
    text: 'The service could not read the request; this is not due to your details. Please reload the page. If the error persists, please let your citizens’ office know.',
  },
  RATE_LIMITED: {
    title: 'Very many requests right now',
    text: 'The service has received very many requests in a short time. Please wait about a minute and then try again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    title: 'Application already sent with different details',
    text: 'This application was already sent once with different details; nothing is carried out twice. Please reload the page and start the application again.',
  },
  IDEMPOTENCY_REQUEST_IN_PROGRESS: {
    title: 'Your application is still being processed',
    text: 'Your application is already on its way and will only be carried out once. Please wait a moment and then try again.',
  },
  ORIGIN_NOT_ALLOWED: {
    title: 'Not enabled on this page',
    text: 'This website is not enabled for the online service. Please use the service on the official website of your town or municipality.',
  },
  UNKNOWN_KOMMUNE: {
    title: 'Municipality not set up',
    text: 'The online service is not set up for this town or municipality. Please use the service on your town’s website or contact your citizens’ office.',
  },
  SERVICE_DISABLED: {
    title: 'Service not available online at the moment',
    text: 'Your town or municipality does not offer this service online at the moment. Your citizens’ office will be glad to help you in person.',
  },
  VERIFICATION_NOT_FOUND: {
    title: 'Verification code not found',
    text: 'There is no document with this verification code. Please compare the code character by character with the document (form XXXX-XXXX-XXXX). If it is still not found, the document cannot be confirmed as genuine.',
  },
  INTERNAL: {
    title: 'Technical error',
    text: 'Something went wrong on our side; this is not due to your details. Please try again in a few minutes.',
  },
  SERVICE_UNAVAILABLE: {
    title: 'Service temporarily unavailable',
    text: 'The online service cannot be reached right now, for example because of maintenance. Please try again later.',
  },
  // login
  AUTH_CANCELLED: {
    title: 'Login cancelled',
    text: 'You cancelled the login with your online ID. No data was transmitted. You can log in again at any time.',
  },
  AUTH_STATE_INVALID: {
    title: 'Login could not be matched',
    text: 'This login was not started on this page, has expired or was already used, for example in another browser tab. Please start the login here again.',
  },
  AUTH_VERIFIER_MISSING: {
    title: 'Login could not be completed',
    text: 'Your browser is missing data for this login, for example because stored site data was deleted. Please start the login again and stay in the same browser window.',
  },
  AUTH_CODE_INVALID: {
    title: 'Login expired',
    text: 'The login was not completed in time or was already used. Please log in again.',
  },
  AUTH_PKCE_MISMATCH: {
    title: 'Login could not be confirmed',
    text: 'For security reasons the login was not completed. Please start it again and stay in the same browser window.',
  },
  AUTH_REDIRECT_NOT_ALLOWED: {
    title: 'Login not possible on this page',
    text: 'This website is not enabled for the login. Please use the service on the official website of your town or municipality.',
  },
  // identification and access (C)
  C1_TRUST_LEVEL_TOO_LOW: {
    title: 'Please log in with your online ID',
    text: 'Registration matters require a login at the assurance level “high”. Please log in with the online function of your German ID card, electronic residence permit or eID card. An ELSTER certificate or a username and password are unfortunately not sufficient here.',
  },
  C2_IDENTIFICATION_FAILED: {
    title: 'Your details could not be matched unambiguously',
    text: 'The details from your online ID could not be matched unambiguously. This can happen, for example, if you changed your name recently or a move is not yet recorded on your ID card. Your citizens’ office will be glad to help.',
  },
  C3_DECEASED: {
    title: 'Not possible online',
    text: 'Your request cannot be handled online. Please contact your citizens’ office; they will check your registration data.',
  },
  C3_MOVED_ABROAD: {
    title: 'Currently not registered in Germany',
    text: 'According to the population register you have moved abroad, so the registration office’s online services are not available to you. If this is not (or no longer) correct, please contact your citizens’ office.',
  },
  C3_NOT_REGISTERED_HERE: {
    title: 'Not registered here',
    text: 'This service requires a registration in this town or municipality. Please use the online service of the town or municipality where you live.',
  },
  C4_CLERK_REQUIRED: {
    title: 'Please contact your citizens’ office',
    text: 'For legal reasons your request cannot be handled online. Your citizens’ office will help you in person.',
  },
  C5_SECURITY_BLOCK_LOCKED: {
    title: 'Can only be changed at the citizens’ office',
    text: 'This block cannot be changed online. Please contact your citizens’ office.',
  },
  // Meldebescheinigung (M)
  M1_NOT_MAIN_RESIDENCE: {
    title: 'Certificate only where your main residence is',
    text: 'A registration certificate is issued by the registration office of your main residence. Here you are registered with a secondary residence only. Please request the certificate from the town or municipality of your main residence.',
  },
  M3_ITEM_NOT_AVAILABLE: {
    title: 'Item not stored',
    text: 'Nothing is stored in the register for at least one of the selected items. Please remove it from your selection and try again.',
  },
  // Abmeldung (A)
  A1_NO_SECONDARY_RESIDENCE: {
    title: 'No secondary residence registered',
    text: 'There is no secondary residence registered for you here that could be deregistered online. If you move out of your main residence within Germany, registering at your new address is all you need to do.',
  },
  A1_NOT_A_SECONDARY_RESIDENCE: {
    title: 'This residence cannot be deregistered',
    text: 'Only secondary residences you are currently registered at can be deregistered online. Please choose a secondary residence from the list.',
  },
  A2_WRONG_AUTHORITY: {
    title: 'Not responsible here',
    text: 'This secondary residence can only be deregistered with the town or municipality of the secondary residence or of your main residence. Please use the online service of one of them.',
  },
  A3_MOVE_OUT_TOO_FAR_AHEAD: {
    title: 'Move-out date too far ahead',
    text: 'The move-out date can be at most 7 days in the future. Please choose an earlier date, or deregister once the move is closer.',
  },
  A3_MOVE_OUT_BEFORE_MOVE_IN: {
    title: 'Move-out before move-in',
    text: 'The move-out date is before the day you moved into this residence. Please check the date.',
  },
  A5_CHILD_NOT_ELIGIBLE: {
    title: 'Child cannot be included',
    text: 'Only your own children under 16 who are registered with you at this secondary residence can be included online. Young people aged 16 or over deregister with their own online ID. Please remove the child from your selection.',
  },
  A6_LEGAL_GUARDIAN: {
    title: 'Please deregister at the citizens’ office',
    text: 'In your case the deregistration has to be settled in person. Please contact your citizens’ office.',
  },
  // Übermittlungssperren (U)
  U2_NO_CHANGES: {
    title: 'Nothing changed',
    text: 'You have not selected any change. Please choose at least one block you want to set or remove.',
  },
  U3_NOT_APPLICABLE: {
    title: 'Block does not apply',
    text: 'This objection does not apply in your situation and therefore cannot be set. Please check your selection.',
  },
  U6_READ_ONLY: {
    title: 'Can only be changed at the citizens’ office',
    text: 'Information blocks and conditional block notes need evidence and an assessment. Please apply for or change them in person at your citizens’ office.',
  },
  // client-side failures
  NETWORK: {
    title: 'No connection',
    text: 'The service cannot be reached right now. Please check your internet connection and try again.',
  },
  TIMEOUT: {
    title: 'No answer in time',
    text: 'The service did not answer in time. Please try again; an application you already sent will not be carried out twice.',
  },
  ABORTED: {
    title: 'Cancelled',
    text: 'The action was cancelled. You can start it again at any time.',
  },
  CONTRACT: {
    title: 'Unexpected answer',
    text: 'The service gave an unexpected answer; this is not due to your details. Please reload the page and try again. If the error persists, please let your citizens’ office know.',
  },
};
