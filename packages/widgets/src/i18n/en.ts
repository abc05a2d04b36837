import type { Catalogue } from './de.ts';

/**
 * English texts shared by every element. Typed as `Catalogue`: a missing or extra key fails the
 * type check. Loaded on demand (a chunk of its own, fetched only for an English widget; see
 * `LangTexts` in `index.ts`): import it statically nowhere but in tests.
 */
export const en: Catalogue = {
  lang: 'en',
  common: {
    loading: 'Loading …',
    retry: 'Try again',
    back: 'Back',
    continue: 'Continue',
    change: 'Change',
    errorPrefix: 'Error:',
    errorSummaryTitle: 'Please check your answers',
    stepOf: (index, total) => `Step ${index} of ${total}`,
    progressLabel: 'Progress',
    stepDone: 'done',
    free: 'free of charge',
    yes: 'Yes',
    no: 'No',
    newWindow: '(opens in a new window)',
    service: 'Online service',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    dateExample: 'For example 27 3 2026',
  },
  login: {
    button: 'Log in with your online ID',
    redirectHint: 'You will be taken to a secure login page and brought back here automatically afterwards.',
    alreadyLoggedIn: 'You are already logged in with your online ID.',
    redirecting: 'Taking you to the login …',
    checking: 'Checking your login …',
    logout: 'Log out',
    loggedOut: 'You are logged out. Your data has been removed from this page.',
    c2Causes: [
      'Your name has changed recently, for example through marriage.',
      'You have moved recently and the new address is not yet stored on your ID card.',
    ],
    c2CausesTitle: 'Common reasons',
  },
  session: {
    warningTitle: 'Your session will end soon',
    warningText: (time) => `For your security, your login ends at ${time}. If you need more time, extend the session.`,
    extend: 'Extend session',
    extended: (time) => `Your session has been extended until ${time}.`,
    endedTitle: 'Your session has ended',
    endedText: 'For your security you have been logged out. We removed personal data from this page.',
    kept: (summary) => `Your choices are kept: ${summary}. After logging in you continue where you left off.`,
    nothingKept: 'No answers have been lost. You can continue after logging in.',
    loginAgain: 'Log in again and continue',
  },
  problem: {
    fallbackTitle: 'Sorry, that did not work',
    fallbackText: 'Please try again later.',
    inputKept: 'Your answers have been kept.',
  },
  contact: {
    title: 'How to reach the citizens’ office',
    phone: 'Phone',
    email: 'Email',
    web: 'Website of the citizens’ office',
    hours: 'Opening hours',
    fallback: 'Please contact the citizens’ office (Bürgerbüro) of your town or municipality.',
  },
  person: {
    inUse: 'name in use',
    inUseNote: 'The given name in use is underlined.',
    noGivenNames: 'no given names recorded',
  },
  residenceStatus: {
    ALLEINIGE_WOHNUNG: 'Sole residence',
    HAUPTWOHNUNG: 'Main residence',
    NEBENWOHNUNG: 'Secondary residence',
  },
  document: {
    number: 'Document number',
    issuedAt: 'Issued on',
    issuer: 'Issued by',
    verificationCode: 'Verification code',
    verifyLink: 'Check authenticity online',
    verifyHint: 'Anyone you show the certificate to can check that it is genuine with the verification code.',
    download: 'Download PDF',
    downloading: 'Loading PDF …',
    downloaded: 'The PDF has been downloaded.',
    sealed: 'The PDF carries an electronic seal and is valid without a signature.',
    time: (date, time) => `${date}, ${time}`,
  },
};
