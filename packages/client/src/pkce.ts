/**
 * PKCE (RFC 7636) and `state` for the login redirect, on Web Crypto only, so the same code
 * runs in browsers and in Node ≥ 20 (both have `globalThis.crypto`).
 */

export interface PkcePair {
  /** 43 characters of base64url: 32 random bytes, kept in sessionStorage until the return. */
  verifier: string;
  /** `BASE64URL(SHA-256(verifier))`, sent with `code_challenge_method=S256`. */
  challenge: string;
}

/** Unpadded base64url (RFC 4648 § 5), the alphabet both PKCE and our `state` use. */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function createPkcePair(): Promise<PkcePair> {
  // 32 bytes → exactly 43 characters, the minimum RFC 7636 allows and 256 bits of entropy.
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: await s256(verifier) };
}

/** The S256 code challenge of a verifier: `BASE64URL(SHA-256(ASCII(verifier)))`. */
export async function s256(verifier: string): Promise<string> {
  if (!crypto.subtle) {
    // Web Crypto's digest exists only in secure contexts (https, localhost). A plain-http page
    // cannot log in safely anyway, so say so instead of falling back to `plain`.
    throw new Error('crypto.subtle is unavailable: the eID login needs a secure context (https)');
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** 24 random bytes → 32 characters; the contract asks for at least 22 (128 bits). */
export const createState = (): string => base64url(randomBytes(24));
