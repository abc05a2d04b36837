import * as z from 'zod/mini';
import { Ags, Id, IsoDateTime } from './common.ts';

export const DocumentType = z.enum(['MELDEBESCHEINIGUNG', 'MELDEBESTAETIGUNG', 'SPERREN_QUITTUNG', 'SELBSTAUSKUNFT']);
export type DocumentType = z.infer<typeof DocumentType>;

/** Verification code printed on every sealed document, e.g. `K7QM-3XPA-Z9RT`. */
export const VerificationCode = z.string().check(z.regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/));

/** A sealed PDF the citizen can download (with the session) and anyone can verify (with the code). */
export const DocumentRef = z.object({
  id: Id,
  type: DocumentType,
  number: z.string(),
  verificationCode: VerificationCode,
  /** Absolute URL of the public verification page for this code. */
  verificationUrl: z.url(),
  issuedAt: IsoDateTime,
  issuer: z.object({ ags: Ags, name: z.string() }),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Public answer for a verification code: non-sensitive facts only. */
export const Verification = z.object({
  valid: z.literal(true),
  type: DocumentType,
  number: z.string(),
  issuedAt: IsoDateTime,
  issuer: z.object({ ags: Ags, name: z.string() }),
  /** Initials of the holder, e.g. `Ł. Ż.` — enough to match the paper, not to identify. */
  holderInitials: z.string(),
  /** SHA-256 of the PDF as issued, hex. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Verification = z.infer<typeof Verification>;

export const DocumentParams = z.object({ id: Id });
export const VerificationParams = z.object({ code: VerificationCode });
