import { createHash, randomBytes } from 'node:crypto';

/** Opaque random id (22 chars base64url, 128 bit). Never derived from personal data. */
export const randomId = (bytes = 16) => randomBytes(bytes).toString('base64url');

/** Stable opaque id for seed rows: same seed key → same id on every fresh database. */
export const seedId = (prefix: string, key: string) => prefix + createHash('sha256').update(`vois-seed:${prefix}:${key}`).digest('base64url').slice(0, 15).replace(/[-_]/g, 'x');

/** SHA-256 as lowercase hex. */
export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** SHA-256 as base64url (PKCE S256, token hashes). */
export const sha256Base64Url = (data: string) => createHash('sha256').update(data).digest('base64url');
