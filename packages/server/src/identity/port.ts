import type { Session } from '@vois-online/client/contract';

/** eIDAS levels of assurance; only `hoch` is accepted (C1). */
export type TrustLevel = 'hoch' | 'substantiell' | 'normal';

/**
 * What the identity provider hands over after a successful eID read-out, in the shape of the
 * German eID (Online-Ausweisfunktion): given names as one string, street with house number.
 * Values arrive as the chip stores them — possibly NFD (C7), possibly outdated (C2).
 */
export interface EidAttributes {
  familyName: string;
  /** Space-separated; empty for a single-name person. */
  givenNames: string;
  /** `YYYY-MM-DD`, or `YYYY`/`YYYY-MM` when only partly known. */
  dateOfBirth: string;
  placeOfResidence: { street: string; postalCode: string; city: string };
}

export interface Identification {
  attributes: EidAttributes;
  trustLevel: TrustLevel;
}

/** A pending login started by `GET /v1/auth/authorize`. */
export interface PendingAuthorization {
  id: string;
  /** CSRF nonce of the login form. */
  nonce: string;
  kommune: string;
  state: string;
  codeChallenge: string;
  redirectUri: string;
  expiresAt: number;
  /** Provider data of a real login (OIDC nonce and PKCE verifier); persisted with the login. */
  extra?: Record<string, string>;
}

/**
 * The login side of the server. The sandbox lets a tester pick a persona; a production
 * adapter would run the BundID SAML round trip in `complete` and hand over the same attributes.
 */
export interface IdentityProvider {
  begin(request: Omit<PendingAuthorization, 'id' | 'nonce' | 'expiresAt'>): PendingAuthorization;
  pending(id: string): PendingAuthorization | undefined;
  /** Consumes the pending request; returns the one-time code for the redirect. */
  issueCode(id: string, identification: Identification): string;
  cancel(id: string): PendingAuthorization | undefined;
  /** One-time: the code is gone after the first call, whatever the outcome. */
  redeemCode(code: string): CodeRedemption;
}

export interface CodeGrant {
  identification: Identification;
  kommune: string;
  redirectUri: string;
  codeChallenge: string;
  /** Add the hash of the session issued for this code: a later replay revokes it. */
  sessionHashes: Set<string>;
}

export type CodeRedemption =
  | { status: 'ok'; grant: CodeGrant }
  /** Second use of a code: refuse and revoke what the first use produced (RFC 6749 § 4.1.2). */
  | { status: 'replayed'; sessionHashes: Set<string> }
  | { status: 'unknown' };

export interface SessionRecord {
  personId: string;
  kommune: string;
  expiresAt: number;
  createdAt: number;
}

export interface SessionStore {
  create(personId: string, kommune: string): { session: Session; tokenHash: string };
  /** `expired` while the expired session is still remembered (→ SESSION_EXPIRED), else `unknown`. */
  lookup(token: string): SessionRecord | 'expired' | 'unknown';
  extend(token: string): SessionRecord | 'expired' | 'unknown';
  end(token: string): void;
  revoke(tokenHash: string): void;
}
