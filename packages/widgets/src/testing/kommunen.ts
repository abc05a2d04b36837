/**
 * Public configuration of the six pilot municipalities for the fake API. The AGS keys are
 * real; every contact detail is FICTIONAL (`.example` domains, placeholder phone numbers).
 */
import type { KommuneConfig, ServiceId } from '@vois-online/client';

const allServices: ServiceId[] = ['meldebescheinigung', 'abmeldung-nebenwohnung', 'uebermittlungssperren', 'selbstauskunft'];

function town(ags: string, name: string, county: string, slug: string, postalCode: string, street: string, phone: string): KommuneConfig {
  return {
    ags,
    name,
    county,
    buergerbuero: {
      name: `Bürgerbüro ${name.replace(/^Stadt /, '')}`,
      street,
      postalCode,
      city: name.replace(/^Stadt /, ''),
      phone,
      email: `buergerbuero@${slug}.example`,
      url: `https://www.${slug}.example/buergerbuero`,
      openingHours: ['Mo 9–12 Uhr', 'Di 9–12 und 13–18 Uhr', 'Do 9–12 und 13–16 Uhr', 'Fr 9–12 Uhr'],
    },
    privacyUrl: `https://www.${slug}.example/datenschutz`,
    accessibilityUrl: `https://www.${slug}.example/barrierefreiheit`,
    services: allServices,
  };
}

export const kommunen: Record<string, KommuneConfig> = {
  '12064472': town('12064472', 'Stadt Strausberg', 'Märkisch-Oderland', 'strausberg', '15344', 'Hegermühlenstraße 58', '03341 0000-100'),
  '12065256': town('12065256', 'Stadt Oranienburg', 'Oberhavel', 'oranienburg', '16515', 'Schloßplatz 1', '03301 0000-100'),
  '12063244': town('12063244', 'Stadt Premnitz', 'Havelland', 'premnitz', '14727', 'Liebigstraße 1', '03386 0000-100'),
  '12069656': town('12069656', 'Stadt Werder (Havel)', 'Potsdam-Mittelmark', 'werder-havel', '14542', 'Eisenbahnstraße 13', '03327 0000-100'),
  '12067124': town('12067124', 'Stadt Erkner', 'Oder-Spree', 'erkner', '15537', 'Friedrichstraße 6', '03362 0000-100'),
  '12070424': town('12070424', 'Stadt Wittenberge', 'Prignitz', 'wittenberge', '19322', 'August-Bebel-Straße 10', '03877 0000-100'),
};
