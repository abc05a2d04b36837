import type { ProblemCode } from '@vois-online/client/contract';

/**
 * A refusal by a rule (or a protocol check) that becomes a problem+json answer. Thrown from
 * pure rule functions so that they stay free of HTTP; the HTTP layer maps it 1:1.
 * `detail` must never contain personal data (it ends up in the response, not in logs).
 */
export class RuleViolation extends Error {
  override name = 'RuleViolation';
  constructor(
    readonly code: ProblemCode,
    readonly status: number,
    readonly extra: { detail?: string; fields?: Array<{ pointer: string; code?: ProblemCode }>; headers?: Record<string, string> } = {},
  ) {
    super(code);
  }
}

/** 404 for anything that is not the caller's: same answer as "does not exist". */
export const notFound = () => new RuleViolation('NOT_FOUND', 404);

/** 403: the service is closed to this person here (reason code from /v1/me). */
export const refused = (code: ProblemCode) => new RuleViolation(code, 403);

/** 422: the request breaks a rule; `pointer` names the field. */
export const invalid = (code: ProblemCode, pointer?: string, detail?: string) =>
  new RuleViolation(code, 422, { ...(pointer && { fields: [{ pointer, code }] }), ...(detail && { detail }) });
