import { problemTypeUri, type Problem, type ProblemCode } from '@vois-online/client/contract';
import { RuleViolation } from '../rules/violation.ts';

/** Short titles (for developers and logs of integrators; citizens get texts from the client by code). */
const TITLES: Partial<Record<ProblemCode, string>> = {
  BAD_REQUEST: 'Ungültige Anfrage',
  UNAUTHENTICATED: 'Nicht angemeldet',
  SESSION_EXPIRED: 'Sitzung abgelaufen',
  NOT_FOUND: 'Nicht gefunden',
  METHOD_NOT_ALLOWED: 'Methode nicht erlaubt',
  PAYLOAD_TOO_LARGE: 'Anfrage zu groß',
  UNSUPPORTED_MEDIA_TYPE: 'Nicht unterstütztes Format',
  RATE_LIMITED: 'Zu viele Anfragen',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key mit anderem Inhalt wiederverwendet',
  IDEMPOTENCY_REQUEST_IN_PROGRESS: 'Gleiche Anfrage läuft noch',
  ORIGIN_NOT_ALLOWED: 'Herkunft nicht zugelassen',
  UNKNOWN_KOMMUNE: 'Unbekannte Kommune',
  INTERNAL: 'Interner Fehler',
  SERVICE_UNAVAILABLE: 'Vorübergehend nicht verfügbar',
};

export function problemBody(code: ProblemCode, status: number, extra: { detail?: string; fields?: Problem['fields'] } = {}): Problem {
  return {
    type: problemTypeUri(code),
    title: TITLES[code] ?? code,
    status,
    code,
    ...(extra.detail && { detail: extra.detail }),
    ...(extra.fields?.length && { fields: extra.fields }),
  };
}

export function problemResponse(code: ProblemCode, status: number, extra: { detail?: string; fields?: Problem['fields']; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(problemBody(code, status, extra)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...extra.headers },
  });
}

export const violationResponse = (v: RuleViolation) => problemResponse(v.code, v.status, v.extra);

/** RFC 6901 pointer from a zod issue path. */
export const pointer = (path: readonly PropertyKey[]) => '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
