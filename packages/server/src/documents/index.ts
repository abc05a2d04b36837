/**
 * Sealed documents (Meldebescheinigung, Meldebestätigung, Sperren-Quittung, Selbstauskunft):
 * A4 PDF with DejaVu Sans (covers DIN 91379, C7), verification code + QR code, sealed with a
 * PAdES signature (ETSI.CAdES.detached) by a sandbox seal certificate (M5, § 10 Abs. 2 BMG).
 */
export type { DocumentBlock, DocumentContent, DocumentIssuer, DocumentType, Sealer } from './types.ts';
export { createSealer, SUB_FILTER } from './sealer.ts';
export { createSealerPool } from './seal-pool.ts';
export { newVerificationCode, parseVerificationCode, VERIFICATION_CODE_PATTERN } from './verification-code.ts';
