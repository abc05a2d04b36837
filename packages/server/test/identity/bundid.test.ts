/**
 * BundID adapter (SAML 2.0) against a local SAML IdP built on samlify: the whole login through
 * the server's HTTP endpoints, the AuthnRequest as BundID expects it, the SP metadata, and one
 * refusal per check — each with its own code on the page and in a log line without personal data.
 */
import assert from 'node:assert/strict';
import type { Session } from '@vois-online/client';
import { after, before, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { loadIdentityConfig } from '../../src/identity/config.ts';
import type { EidAttributes } from '../../src/identity/port.ts';
import type { LoginRefusalCode } from '../../src/identity/refusal.ts';
import { parseXml, xpathWith, type XmlAttr, type XmlElement } from '../../src/identity/saml/xml.ts';
import { AGS, RETURN_URL, api, authorizeUrl, exchange, expectProblem, fragmentOf, newState, pkce, startTestServer, type TestServer } from '../helpers.ts';
import { startTestIdp, type ResponseOptions, type TestIdp } from './saml-idp.ts';
import { seedData } from '../../src/db/personas.ts';

/** What a persona's ID card delivers (the seed's eID attributes); with a real login there is no persona picker to ask. */
const personaEid = (id: string) => seedData('2026-01-01').personas.find((p) => p.id === id)!.eid;

let idp: TestIdp;
let t: TestServer;
let person: EidAttributes;
const ACS = '/auth/bundid/acs';

before(async () => {
  idp = await startTestIdp();
  const problems: string[] = [];
  const identity = loadIdentityConfig(idp.env, problems);
  assert.deepEqual(problems, []);
  t = await startTestServer({ identity });
  idp.setServiceProvider(`${t.url}/auth/bundid/metadata`);
  person = personaEid('standard');
  idp.person = person;
});
after(async () => {
  await t?.close();
  await idp?.close();
});

/** authorize → 303 to the IdP → the IdP parses (and verifies) the AuthnRequest and shows its login page. */
async function startLogin(kommune: string = AGS.strausberg) {
  const { verifier, challenge } = pkce();
  const state = newState();
  const res = await fetch(authorizeUrl(t.url, { kommune, state, challenge }), { redirect: 'manual' });
  assert.equal(res.status, 303);
  const location = res.headers.get('Location')!;
  assert.ok(location.startsWith(`${idp.url}/sso?SAMLRequest=`), 'authorize sends the browser to the IdP');
  const page = await fetch(location);
  assert.equal(page.status, 200, await page.clone().text());
  return { state, verifier, kommune, requestId: idp.lastRequest!.id, loginPage: await page.text() };
}

const postAcs = (samlResponse: string) =>
  fetch(`${t.url}${ACS}`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: samlResponse }) });

const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
const encode = (xml: string) => Buffer.from(xml).toString('base64');

/** No log line may carry the person's data. */
function assertLogsClean() {
  const personal = [person.familyName, ...person.givenNames.split(' '), person.placeOfResidence.street, person.dateOfBirth].filter((s) => s.length > 2);
  for (const line of t.logs) for (const value of personal) assert.ok(!line.includes(value), `log line carries personal data: ${line}`);
}

async function expectRefusal(res: Response, code: LoginRefusalCode) {
  const html = await res.text();
  assert.equal(res.status, 400, `${code}: ${res.status} ${html.slice(0, 300)}`);
  assert.equal(res.headers.get('Location'), null);
  assert.match(html, /Die Anmeldung konnte nicht bestätigt werden/);
  assert.doesNotMatch(html, /Testumgebung/, 'a real login says nothing about a test environment');
  assert.ok(html.includes(code), `page names ${code}`);
  assert.ok(t.logs.some((l) => l.startsWith(`login refused (bundid): ${code} `)), `log line for ${code}: ${t.logs.filter((l) => l.includes('refused')).join(' | ')}`);
  assertLogsClean();
}

/** Fresh login at the IdP, then a response built with `options`, posted to the ACS. */
async function refusedWith(options: ResponseOptions, code: LoginRefusalCode) {
  const login = await startLogin();
  await expectRefusal(await postAcs(await idp.respond(login.requestId, options)), code);
}

describe('BundID login end to end', () => {
  test('authorize → IdP login page → ACS → #vois-code → token exchange → /v1/me', async () => {
    const login = await startLogin();
    assert.match(login.loginPage, /Test-IdP \(BundID-Ersatz\)/);
    const form = /action="(\/sso\/[0-9a-f]+)"/.exec(login.loginPage)![1]!;
    const answer = await fetch(`${idp.url}${form}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'action=HOCH' });
    const autoPost = await answer.text();
    assert.equal(answer.status, 200, autoPost);
    const acs = /<form id="saml" method="post" action="([^"]+)"/.exec(autoPost)![1]!;
    assert.equal(acs, `${t.url}${ACS}`, 'the IdP took the ACS from the SP metadata');
    const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(autoPost)![1]!;
    const xml = decode(samlResponse);
    assert.match(xml, /<saml:EncryptedAssertion/, 'the assertion travels encrypted');
    assert.doesNotMatch(xml, new RegExp(person.familyName), 'no attribute in clear text');
    assert.match(xml, /<ds:Signature/, 'the response is signed');

    const back = await postAcs(samlResponse);
    assert.equal(back.status, 303, await back.clone().text());
    const location = back.headers.get('Location')!;
    assert.ok(location.startsWith(`${RETURN_URL}#vois-code=`));
    const fragment = fragmentOf(location);
    assert.equal(fragment.get('vois-state'), login.state);
    const token = await exchange(t.url, { kommune: login.kommune, code: fragment.get('vois-code'), codeVerifier: login.verifier, redirectUri: RETURN_URL });
    assert.equal(token.status, 200, await token.clone().text());
    const me = await api(t.url, (await token.json()) as Session, '/v1/me');
    assert.equal(me.status, 200);
    const body = (await me.json()) as { name: { familyName: string }; kommune: { ags: string } };
    assert.equal(body.name.familyName, person.familyName);
    assert.equal(body.kommune.ags, AGS.strausberg);
    assert.ok(t.logs.includes('login identified (bundid): trust level hoch'));
    assertLogsClean();
  });
});

describe('attribute mapping', () => {
  test('names as the chip stores them (NFD) log in: NFC on the way to the register match (C7)', async () => {
    const din = personaEid('din-91379');
    assert.notEqual(din.familyName, din.familyName.normalize('NFC'), 'the persona really carries NFD');
    const login = await startLogin();
    const res = await postAcs(await idp.respond(login.requestId, { person: din }));
    assert.equal(res.status, 303);
    const f = fragmentOf(res.headers.get('Location')!);
    const token = await exchange(t.url, { kommune: login.kommune, code: f.get('vois-code'), codeVerifier: login.verifier, redirectUri: RETURN_URL });
    assert.equal(token.status, 200, await token.clone().text());
    const me = (await (await api(t.url, (await token.json()) as Session, '/v1/me')).json()) as { name: { familyName: string } };
    assert.equal(me.name.familyName, 'Żółkiewski-Nguyễn'.normalize('NFC'));
  });

  test('a required attribute missing → SAML_ATTRIBUTE_MISSING', async () => {
    const login = await startLogin();
    // Properly signed and encrypted by the IdP, only without the postal code.
    const res = await postAcs(await idp.respond(login.requestId, { omit: ['urn:oid:2.5.4.17'] }));
    await expectRefusal(res, 'SAML_ATTRIBUTE_MISSING');
  });
});

describe('the AuthnRequest and the SP metadata', () => {
  test('AuthnRequest: signed (verified by the IdP), Comparison="minimum" STORK-QAA-Level-4, akdb:AuthenticationRequest Version 2', async () => {
    await startLogin();
    const doc = parseXml(idp.lastRequest!.xml)!;
    const select = xpathWith({ samlp: 'urn:oasis:names:tc:SAML:2.0:protocol', saml: 'urn:oasis:names:tc:SAML:2.0:assertion', akdb: 'https://www.akdb.de/request/2018/09', ui: 'https://www.akdb.de/request/2018/09/classic-ui/v1' });
    const one = (path: string) => select(path, doc)[0];
    const text = (path: string) => (one(`${path}/text()`) as unknown as { data: string } | undefined)?.data;
    assert.equal((one('/samlp:AuthnRequest/samlp:RequestedAuthnContext/@Comparison') as XmlAttr).value, 'minimum');
    assert.equal(text('/samlp:AuthnRequest/samlp:RequestedAuthnContext/saml:AuthnContextClassRef'), 'STORK-QAA-Level-4');
    assert.equal((one('/samlp:AuthnRequest/@AssertionConsumerServiceURL') as XmlAttr).value, `${t.url}${ACS}`);
    const ext = one('/samlp:AuthnRequest/samlp:Extensions/akdb:AuthenticationRequest') as XmlElement;
    assert.ok(ext, 'akdb:AuthenticationRequest in the Extensions');
    assert.equal(ext.getAttribute('Version'), '2');
    const requested = select('akdb:RequestedAttributes/akdb:RequestedAttribute', ext as never) as XmlElement[];
    assert.deepEqual(requested.map((r) => [r.getAttribute('Name'), r.getAttribute('RequiredAttribute')]), [
      ['urn:oid:2.5.4.4', 'true'], ['urn:oid:2.5.4.42', 'true'], ['urn:oid:1.2.40.0.10.2.1.1.55', 'true'],
      ['urn:oid:2.5.4.16', 'true'], ['urn:oid:2.5.4.17', 'true'], ['urn:oid:2.5.4.7', 'true'],
    ]);
    assert.equal(text('/samlp:AuthnRequest/samlp:Extensions/akdb:AuthenticationRequest/akdb:DisplayInformation/ui:Version/ui:OrganizationDisplayName'), 'Testkommune');
    assert.equal(text('/samlp:AuthnRequest/samlp:Extensions/akdb:AuthenticationRequest/akdb:DisplayInformation/ui:Version/ui:OnlineServiceId'), 'TEST-0001');
  });

  test('SP metadata at a stable URL: entity id, signing and encryption certificate, ACS (POST)', async () => {
    const res = await fetch(`${t.url}/auth/bundid/metadata`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('Content-Type')!, /application\/samlmetadata\+xml/);
    const xml = await res.text();
    assert.match(xml, new RegExp(`entityID="${t.url}/auth/bundid/metadata"`));
    assert.match(xml, /AuthnRequestsSigned="true"/);
    assert.match(xml, /WantAssertionsSigned="true"/);
    assert.match(xml, /<KeyDescriptor use="signing">/);
    assert.match(xml, /<KeyDescriptor use="encryption">/);
    assert.match(xml, new RegExp(`Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${t.url}${ACS}"`));
  });
});

describe('BundID answers that are not a login', () => {
  test('cancel at the IdP → #vois-error=AUTH_CANCELLED with the state', async () => {
    const login = await startLogin();
    const form = /action="(\/sso\/[0-9a-f]+)"/.exec(login.loginPage)![1]!;
    const autoPost = await (await fetch(`${idp.url}${form}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'action=cancel' })).text();
    const res = await postAcs(/name="SAMLResponse" value="([^"]+)"/.exec(autoPost)![1]!);
    assert.equal(res.status, 303);
    const f = fragmentOf(res.headers.get('Location')!);
    assert.equal(f.get('vois-error'), 'AUTH_CANCELLED');
    assert.equal(f.get('vois-state'), login.state);
    assert.equal(f.get('vois-code'), null);
  });

  test('level "substantiell" → code, then C1_TRUST_LEVEL_TOO_LOW at the token exchange', async () => {
    const login = await startLogin();
    const res = await postAcs(await idp.respond(login.requestId, { level: 'SUBSTANTIELL' }));
    assert.equal(res.status, 303);
    const f = fragmentOf(res.headers.get('Location')!);
    await expectProblem(await exchange(t.url, { kommune: login.kommune, code: f.get('vois-code'), codeVerifier: login.verifier, redirectUri: RETURN_URL }), 403, 'C1_TRUST_LEVEL_TOO_LOW');
    assert.ok(t.logs.includes('login identified (bundid): trust level substantiell'));
  });
});

describe('BundID refusals: one check, one code', () => {
  test('unsigned response → SAML_SIGNATURE_MISSING', () => refusedWith({ unsigned: true }, 'SAML_SIGNATURE_MISSING'));

  test('attribute changed after signing → SAML_SIGNATURE_INVALID', async () => {
    const login = await startLogin();
    const xml = decode(await idp.respond(login.requestId, { encrypt: false }));
    assert.ok(xml.includes(`>${person.familyName}<`));
    await expectRefusal(await postAcs(encode(xml.replace(`>${person.familyName}<`, '>Musterfrau<'))), 'SAML_SIGNATURE_INVALID');
  });

  test('XML signature wrapping (a second, unsigned assertion) → SAML_WRAPPING', async () => {
    const login = await startLogin();
    const xml = decode(await idp.respond(login.requestId));
    const forged = decode(await idp.respond(login.requestId, { unsigned: true, encrypt: false, person: { ...person, familyName: 'Angreifer' } }));
    const forgedAssertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(forged)![0];
    const wrapped = xml.replace('<saml:EncryptedAssertion', `${forgedAssertion}<saml:EncryptedAssertion`);
    await expectRefusal(await postAcs(encode(wrapped)), 'SAML_WRAPPING');
  });

  test('wrong audience → SAML_AUDIENCE_MISMATCH', () => refusedWith({ audience: 'https://other-sp.example/metadata' }, 'SAML_AUDIENCE_MISMATCH'));
  test('wrong recipient → SAML_RECIPIENT_MISMATCH', () => refusedWith({ recipient: 'https://other-sp.example/acs' }, 'SAML_RECIPIENT_MISMATCH'));
  test('wrong destination → SAML_RECIPIENT_MISMATCH', () => refusedWith({ destination: 'https://other-sp.example/acs' }, 'SAML_RECIPIENT_MISMATCH'));
  test('expired assertion → SAML_EXPIRED', () => refusedWith({ notBefore: Date.now() - 20 * 60_000, notOnOrAfter: Date.now() - 10 * 60_000 }, 'SAML_EXPIRED'));
  test('wrong issuer (signed by the right key) → SAML_ISSUER_MISMATCH', () => refusedWith({ issuer: 'https://evil.example/idp' }, 'SAML_ISSUER_MISMATCH'));
  test('IdP certificate not in the metadata → SAML_CERTIFICATE_UNKNOWN', () => refusedWith({ foreignKey: true }, 'SAML_CERTIFICATE_UNKNOWN'));

  test('unknown InResponseTo (unsolicited) → SAML_UNKNOWN_REQUEST', async () => {
    await startLogin();
    await expectRefusal(await postAcs(await idp.respond('_never-requested')), 'SAML_UNKNOWN_REQUEST');
  });

  test('replayed assertion → SAML_REPLAYED (the first use logged in)', async () => {
    const login = await startLogin();
    const response = await idp.respond(login.requestId);
    assert.equal((await postAcs(response)).status, 303);
    await expectRefusal(await postAcs(response), 'SAML_REPLAYED');
  });

  test('not a SAML response → SAML_MALFORMED', async () => {
    await expectRefusal(await postAcs(encode('<html/>')), 'SAML_MALFORMED');
    await expectRefusal(await postAcs('not base64!'), 'SAML_MALFORMED');
  });
});

describe('configuration', () => {
  test('VOIS_IDENTITY=bundid without its variables stops the start naming each one', () => {
    assert.throws(() => loadConfig({ VOIS_IDENTITY: 'bundid' }), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      for (const name of ['VOIS_BUNDID_IDP_METADATA_FILE', 'VOIS_BUNDID_SP_KEY_FILE', 'VOIS_BUNDID_SP_CERT_FILE', 'VOIS_BUNDID_ORGANIZATION_DISPLAY_NAME', 'VOIS_BUNDID_ONLINE_SERVICE_ID']) assert.match(e.message, new RegExp(name));
      return true;
    });
  });

  test('wrong values name their variable', () => {
    const bad = (env: Record<string, string>, name: RegExp) => assert.throws(() => loadConfig({ ...idp.env, ...env }), (e: unknown) => e instanceof ConfigError && name.test(e.message));
    bad({ VOIS_IDENTITY: 'saml' }, /VOIS_IDENTITY: must be sandbox, bundid or oidc/);
    bad({ VOIS_BUNDID_IDP_METADATA_FILE: '/nonexistent/idp.xml' }, /VOIS_BUNDID_IDP_METADATA_FILE: cannot read/);
    bad({ VOIS_BUNDID_IDP_METADATA_FILE: idp.env.VOIS_BUNDID_SP_CERT_FILE! }, /VOIS_BUNDID_IDP_METADATA_FILE: the IdP metadata is not well-formed XML/);
    bad({ VOIS_BUNDID_SP_KEY_FILE: idp.env.VOIS_BUNDID_SP_CERT_FILE! }, /VOIS_BUNDID_SP_KEY_FILE: is not a PEM private key/);
    bad({ VOIS_BUNDID_ATTRIBUTE_OIDS: 'street=2.5.4.9' }, /VOIS_BUNDID_ATTRIBUTE_OIDS/);
    bad({ VOIS_IDENTITY: 'oidc' }, /VOIS_OIDC_ISSUER: required/);
    assert.equal(loadConfig({ ...idp.env }).identity.kind, 'bundid');
    assert.equal(loadConfig({}).identity.kind, 'sandbox', 'the sandbox stays the default');
  });
});
