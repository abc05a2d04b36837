/**
 * Sealed documents (Meldebescheinigung, Meldebestätigung, Sperren-Quittung, Selbstauskunft):
 * A4 PDF with DejaVu Sans (covers DIN 91379, C7), verification code + QR code, sealed with a
 * PAdES B-T signature (ETSI.CAdES.detached) by a sandbox seal certificate (M5, § 10 Abs. 2 BMG),
 * with an RFC 3161 signature timestamp from the sandbox TSA or `VOIS_TSA_URL` (timestamp/).
 */
export type { DocumentBlock, DocumentContent, DocumentIssuer, DocumentType, Sealer } from './types.ts';
export { createSealer, SUB_FILTER, type SealerOptions } from './sealer.ts';
export { httpTimeStamper, TimestampError, type TimeStamper } from './timestamp/index.ts';
export { createSealerPool } from './seal-pool.ts';
export { newVerificationCode, parseVerificationCode, VERIFICATION_CODE_PATTERN } from './verification-code.ts';
