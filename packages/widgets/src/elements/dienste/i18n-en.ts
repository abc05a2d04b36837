/**
 * English texts of `<vois-dienste>`: its own section of the catalogue. Loaded on demand (a chunk of its
 * own, fetched only for an English widget): nothing but `i18n.ts` and the tests import it.
 * Typed by the German section: a key missing here (or added here only) fails the type check.
 */
import type { de } from './i18n.ts';

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
  },
};
