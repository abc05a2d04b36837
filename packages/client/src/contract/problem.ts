import * as z from 'zod/mini';

/**
 * Stable machine codes for every refusal. Rule codes start with the rule ID of
 * `domain-meldewesen.md` (C1…S5); the rest are protocol codes. User texts are resolved
 * on the client from the code (see `messages/`), never from server prose.
 */
export const PROBLEM_CODES = [
  // protocol
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_REQUEST_IN_PROGRESS',
  'ORIGIN_NOT_ALLOWED',
  'UNKNOWN_KOMMUNE',
  'SERVICE_DISABLED',
  'VERIFICATION_NOT_FOUND',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  // login
  'AUTH_CANCELLED',
  'AUTH_STATE_INVALID',
  'AUTH_VERIFIER_MISSING',
  'AUTH_CODE_INVALID',
  'AUTH_PKCE_MISMATCH',
  'AUTH_REDIRECT_NOT_ALLOWED',
  // identification and access (C)
  'C1_TRUST_LEVEL_TOO_LOW',
  'C2_IDENTIFICATION_FAILED',
  'C3_DECEASED',
  'C3_MOVED_ABROAD',
  'C3_NOT_REGISTERED_HERE',
  'C4_CLERK_REQUIRED',
  'C5_SECURITY_BLOCK_LOCKED',
  // Meldebescheinigung (M)
  'M1_NOT_MAIN_RESIDENCE',
  'M3_ITEM_NOT_AVAILABLE',
  // Abmeldung (A)
  'A1_NO_SECONDARY_RESIDENCE',
  'A1_NOT_A_SECONDARY_RESIDENCE',
  'A2_WRONG_AUTHORITY',
  'A3_MOVE_OUT_TOO_FAR_AHEAD',
  'A3_MOVE_OUT_BEFORE_MOVE_IN',
  'A5_CHILD_NOT_ELIGIBLE',
  'A6_LEGAL_GUARDIAN',
  // Übermittlungssperren (U)
  'U2_NO_CHANGES',
  'U3_NOT_APPLICABLE',
  'U6_READ_ONLY',
] as const;

export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** RFC 9457 problem details, served as `application/problem+json`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  code: ProblemCode,
  detail: z.optional(z.string()),
  /** Fields that failed validation, as JSON pointers into the request body (`/moveOutDate`). */
  fields: z.optional(z.array(z.object({ pointer: z.string(), code: z.optional(ProblemCode) }))),
});
export type Problem = z.infer<typeof Problem>;

export const problemTypeUri = (code: ProblemCode) => `https://vois-online.de/probleme/${code}`;
