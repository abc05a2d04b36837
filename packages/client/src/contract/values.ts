/**
 * The contract's value lists and patterns as plain data, without zod, so that browser code
 * (the client, the widgets) can check values without bundling the schema library. The zod
 * schemas in the sibling modules are built from these.
 */

export const SERVICE_IDS = ['meldebescheinigung', 'abmeldung-nebenwohnung', 'uebermittlungssperren', 'selbstauskunft'] as const;

/** Amtlicher Gemeindeschlüssel (AGS): eight digits, identifies a municipality. */
export const AGS_PATTERN = /^\d{8}$/;

export const BESCHEINIGUNGS_ARTEN = ['EINFACH', 'ERWEITERT'] as const;

/** Extra items of the extended certificate (§ 3 Abs. 1 BMG, M3). Never: blocks, date of death. */
export const ZUSATZ_ANGABEN = [
  'FRUEHERE_NAMEN',
  'GEBURTSNAME',
  'ORDENS_KUENSTLERNAME',
  'GEBURTSORT',
  'GESCHLECHT',
  'GESETZLICHER_VERTRETER',
  'STAATSANGEHOERIGKEITEN',
  'RELIGION',
  'FRUEHERE_ANSCHRIFTEN',
  'EINZUGSDATEN',
  'FAMILIENSTAND',
  'EHEGATTE',
  'MINDERJAEHRIGE_KINDER',
  'AUSWEISDATEN',
] as const;

export const SPERRE_KEYS = ['BUNDESWEHR', 'RELIGION_FAMILIE', 'PARTEIEN_WAHLEN', 'JUBILAEEN', 'ADRESSBUCH'] as const;

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

export const problemTypeUri = (code: (typeof PROBLEM_CODES)[number]) => `https://vois-online.de/probleme/${code}`;

/** Whether `value` is one of `list` (a type guard for the lists above). */
export const isOneOf = <const L extends readonly string[]>(list: L, value: unknown): value is L[number] =>
  (list as readonly unknown[]).includes(value);
