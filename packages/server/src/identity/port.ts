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
  /** Provider data that must survive until the login completes (e.g. an OIDC nonce). */
  extra?: Record<string, string>;
}

/** What starts a login: the widget's parameters plus the caller's address (for the per-address quota). */
export type LoginRequest = Omit<PendingAuthorization, 'id' | 'nonce' | 'expiresAt'>;

/**
 * Pending logins and one-time codes, kept in the operator's store (identity/logins.ts) so that
 * every instance behind the load balancer can finish a login another one started.
 */
export interface LoginStore {
  /** `client` is the caller's address; each address has its own quota (oldest of its own go first). */
  begin(request: LoginRequest, client: string): Promise<PendingAuthorization>;
  pending(id: string): Promise<PendingAuthorization | undefined>;
  /** Consumes the pending request; returns the one-time code for the redirect (undefined when it is gone). */
  issueCode(id: string, identification: Identification): Promise<string | undefined>;
  cancel(id: string): Promise<PendingAuthorization | undefined>;
  /** One-time: the code is spent by the first call, whatever the outcome. */
  redeemCode(code: string): Promise<CodeRedemption>;
  /** Records the session a code produced, so a replay of the code can revoke it. */
  bindSession(codeHash: string, tokenHash: string): Promise<void>;
}

/**
 * The login side of the server: the pending-login machinery (a `LoginStore`) plus the pages or
 * protocol that identify the person. The sandbox lets a tester pick a persona
 * (identity/sandbox.ts); a production adapter runs the BundID round trip and calls `issueCode`
 * with the same attributes when it comes back.
 */
export interface IdentityProvider extends LoginStore {
  /** `sandbox` mounts the persona picker (http/routes/sandbox.ts). */
  readonly kind: string;
  /** Where `GET /v1/auth/authorize` sends the browser for a new pending login. */
  loginLocation(pending: PendingAuthorization, lang: string | undefined): string;
}

export interface CodeGrant {
  identification: Identification;
  kommune: string;
  redirectUri: string;
  codeChallenge: string;
  /** Pass to `bindSession` with the hash of the session issued for this code. */
  codeHash: string;
}

export type CodeRedemption =
  | { status: 'ok'; grant: CodeGrant }
  /** Second use of a code: refuse and revoke what the first use produced (RFC 6749 § 4.1.2). */
  | { status: 'replayed'; sessionHashes: string[] }
  | { status: 'unknown' };

export interface SessionRecord {
  personId: string;
  kommune: string;
  expiresAt: number;
  createdAt: number;
}

/** Sessions in the operator's store: a restart or another instance keeps citizens logged in. */
export interface SessionStore {
  create(personId: string, kommune: string): Promise<{ session: Session; tokenHash: string }>;
  /** `expired` while the expired session is still remembered (→ SESSION_EXPIRED), else `unknown`. */
  lookup(token: string): Promise<SessionRecord | 'expired' | 'unknown'>;
  extend(token: string): Promise<SessionRecord | 'expired' | 'unknown'>;
  end(token: string): Promise<void>;
  revoke(tokenHash: string): Promise<void>;
}
