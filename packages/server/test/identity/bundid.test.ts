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
  person = t.server.app.services.personas.get('standard')!.eid;
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
