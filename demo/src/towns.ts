/** The six pilot municipalities as the demo sites present them. Colours are illustrative, not official. */
export interface Town {
  slug: string;
  ags: string;
  name: string;
  /** Official prefix used on the site, e.g. "Stadt". */
  kind: string;
  county: string;
  theme: string;
}

export const towns: readonly Town[] = [
  { slug: 'strausberg', ags: '12064472', name: 'Strausberg', kind: 'Stadt', county: 'Märkisch-Oderland', theme: 'strausberg' },
  { slug: 'oranienburg', ags: '12065256', name: 'Oranienburg', kind: 'Stadt', county: 'Oberhavel', theme: 'oranienburg' },
  { slug: 'premnitz', ags: '12063244', name: 'Premnitz', kind: 'Stadt', county: 'Havelland', theme: 'premnitz' },
  { slug: 'werder-havel', ags: '12069656', name: 'Werder (Havel)', kind: 'Stadt', county: 'Potsdam-Mittelmark', theme: 'werder-havel' },
  { slug: 'erkner', ags: '12067124', name: 'Erkner', kind: 'Stadt', county: 'Oder-Spree', theme: 'erkner' },
  { slug: 'wittenberge', ags: '12070424', name: 'Wittenberge', kind: 'Stadt', county: 'Prignitz', theme: 'wittenberge' },
];

/** The services as pages of a town site: path segment, element, title. */
export const services = [
  { path: 'meldebescheinigung', tag: 'vois-meldebescheinigung', title: 'Meldebescheinigung online', titleEn: 'Registration certificate online', teaser: 'Elektronische Meldebescheinigung sofort als PDF – kostenlos.' },
  { path: 'abmeldung-nebenwohnung', tag: 'vois-abmeldung-nebenwohnung', title: 'Nebenwohnung abmelden', titleEn: 'Deregister a secondary residence', teaser: 'Eine Nebenwohnung online abmelden, mit Bestätigung als PDF.' },
  { path: 'uebermittlungssperren', tag: 'vois-uebermittlungssperren', title: 'Übermittlungssperren', titleEn: 'Objections to data transfers', teaser: 'Widersprüche gegen Datenübermittlungen ansehen und ändern.' },
  { path: 'selbstauskunft', tag: 'vois-selbstauskunft', title: 'Selbstauskunft aus dem Melderegister', titleEn: 'What the register stores about you', teaser: 'Sehen, was das Melderegister über Sie speichert.' },
] as const;
