import { randomBytes } from 'node:crypto';

/**
 * 32 symbols without the look-alikes 0/O and 1/I, so a code read off paper can be typed back
 * without guessing. 32 is a power of two: masking a random byte with 31 is free of modulo bias.
 */
export const VERIFICATION_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 'XXXX-XXXX-XXXX' over the alphabet above (60 bits of entropy). */
export const VERIFICATION_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** A fresh, crypto-random verification code, formatted XXXX-XXXX-XXXX. */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (let i = 0; i < 12; i++) {
    if (i === 4 || i === 8) code += '-';
    code += VERIFICATION_CODE_ALPHABET[bytes[i]! & 31];
  }
  return code;
}

/**
 * Normalises what a person typed (lower case, spaces, missing or extra hyphens) to the canonical
 * form, or returns null when it cannot be a code. For the public verification endpoint.
 */
export function parseVerificationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
  if (compact.length !== 12) return null;
  const code = `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
  return VERIFICATION_CODE_PATTERN.test(code) ? code : null;
}
