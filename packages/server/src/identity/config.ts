import { readFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { parseIdpMetadata, type IdpMetadata } from './saml/idp-metadata.ts';

/**
 * Which login the server offers (`VOIS_IDENTITY`) and the settings of the real adapters.
 * Read once at start; every problem names its variable so an operator can fix it.
 */
export type IdentityKind = 'sandbox' | 'bundid' | 'oidc';

/** Where each eID attribute comes from in a BundID assertion (`urn:oid:…` attribute names). */
export interface AttributeOids {
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  street: string;
  postalCode: string;
  city: string;
}

/**
 * Defaults from the BundID attribute list (X.500 / eIDAS OIDs as BundID names them). An operator
 * overrides single entries with `VOIS_BUNDID_ATTRIBUTE_OIDS=street=urn:oid:…,city=urn:oid:…`.
 */
export const DEFAULT_ATTRIBUTE_OIDS: AttributeOids = {
  familyName: 'urn:oid:2.5.4.4',
  givenNames: 'urn:oid:2.5.4.42',
  dateOfBirth: 'urn:oid:1.2.40.0.10.2.1.1.55',
  street: 'urn:oid:2.5.4.16',
  postalCode: 'urn:oid:2.5.4.17',
  city: 'urn:oid:2.5.4.7',
};

/** eIDAS "hoch" as BundID's AuthnContextClassRef (C1). */
export const DEFAULT_AUTHN_CONTEXT = 'STORK-QAA-Level-4';

export interface BundIdConfig {
  idp: IdpMetadata;
  spKeyPem: string;
  spCertPem: string;
  /** Default: `<public URL>/auth/bundid/metadata` (the metadata URL is the entity id). */
  spEntityId: string | undefined;
  organizationDisplayName: string;
  onlineServiceId: string;
  attributeOids: AttributeOids;
  authnContext: string;
  clockSkewSeconds: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `acr` values that mean eIDAS "hoch"; anything else is level "substantiell" or below. */
  acrValues: string[];
  scope: string;
}

export type IdentityConfig = { kind: 'sandbox' } | { kind: 'bundid'; bundid: BundIdConfig } | { kind: 'oidc'; oidc: OidcConfig };

/** Reads `VOIS_IDENTITY` and the chosen adapter's variables; pushes one line per problem. */
export function loadIdentityConfig(env: Record<string, string | undefined>, problems: string[]): IdentityConfig {
  const kind = env.VOIS_IDENTITY || 'sandbox';
  if (kind === 'sandbox') return { kind };
  const before = problems.length;
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name}: required when VOIS_IDENTITY=${kind}`);
    return value ?? '';
  };
  const file = (name: string) => {
    const path = required(name);
    if (!path) return '';
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      problems.push(`${name}: cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      return '';
    }
  };
  const url = (name: string, value: string) => {
    try {
      const u = new URL(value);
      if (u.protocol === 'https:' || u.protocol === 'http:') return true;
    } catch { /* reported below */ }
    problems.push(`${name}: must be an http(s) URL (got "${value}")`);
    return false;
  };

  if (kind === 'bundid') {
    const metadataXml = file('VOIS_BUNDID_IDP_METADATA_FILE');
    let idp: IdpMetadata | undefined;
    if (metadataXml) {
      try {
        idp = parseIdpMetadata(metadataXml);
      } catch (error) {
        problems.push(`VOIS_BUNDID_IDP_METADATA_FILE: the IdP metadata ${(error as Error).message}`);
      }
    }
    const spKeyPem = file('VOIS_BUNDID_SP_KEY_FILE');
    if (spKeyPem) {
      try {
        createPrivateKey(spKeyPem);
      } catch {
        problems.push('VOIS_BUNDID_SP_KEY_FILE: is not a PEM private key');
      }
    }
    const spCertPem = file('VOIS_BUNDID_SP_CERT_FILE');
    if (spCertPem) {
      try {
        new X509Certificate(spCertPem);
      } catch {
        problems.push('VOIS_BUNDID_SP_CERT_FILE: is not a PEM certificate');
      }
    }
    const spEntityId = env.VOIS_BUNDID_SP_ENTITY_ID?.trim() || undefined;
    const organizationDisplayName = required('VOIS_BUNDID_ORGANIZATION_DISPLAY_NAME');
    const onlineServiceId = required('VOIS_BUNDID_ONLINE_SERVICE_ID');
    const attributeOids = { ...DEFAULT_ATTRIBUTE_OIDS };
    for (const pair of (env.VOIS_BUNDID_ATTRIBUTE_OIDS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const [key, oid] = pair.split('=').map((s) => s.trim());
      if (!key || !(key in attributeOids) || !oid || !/^urn:oid:\d+(\.\d+)+$/.test(oid)) {
        problems.push(`VOIS_BUNDID_ATTRIBUTE_OIDS: "${pair}" must be <${Object.keys(attributeOids).join('|')}>=urn:oid:<digits.dots>`);
        continue;
      }
      attributeOids[key as keyof AttributeOids] = oid;
    }
    const skew = env.VOIS_BUNDID_CLOCK_SKEW_SECONDS ?? '60';
    if (!/^\d{1,3}$/.test(skew) || Number(skew) > 300) problems.push(`VOIS_BUNDID_CLOCK_SKEW_SECONDS: must be 0…300 seconds (got "${skew}")`);
    if (problems.length > before || !idp) return { kind: 'sandbox' };
    return {
      kind,
      bundid: {
        idp, spKeyPem, spCertPem, spEntityId, organizationDisplayName, onlineServiceId, attributeOids,
        authnContext: env.VOIS_BUNDID_AUTHN_CONTEXT?.trim() || DEFAULT_AUTHN_CONTEXT,
        clockSkewSeconds: Number(skew),
      },
    };
  }

  if (kind === 'oidc') {
    const issuer = required('VOIS_OIDC_ISSUER');
    if (issuer) url('VOIS_OIDC_ISSUER', issuer);
    const clientId = required('VOIS_OIDC_CLIENT_ID');
    const clientSecret = required('VOIS_OIDC_CLIENT_SECRET');
    const acrValues = (env.VOIS_OIDC_ACR_VALUES ?? DEFAULT_AUTHN_CONTEXT).split(',').map((s) => s.trim()).filter(Boolean);
    if (!acrValues.length) problems.push('VOIS_OIDC_ACR_VALUES: must name at least one acr value for level "hoch"');
    if (problems.length > before) return { kind: 'sandbox' };
    return { kind, oidc: { issuer, clientId, clientSecret, acrValues, scope: env.VOIS_OIDC_SCOPE?.trim() || 'openid profile address' } };
  }

  problems.push(`VOIS_IDENTITY: must be sandbox, bundid or oidc (got "${kind}")`);
  return { kind: 'sandbox' };
}
