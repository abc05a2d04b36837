/**
 * A local SAML identity provider standing in for BundID, built on samlify's IdP side (an
 * implementation independent of the server's node-saml): it reads the server's SP metadata,
 * verifies the signed AuthnRequest (HTTP-Redirect), shows a login page and answers with a
 * signed response carrying a signed and encrypted assertion, BundID-style attributes with
 * `akdb:TrustLevel`. `respond()` also builds the broken responses of the refusal tests.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_ATTRIBUTE_OIDS } from '../../src/identity/config.ts';
import type { EidAttributes } from '../../src/identity/port.ts';
import { keyAndCertificate } from './keys.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
// Loaded with require and typed loosely: samlify's .d.ts pulls the DOM lib into the program
// (see src/identity/saml/xml.ts). The behaviour is samlify's own, untouched.
interface SamlifyEntity { entityMeta: any; entitySetting: any; getMetadata(): string; createLoginResponse(...args: any[]): Promise<{ context: string }>; parseLoginRequest(...args: any[]): Promise<any> }
const require = createRequire(import.meta.url);
const samlify = require('samlify') as {
  setSchemaValidator(v: unknown): void;
  IdentityProvider(settings: Record<string, unknown>): SamlifyEntity;
  ServiceProvider(settings: Record<string, unknown>): SamlifyEntity;
  SamlLib: { encryptAssertion(idp: SamlifyEntity, sp: SamlifyEntity, xml: string): Promise<string> };
  Constants: { namespace: { binding: { post: string } } };
};
// A real XSD validation of every message samlify parses (the AuthnRequest here).
samlify.setSchemaValidator(require('@authenio/samlify-node-xmllint'));

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
export const IDP_ENTITY_ID = 'https://idp.test.invalid/bundid';

export interface ResponseOptions {
  /** BundID's per-attribute level and the matching STORK AuthnContextClassRef. */
  level?: 'HOCH' | 'SUBSTANTIELL';
  audience?: string;
  recipient?: string;
  destination?: string;
  issuer?: string;
  /** Validity window of the assertion (ms since epoch). */
  notBefore?: number;
  notOnOrAfter?: number;
  /** Leave the assertion in plain text (still signed) — lets a test tamper with it. */
  encrypt?: boolean;
  /** No signature at all (the assertion is still encrypted). */
  unsigned?: boolean;
  /** Sign with a key whose certificate is not in the IdP metadata. */
  foreignKey?: boolean;
  person?: EidAttributes;
  /** Attribute names (urn:oid:…) to leave out. */
  omit?: string[];
  /** Non-success status (a cancelled login): no assertion. */
  status?: string;
}

export interface TestIdp {
  url: string;
  entityId: string;
  /** Files and settings for the server's VOIS_BUNDID_* variables. */
  env: Record<string, string>;
  /** The last AuthnRequest the IdP accepted (its signature verified by samlify). */
  lastRequest?: { id: string; xml: string };
  /** The person the login page logs in. */
  person?: EidAttributes;
  /** The server whose SP metadata to read (set after the server started). */
  setServiceProvider(metadataUrl: string): void;
  /** A base64 SAMLResponse for the given request id. */
  respond(inResponseTo: string, options?: ResponseOptions): Promise<string>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function startTestIdp(): Promise<TestIdp> {
  const dir = mkdtempSync(join(tmpdir(), 'vois-idp-'));
  const idpKeys = keyAndCertificate('Test-IdP');
  const rogueKeys = keyAndCertificate('Test-IdP');
  const spKeys = keyAndCertificate('VOIS SP');
  const logins = new Map<string, string>();
  let spMetadataUrl = '';
  let sp: SamlifyEntity | undefined;

  const server = createServer((req, res) => void handle(req, res).catch((error: unknown) => {
    res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error instanceof Error ? error.stack : String(error));
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const makeIdp = (keys: typeof idpKeys, encrypt: boolean) =>
    samlify.IdentityProvider({
      entityID: IDP_ENTITY_ID,
      privateKey: keys.keyPem,
      signingCert: keys.certPem,
      isAssertionEncrypted: encrypt,
      wantAuthnRequestsSigned: true,
      singleSignOnService: [{ Binding: REDIRECT, Location: `${url}/sso` }],
      singleLogoutService: [{ Binding: REDIRECT, Location: `${url}/slo` }],
    });
  const idp = makeIdp(idpKeys, true);
  writeFileSync(join(dir, 'idp-metadata.xml'), idp.getMetadata());
  writeFileSync(join(dir, 'sp-key.pem'), spKeys.keyPem);
  writeFileSync(join(dir, 'sp-cert.pem'), spKeys.certPem);

  const serviceProvider = async () => (sp ??= samlify.ServiceProvider({ metadata: await (await fetch(spMetadataUrl)).text(), wantMessageSigned: true }));

  const self: TestIdp = {
    url,
    entityId: IDP_ENTITY_ID,
    env: {
      VOIS_IDENTITY: 'bundid',
      VOIS_BUNDID_IDP_METADATA_FILE: join(dir, 'idp-metadata.xml'),
      VOIS_BUNDID_SP_KEY_FILE: join(dir, 'sp-key.pem'),
      VOIS_BUNDID_SP_CERT_FILE: join(dir, 'sp-cert.pem'),
      VOIS_BUNDID_ORGANIZATION_DISPLAY_NAME: 'Testkommune',
      VOIS_BUNDID_ONLINE_SERVICE_ID: 'TEST-0001',
    },
    setServiceProvider(metadataUrl) {
      spMetadataUrl = metadataUrl;
      sp = undefined;
    },
    async respond(inResponseTo, o = {}) {
      const target = await serviceProvider();
      const acs = target.entityMeta.getAssertionConsumerService('post') as string;
      const person = o.person ?? self.person;
      if (!person && !o.status) throw new Error('test IdP: no person to log in');
      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      const level = o.level ?? 'HOCH';
      const attribute = (oid: string, value: string) => o.omit?.includes(oid) ? '' :
        `<saml:Attribute Name="${oid}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" akdb:TrustLevel="${level}"><saml:AttributeValue>${esc(value)}</saml:AttributeValue></saml:Attribute>`;
      const issuer = o.issuer ?? IDP_ENTITY_ID;
      const id = `_${randomBytes(16).toString('hex')}`;
      const statusXml = `<samlp:Status><samlp:StatusCode Value="${o.status ?? 'urn:oasis:names:tc:SAML:2.0:status:Success'}"/></samlp:Status>`;
      const assertion = o.status || !person ? '' : `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:akdb="https://www.akdb.de/request/2018/09" ID="_${randomBytes(16).toString('hex')}" Version="2.0" IssueInstant="${iso(now)}">` +
        `<saml:Issuer>${esc(issuer)}</saml:Issuer>` +
        `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_${randomBytes(8).toString('hex')}</saml:NameID>` +
        `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(o.notOnOrAfter ?? now + 5 * 60_000)}" Recipient="${esc(o.recipient ?? acs)}" InResponseTo="${esc(inResponseTo)}"/></saml:SubjectConfirmation></saml:Subject>` +
        `<saml:Conditions NotBefore="${iso(o.notBefore ?? now - 1000)}" NotOnOrAfter="${iso(o.notOnOrAfter ?? now + 5 * 60_000)}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience ?? target.entityMeta.getEntityID())}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
        `<saml:AuthnStatement AuthnInstant="${iso(now)}"><saml:AuthnContext><saml:AuthnContextClassRef>${level === 'HOCH' ? 'STORK-QAA-Level-4' : 'STORK-QAA-Level-3'}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
        `<saml:AttributeStatement>` +
        attribute(DEFAULT_ATTRIBUTE_OIDS.familyName, person.familyName) +
        (person.givenNames ? attribute(DEFAULT_ATTRIBUTE_OIDS.givenNames, person.givenNames) : '') +
        attribute(DEFAULT_ATTRIBUTE_OIDS.dateOfBirth, person.dateOfBirth) +
        attribute(DEFAULT_ATTRIBUTE_OIDS.street, person.placeOfResidence.street) +
        attribute(DEFAULT_ATTRIBUTE_OIDS.postalCode, person.placeOfResidence.postalCode) +
        attribute(DEFAULT_ATTRIBUTE_OIDS.city, person.placeOfResidence.city) +
        `</saml:AttributeStatement></saml:Assertion>`;
      const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${iso(now)}" Destination="${esc(o.destination ?? acs)}" InResponseTo="${esc(inResponseTo)}">` +
        `<saml:Issuer>${esc(issuer)}</saml:Issuer>${statusXml}${assertion}</samlp:Response>`;
      if (o.status) return Buffer.from(xml).toString('base64');
      const encrypt = o.encrypt ?? true;
      const signer = makeIdp(o.foreignKey ? rogueKeys : idpKeys, encrypt);
      if (o.unsigned) {
        return encrypt ? await samlify.SamlLib.encryptAssertion(signer, target, xml) : Buffer.from(xml).toString('base64');
      }
      // Sign the assertion, encrypt it, then sign the whole response (BundID's order).
      const { context } = await signer.createLoginResponse(target, { extract: { request: { id: inResponseTo } } } as never, 'post', {}, { customTagReplacement: () => ({ id, context: xml }), encryptThenSign: true });
      return context;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        rmSync(dir, { recursive: true, force: true });
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const reqUrl = new URL(req.url ?? '/', url);
    if (req.method === 'GET' && reqUrl.pathname === '/sso') {
      // samlify verifies the redirect signature over the query exactly as sent (minus Signature).
      const rawQuery = (req.url ?? '').split('?')[1] ?? '';
      const octetString = rawQuery.split('&').filter((p) => !p.startsWith('Signature=')).join('&');
      const parsed = await idp.parseLoginRequest(await serviceProvider(), 'redirect', { query: Object.fromEntries(reqUrl.searchParams), octetString });
      const requestId = parsed.extract.request!.id as string;
      self.lastRequest = { id: requestId, xml: parsed.samlContent };
      const loginId = randomBytes(12).toString('hex');
      logins.set(loginId, requestId);
      const body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test-IdP (BundID-Ersatz)</title></head><body>
<main><h1>Test-IdP (BundID-Ersatz)</h1><p>Anmeldung mit dem Online-Ausweis (simuliert).</p>
<form method="post" action="/sso/${loginId}">
<button name="action" value="HOCH">Mit Online-Ausweis anmelden</button>
<button name="action" value="SUBSTANTIELL">Mit Vertrauensniveau substantiell anmelden</button>
<button name="action" value="cancel">Abbrechen</button>
</form></main></body></html>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
      return;
    }
    const login = /^\/sso\/([0-9a-f]+)$/.exec(reqUrl.pathname);
    if (req.method === 'POST' && login && logins.has(login[1]!)) {
      const requestId = logins.get(login[1]!)!;
      logins.delete(login[1]!);
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const action = new URLSearchParams(raw).get('action');
      const samlResponse = await self.respond(requestId, action === 'cancel'
        ? { status: 'urn:oasis:names:tc:SAML:2.0:status:Responder' }
        : { level: action === 'SUBSTANTIELL' ? 'SUBSTANTIELL' : 'HOCH' });
      const acs = (await serviceProvider()).entityMeta.getAssertionConsumerService('post') as string;
      // The HTTP-POST binding: an auto-submitting form (with a button for browsers without script).
      const body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Weiterleitung</title></head><body>
<form id="saml" method="post" action="${esc(acs)}"><input type="hidden" name="SAMLResponse" value="${esc(samlResponse)}"><button>Weiter</button></form>
<script>document.getElementById('saml').submit()</script></body></html>`;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
      return;
    }
    res.writeHead(404).end();
  }

  return self;
}
