import { parseXml, xpathWith, type XmlAttr, type XmlElement, type XmlText } from './xml.ts';

/** What the SP needs from the IdP's SAML metadata (the file BundID hands out). */
export interface IdpMetadata {
  entityId: string;
  /** SingleSignOnService with the HTTP-Redirect binding. */
  ssoRedirectUrl: string;
  /** Base64 DER of every signing certificate (KeyDescriptor use="signing" or without use). */
  signingCertificates: string[];
}

const select = xpathWith({ md: 'urn:oasis:names:tc:SAML:2.0:metadata', ds: 'http://www.w3.org/2000/09/xmldsig#' });
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** Parses IdP metadata; throws an Error whose message says what is missing. */
export function parseIdpMetadata(xml: string): IdpMetadata {
  const doc = parseXml(xml);
  if (!doc) throw new Error('is not well-formed XML');
  const entity = select('//md:EntityDescriptor[md:IDPSSODescriptor][1]', doc)[0] as XmlElement | undefined;
  if (!entity) throw new Error('contains no EntityDescriptor with an IDPSSODescriptor');
  const entityId = entity.getAttribute('entityID') ?? '';
  if (!entityId) throw new Error('EntityDescriptor has no entityID');
  const sso = select(`md:IDPSSODescriptor/md:SingleSignOnService[@Binding='${REDIRECT}']/@Location`, entity) as XmlAttr[];
  if (!sso[0]?.value) throw new Error('has no SingleSignOnService with the HTTP-Redirect binding');
  const certs = (select("md:IDPSSODescriptor/md:KeyDescriptor[not(@use) or @use='signing']//ds:X509Certificate/text()", entity) as XmlText[])
    .map((t) => t.data.replace(/\s+/g, ''))
    .filter(Boolean);
  if (!certs.length) throw new Error('has no signing certificate (KeyDescriptor use="signing")');
  return { entityId, ssoRedirectUrl: sso[0].value, signingCertificates: [...new Set(certs)] };
}
