/**
 * Why a login that came back from a real identity provider (BundID over SAML, an OpenID
 * provider) is not accepted. Each code names one check; the citizen sees a general German
 * message with the code (for the service desk), the operator log gets the code and the
 * technical reason — never attribute values, names or identifiers of the person.
 */
export const LOGIN_REFUSALS = {
  // SAML (BundID)
  SAML_MALFORMED: 'The SAMLResponse is missing or not a SAML 2.0 Response.',
  SAML_SIGNATURE_MISSING: 'The Response carries no XML signature.',
  SAML_SIGNATURE_INVALID: 'A signature does not verify with the IdP certificate from the metadata (content changed after signing).',
  SAML_CERTIFICATE_UNKNOWN: 'The Response was signed with a certificate that is not in the IdP metadata.',
  SAML_WRAPPING: 'The Response contains more than one assertion (XML signature wrapping).',
  SAML_ISSUER_MISMATCH: 'The Issuer is not the entity id of the configured IdP.',
  SAML_AUDIENCE_MISMATCH: 'The assertion is meant for another service provider (Audience).',
  SAML_RECIPIENT_MISMATCH: 'The Response was addressed to another endpoint (Destination/Recipient).',
  SAML_EXPIRED: 'The assertion is outside its validity window (NotBefore/NotOnOrAfter).',
  SAML_REPLAYED: 'The assertion was already used once.',
  SAML_UNKNOWN_REQUEST: 'InResponseTo names no pending login of this server (unsolicited, expired or used).',
  SAML_ATTRIBUTE_MISSING: 'A required eID attribute is missing from the assertion.',
  // OpenID Connect
  OIDC_STATE_MISMATCH: 'The state of the callback names no pending login.',
  OIDC_NONCE_MISMATCH: 'The ID token nonce is not the one of this login.',
  OIDC_ISSUER_MISMATCH: 'The ID token (or the response) comes from another issuer.',
  OIDC_AUDIENCE_MISMATCH: 'The ID token was issued to another client (aud/azp).',
  OIDC_TOKEN_EXPIRED: 'The ID token is expired.',
  OIDC_CODE_REFUSED: 'The provider refused the authorization code (invalid_grant: PKCE verifier does not match the challenge, code injected, expired or used).',
  OIDC_TOKEN_INVALID: 'The ID token is malformed or its signature does not verify.',
  OIDC_CLAIM_MISSING: 'A required claim is missing from the ID token or userinfo.',
  OIDC_PROVIDER_UNREACHABLE: 'The OpenID provider did not answer.',
} as const;

export type LoginRefusalCode = keyof typeof LOGIN_REFUSALS;

export class LoginRefusal extends Error {
  override name = 'LoginRefusal';
  constructor(
    readonly code: LoginRefusalCode,
    /** Technical detail for the operator log; must not contain personal data. */
    readonly reason: string = LOGIN_REFUSALS[code],
  ) {
    super(code);
  }
}
