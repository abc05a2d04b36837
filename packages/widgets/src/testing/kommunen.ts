/**
 * Public configuration of the six pilot municipalities, as the server's `GET /v1/kommunen/{ags}`
 * answers it — built from the same domain data (`@vois-online/domain/kommunen`). Every contact
 * detail there is FICTIONAL (`.example` domains, placeholder phone numbers).
 */
import type { KommuneConfig, ServiceId } from '@vois-online/client';
import { ServiceId as ServiceIdSchema } from '@vois-online/client/contract';
import { KOMMUNEN } from '@vois-online/domain/kommunen';

/** Every pilot municipality offers all four services (as the reference server). */
export const enabledServices: readonly ServiceId[] = ServiceIdSchema.options;

export const kommunen: Record<string, KommuneConfig> = Object.fromEntries(
  KOMMUNEN.map((k) => [
    k.ags,
    { ags: k.ags, name: k.name, county: k.county, buergerbuero: k.buergerbuero, privacyUrl: k.privacyUrl, accessibilityUrl: k.accessibilityUrl, services: [...enabledServices] },
  ]),
);
