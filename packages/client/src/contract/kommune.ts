import * as z from 'zod/mini';
import { Ags, ServiceId } from './common.ts';

export const Buergerbuero = z.object({
  name: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.email(),
  url: z.url(),
  /** Opening hours as short lines, e.g. `Di 9–12 und 13–18 Uhr`. */
  openingHours: z.array(z.string()),
});
export type Buergerbuero = z.infer<typeof Buergerbuero>;

/** Public configuration of one municipality. */
export const KommuneConfig = z.object({
  ags: Ags,
  name: z.string(),
  county: z.string(),
  buergerbuero: Buergerbuero,
  privacyUrl: z.url(),
  accessibilityUrl: z.url(),
  services: z.array(ServiceId),
});
export type KommuneConfig = z.infer<typeof KommuneConfig>;

export const KommuneParams = z.object({ ags: Ags });
