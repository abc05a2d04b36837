/**
 * Public types of the sealed-document module. The caller (the HTTP layer) builds the German
 * content; this module only lays it out, renders it to PDF and seals it.
 */

export type DocumentType = 'MELDEBESCHEINIGUNG' | 'MELDEBESTAETIGUNG' | 'SPERREN_QUITTUNG' | 'SELBSTAUSKUNFT';

export type DocumentBlock =
  | { kind: 'rows'; heading: string; rows: Array<[label: string, value: string]> }
  | { kind: 'text'; heading?: string; paragraphs: string[] };

export interface DocumentIssuer {
  /** Official municipality key (AGS), e.g. '12064472'. */
  ags: string;
  /** e.g. 'Stadt Strausberg' */
  name: string;
  /** e.g. 'Bürgerbüro' */
  office: string;
  /** One line, e.g. 'Hegermühlenstraße 58, 15344 Strausberg' */
  address: string;
}

export interface DocumentContent {
  type: DocumentType;
  /** e.g. 'Meldebescheinigung (erweitert)'; also the only metadata entry besides producer/language. */
  title: string;
  /** Document number, e.g. 'MB-2026-000123'. */
  number: string;
  /** From {@link newVerificationCode}, e.g. 'K7QM-3XPA-Z9RT'. */
  verificationCode: string;
  /** Public page URL for the code; encoded in the QR code. Must not contain personal data. */
  verificationUrl: string;
  issuedAt: Date;
  issuer: DocumentIssuer;
  /** German content, built by the caller. Newlines in values and paragraphs force a line break. */
  blocks: DocumentBlock[];
}

export interface Sealer {
  /** Renders and seals (PAdES, ETSI.CAdES.detached) the PDF; returns the final bytes. */
  seal(content: DocumentContent): Promise<Uint8Array>;
  /** PEM of the sandbox seal certificate (for the verification page). */
  readonly certificatePem: string;
  /** Addition to the agreed interface: SHA-256 fingerprint of the certificate, hex with colons (for the verification page). */
  readonly certificateFingerprint: string;
  /** Stops sealing threads, if any (`createSealerPool`). */
  close?(): Promise<void>;
}
