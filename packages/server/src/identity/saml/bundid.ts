import { SAML, SamlStatusError, ValidateInResponseTo } from '@node-saml/node-saml';
import type { AttributeOids, BundIdConfig } from '../config.ts';
import { toEidAttributes, weakest } from '../eid-mapping.ts';
import type { Identification, TrustLevel } from '../port.ts';
import { LoginRefusal } from '../refusal.ts';
import { parseXml, xpathWith, type XmlAttr, type XmlElement, type XmlText } from './xml.ts';

/** Stable URLs of the service provider (registered with BundID, so they must not move). */
export const BUNDID_METADATA_PATH = '/auth/bundid/metadata';
export const BUNDID_ACS_PATH = '/auth/bundid/acs';

/** BundID's request extension and its display-information sub-namespace. */
export const AKDB_NS = 'https://www.akdb.de/request/2018/09';
export const AKDB_CLASSIC_UI_NS = 'https://www.akdb.de/request/2018/09/classic-ui/v1';

const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  akdb: AKDB_NS,
};
const select = xpathWith(NS);
const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

/** BundID's per-attribute `akdb:TrustLevel` and the STORK levels of `AuthnContextClassRef`. */
const AKDB_LEVELS: Record<string, TrustLevel> = { HOCH: 'hoch', SUBSTANTIELL: 'substantiell', NORMAL: 'normal', UNTERGEORDNET: 'normal' };
const STORK_LEVELS: Record<string, TrustLevel> = {
  'STORK-QAA-Level-4': 'hoch',
  'STORK-QAA-Level-3': 'substantiell',
  'STORK-QAA-Level-2': 'normal',
  'STORK-QAA-Level-1': 'normal',
};

export type SamlOutcome =
  | { kind: 'identified'; pendingId: string; identification: Identification }
  /** The IdP answered with a non-success status (the citizen cancelled, or BundID gave up). */
  | { kind: 'cancelled'; pendingId: string; status: string };

export interface BundIdDeps {
  /** True the first time a key is claimed (assertion ids; shared store once there is one). */
  claimOnce(key: string, expiresAt: number): Promise<boolean>;
  /** Whether a pending login with this id exists and has not expired. */
  isPending(id: string): Promise<boolean>;
  now(): number;
}

export interface BundIdAdapter {
  entityId: string;
  acsUrl: string;
  /** SP metadata for the registration with BundID (signing and encryption certificate, ACS). */
  metadata(): string;
  /** HTTP-Redirect binding URL with the signed AuthnRequest for this pending login. */
  authorizationUrl(pendingId: string): Promise<string>;
  /** Verifies a POSTed SAMLResponse; throws {@link LoginRefusal} with the failed check. */
  consume(samlResponse: string): Promise<SamlOutcome>;
}

/** The AuthnRequest ID is the pending login's id, so `InResponseTo` leads straight back to it. */
const requestIdOf = (pendingId: string) => `_${pendingId}`;
const pendingIdOf = (requestId: string | null | undefined) => (requestId?.startsWith('_') ? requestId.slice(1) : undefined);

/**
 * BundID (SAML 2.0 Web Browser SSO) on @node-saml/node-saml: it builds and signs the
 * AuthnRequest, verifies signatures (response and assertion), decrypts the assertion and checks
 * audience and validity times. What it leaves open is checked here on the verified assertion:
 * issuer, destination/recipient, InResponseTo, replay, and BundID's per-attribute trust level.
 */
export function createBundIdAdapter(config: BundIdConfig, publicUrl: string, deps: BundIdDeps): BundIdAdapter {
  const entityId = config.spEntityId ?? `${publicUrl}${BUNDID_METADATA_PATH}`;
  const acsUrl = `${publicUrl}${BUNDID_ACS_PATH}`;
  const skewMs = config.clockSkewSeconds * 1000;
  const requested = Object.entries(config.attributeOids) as Array<[keyof AttributeOids, string]>;

  const saml = (requestId?: string) =>
    new SAML({
      entryPoint: config.idp.ssoRedirectUrl,
      issuer: entityId,
      callbackUrl: acsUrl,
      audience: entityId,
      idpCert: config.idp.signingCertificates,
      privateKey: config.spKeyPem,
      publicCert: config.spCertPem,
      decryptionPvk: config.spKeyPem,
      signatureAlgorithm: 'sha256',
      digestAlgorithm: 'sha256',
      wantAuthnResponseSigned: true,
      wantAssertionsSigned: true,
      acceptedClockSkewMs: skewMs,
      // InResponseTo is checked below against the pending logins (shared store), not node-saml's cache.
      validateInResponseTo: ValidateInResponseTo.never,
      identifierFormat: null,
      // C1: eIDAS "hoch" at least.
      authnContext: [config.authnContext],
      racComparison: 'minimum',
      samlAuthnRequestExtensions: {
        'akdb:AuthenticationRequest': {
          '@xmlns:akdb': AKDB_NS,
          '@Version': '2',
          'akdb:RequestedAttributes': {
            'akdb:RequestedAttribute': requested.map(([, oid]) => ({ '@Name': oid, '@RequiredAttribute': 'true' })),
          },
          'akdb:DisplayInformation': {
            'classic-ui:Version': {
              '@xmlns:classic-ui': AKDB_CLASSIC_UI_NS,
              'classic-ui:OrganizationDisplayName': { '#text': config.organizationDisplayName },
              'classic-ui:OnlineServiceId': { '#text': config.onlineServiceId },
            },
          },
        },
      },
      ...(requestId && { generateUniqueId: () => requestId }),
    });

  const metadataXml = saml().generateServiceProviderMetadata(config.spCertPem, config.spCertPem);

  return {
    entityId,
    acsUrl,
    metadata: () => metadataXml,

    authorizationUrl: (pendingId) => saml(requestIdOf(pendingId)).getAuthorizeUrlAsync('', undefined, {}),

    async consume(samlResponse) {
      // 1. Structure, before any cryptography: what is not a single signed Response is refused.
      const xml = decodeResponse(samlResponse);
      const doc = parseXml(xml);
      const root = doc?.documentElement;
      if (!root || root.localName !== 'Response' || root.namespaceURI !== NS.samlp) throw new LoginRefusal('SAML_MALFORMED');
      const inResponseTo = root.getAttribute('InResponseTo');
      const status = (select('samlp:Status/samlp:StatusCode/@Value', root) as XmlAttr[])[0]?.value ?? '';
      if (status !== SUCCESS) {
        // Unsigned error answers are normal (BundID does not sign every one); the only effect
        // is ending a pending login, and only one that the browser started.
        const pendingId = pendingIdOf(inResponseTo);
        if (!pendingId || !(await deps.isPending(pendingId))) throw new LoginRefusal('SAML_UNKNOWN_REQUEST');
        const sub = (select('samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value', root) as XmlAttr[])[0]?.value;
        return { kind: 'cancelled', pendingId, status: [status, sub].filter(Boolean).join(' / ') };
      }
      const assertions = select("//saml:Assertion | //saml:EncryptedAssertion", doc) as XmlElement[];
      if (assertions.length > 1) throw new LoginRefusal('SAML_WRAPPING', `${assertions.length} assertions in one Response`);
      const signature = (select('ds:Signature', root) as XmlElement[])[0];
      if (!signature) throw new LoginRefusal('SAML_SIGNATURE_MISSING');
      const embedded = (select('ds:KeyInfo//ds:X509Certificate/text()', signature) as XmlText[]).map((t) => t.data.replace(/\s+/g, ''));
      if (embedded.some((cert) => !config.idp.signingCertificates.includes(cert))) throw new LoginRefusal('SAML_CERTIFICATE_UNKNOWN');

      // 2. Signatures, decryption, audience, validity window (node-saml).
      let assertionXml: string;
      try {
        const { profile } = await saml().validatePostResponseAsync({ SAMLResponse: samlResponse });
        if (!profile) throw new LoginRefusal('SAML_MALFORMED', 'no assertion in a success Response');
        assertionXml = profile.getAssertionXml!();
      } catch (error) {
        throw error instanceof LoginRefusal ? error : classify(error);
      }

      // 3. What node-saml leaves to the caller, on the verified assertion only.
      const assertion = parseXml(assertionXml)!.documentElement!;
      const text = (path: string, node: XmlElement = assertion) => ((select(`${path}/text()`, node) as XmlText[])[0]?.data ?? '').trim();
      const attr = (path: string, node: XmlElement = assertion) => (select(path, node) as XmlAttr[])[0]?.value;
      const responseIssuer = text('saml:Issuer', root);
      if (text('saml:Issuer') !== config.idp.entityId || (responseIssuer && responseIssuer !== config.idp.entityId)) throw new LoginRefusal('SAML_ISSUER_MISMATCH');
      if (root.getAttribute('Destination') !== acsUrl) throw new LoginRefusal('SAML_RECIPIENT_MISMATCH', 'Response Destination is not this ACS');
      const confirmation = (select("saml:Subject/saml:SubjectConfirmation[@Method='urn:oasis:names:tc:SAML:2.0:cm:bearer']/saml:SubjectConfirmationData", assertion) as XmlElement[])[0];
      if (!confirmation || confirmation.getAttribute('Recipient') !== acsUrl) throw new LoginRefusal('SAML_RECIPIENT_MISMATCH', 'SubjectConfirmationData Recipient is not this ACS');
      const confirmUntil = Date.parse(confirmation.getAttribute('NotOnOrAfter') ?? '');
      if (!Number.isFinite(confirmUntil) || deps.now() - skewMs >= confirmUntil) throw new LoginRefusal('SAML_EXPIRED', 'SubjectConfirmationData NotOnOrAfter passed or missing');

      // Replay: each assertion id once, remembered until it could no longer be accepted anyway.
      const assertionId = assertion.getAttribute('ID') ?? '';
      const conditionsUntil = Date.parse(attr('saml:Conditions/@NotOnOrAfter') ?? '');
      const until = Math.max(confirmUntil, Number.isFinite(conditionsUntil) ? conditionsUntil : 0) + skewMs;
      if (!assertionId || !(await deps.claimOnce(`saml-assertion:${config.idp.entityId}:${assertionId}`, until))) throw new LoginRefusal('SAML_REPLAYED');

      const pendingId = pendingIdOf(inResponseTo);
      const subjectInResponseTo = confirmation.getAttribute('InResponseTo');
      if (!pendingId || (subjectInResponseTo && subjectInResponseTo !== inResponseTo) || !(await deps.isPending(pendingId))) throw new LoginRefusal('SAML_UNKNOWN_REQUEST');

      // 4. Attributes → eID shape; the trust level is the weakest of the context and each attribute.
      const levels: TrustLevel[] = [STORK_LEVELS[text('saml:AuthnStatement/saml:AuthnContext/saml:AuthnContextClassRef')] ?? 'normal'];
      const values = {} as Record<keyof AttributeOids, string>;
      for (const [key, oid] of requested) {
        const element = (select(`saml:AttributeStatement/saml:Attribute[@Name='${oid}']`, assertion) as XmlElement[])[0];
        const value = element ? text('saml:AttributeValue', element) : '';
        // A single-name person has no given names: BundID then leaves that attribute out.
        if (!value && key !== 'givenNames') throw new LoginRefusal('SAML_ATTRIBUTE_MISSING', `attribute ${key} (${oid}) missing`);
        values[key] = value;
        if (!element) continue;
        const level = element.getAttributeNS(AKDB_NS, 'TrustLevel');
        if (level) levels.push(AKDB_LEVELS[level.toUpperCase()] ?? 'normal');
      }
      return { kind: 'identified', pendingId, identification: { attributes: toEidAttributes(values), trustLevel: weakest(levels) } };
    },
  };
}

function decodeResponse(value: string): string {
  if (!value || !/^[A-Za-z0-9+/=\s]+$/.test(value)) throw new LoginRefusal('SAML_MALFORMED', 'SAMLResponse is not base64');
  return Buffer.from(value, 'base64').toString('utf8');
}

/** node-saml reports its checks as messages; each maps to one refusal (pinned by the tests). */
function classify(error: unknown): LoginRefusal {
  if (error instanceof SamlStatusError) return new LoginRefusal('SAML_MALFORMED', 'status error after success status');
  const message = error instanceof Error ? error.message : String(error);
  if (/multiple assertions/i.test(message)) return new LoginRefusal('SAML_WRAPPING', message);
  if (/signature/i.test(message)) return new LoginRefusal('SAML_SIGNATURE_INVALID', message);
  if (/expired|not yet valid|too old|subject confirmation/i.test(message)) return new LoginRefusal('SAML_EXPIRED', message);
  if (/audience/i.test(message)) return new LoginRefusal('SAML_AUDIENCE_MISMATCH', message.replace(/ Received: .*/, ''));
  return new LoginRefusal('SAML_MALFORMED', message.slice(0, 200));
}
