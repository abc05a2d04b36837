import type { ProblemCode, ServiceAvailability, ServiceId } from '@vois-online/client/contract';
import type { IsoDate, PersonRecord } from './types.ts';
import { currentResidences, isPending, mainResidence } from './residences.ts';

/**
 * Who may use which service where (/v1/me and the guard in front of every service call).
 * Order matters: the most fundamental reason is reported (record state before municipality
 * before service-specific rules).
 */

/** C3/C4: reasons that close every service. */
export function baseRefusal(p: PersonRecord, kommune: string, today: IsoDate): ProblemCode | undefined {
  if (p.status === 'VERSTORBEN') return 'C3_DECEASED';
  if (p.status === 'AUSGEWANDERT') return 'C3_MOVED_ABROAD';
  // C4: adoption secrecy / restricted civil-status data need a clerk's judgement.
  if (p.adoptionSecrecy || p.restrictedCivilStatus) return 'C4_CLERK_REQUIRED';
  if (!currentResidences(p, today).some((r) => r.authority.ags === kommune)) return 'C3_NOT_REGISTERED_HERE';
  return undefined;
}

/**
 * A1 + A2: active secondary residences that can be deregistered at `kommune` — those held by
 * this authority, or all of them when this authority holds the main residence. Residences
 * already deregistered with a future date (pending, A4) are not offered again.
 */
export function deregistrableResidences(p: PersonRecord, kommune: string, today: IsoDate) {
  const main = mainResidence(p, today);
  return currentResidences(p, today).filter(
    (r) => r.status === 'NEBENWOHNUNG' && !isPending(r, today) && (r.authority.ags === kommune || main?.authority.ags === kommune),
  );
}

function serviceRefusal(service: ServiceId, p: PersonRecord, kommune: string, today: IsoDate): ProblemCode | undefined {
  switch (service) {
    case 'meldebescheinigung':
      // M1: only the authority of the main or sole residence issues it.
      return mainResidence(p, today)?.authority.ags === kommune ? undefined : 'M1_NOT_MAIN_RESIDENCE';
    case 'abmeldung-nebenwohnung': {
      // A6: a guardian who decides on residence → office.
      if (p.legalGuardian?.residenceDetermination) return 'A6_LEGAL_GUARDIAN';
      const open = currentResidences(p, today).filter((r) => r.status === 'NEBENWOHNUNG' && !isPending(r, today));
      if (open.length === 0) return 'A1_NO_SECONDARY_RESIDENCE';
      return deregistrableResidences(p, kommune, today).length ? undefined : 'A2_WRONG_AUTHORITY';
    }
    case 'uebermittlungssperren':
    case 'selbstauskunft':
      return undefined;
  }
}

export function availability(service: ServiceId, p: PersonRecord, kommune: string, today: IsoDate, enabled: readonly ServiceId[]): ServiceAvailability {
  const reason = !enabled.includes(service) ? 'SERVICE_DISABLED' : (baseRefusal(p, kommune, today) ?? serviceRefusal(service, p, kommune, today));
  return reason ? { service, available: false, reason } : { service, available: true };
}
