import type { Kommune } from './types.ts';

/**
 * The six pilot municipalities (AGS checked against public sources; Premnitz least firmly).
 * Bürgerbüro contact data is illustrative sandbox data (".example" domains, placeholder phone
 * numbers): it must not send real citizens to a real office with test questions.
 */
const kommune = (k: Omit<Kommune, 'privacyUrl' | 'accessibilityUrl' | 'buergerbuero'> & { slug: string; street: string; phoneArea: string; openingHours?: string[] }): Kommune => ({
  ags: k.ags,
  name: k.name,
  officialName: k.officialName,
  county: k.county,
  postalCode: k.postalCode,
  buergerbuero: {
    name: `Bürgerbüro ${k.name}`,
    street: k.street,
    postalCode: k.postalCode,
    city: k.name,
    phone: `+49 ${k.phoneArea} 000-100`,
    email: `buergerbuero@${k.slug}.example`,
    url: `https://${k.slug}.example/buergerbuero`,
    openingHours: k.openingHours ?? ['Mo 9–12 Uhr', 'Di 9–12 und 13–18 Uhr', 'Do 9–12 und 13–16 Uhr', 'Fr 9–12 Uhr'],
  },
  privacyUrl: `https://${k.slug}.example/datenschutz`,
  accessibilityUrl: `https://${k.slug}.example/barrierefreiheit`,
});

export const KOMMUNEN: readonly Kommune[] = [
  kommune({ ags: '12064472', name: 'Strausberg', officialName: 'Stadt Strausberg', county: 'Märkisch-Oderland', postalCode: '15344', slug: 'strausberg', street: 'Hegermühlenstraße 58', phoneArea: '3341' }),
  kommune({ ags: '12065256', name: 'Oranienburg', officialName: 'Stadt Oranienburg', county: 'Oberhavel', postalCode: '16515', slug: 'oranienburg', street: 'Schloßplatz 1', phoneArea: '3301' }),
  kommune({ ags: '12063244', name: 'Premnitz', officialName: 'Stadt Premnitz', county: 'Havelland', postalCode: '14727', slug: 'premnitz', street: 'Liebigstraße 2', phoneArea: '3386' }),
  kommune({ ags: '12069656', name: 'Werder (Havel)', officialName: 'Stadt Werder (Havel)', county: 'Potsdam-Mittelmark', postalCode: '14542', slug: 'werder-havel', street: 'Eisenbahnstraße 13', phoneArea: '3327' }),
  kommune({ ags: '12067124', name: 'Erkner', officialName: 'Stadt Erkner', county: 'Oder-Spree', postalCode: '15537', slug: 'erkner', street: 'Friedrichstraße 6', phoneArea: '3362' }),
  kommune({ ags: '12070424', name: 'Wittenberge', officialName: 'Stadt Wittenberge', county: 'Prignitz', postalCode: '19322', slug: 'wittenberge', street: 'August-Bebel-Straße 10', phoneArea: '3877' }),
];

/** Authorities outside the pilot that hold residences of test personas (M1, M6). */
export const OTHER_AUTHORITIES = {
  berlin: { ags: '11000000', name: 'Berlin' },
} as const;

export const kommuneByAgs = new Map(KOMMUNEN.map((k) => [k.ags, k]));
