/**
 * Every operation of the contract, once, against a scripted fetch: the request on the wire
 * (method, path, headers, body) and the parsed answer. The `cases` map is typed over all
 * operation ids, so a new operation without a case fails the type check.
 */
import { expect } from '@open-wc/testing';
import { operations } from '../src/contract/index.ts';
import { createClient, type Input, type OperationId, type Output, type VoisClient } from '../src/index.ts';
import * as fx from './support/fixtures.ts';
import './support/guard.ts';
import { json, noContent, pdf, scriptedFetch } from './support/scripted-fetch.ts';

interface Case<K extends OperationId> {
  input: Input<K>;
  answer: () => Response;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  expected: Output<K> | ((result: Output<K>) => Promise<void>);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const tokenRequest = { kommune: fx.AGS, code: 'c0de-0123456789abcdef', codeVerifier: 'v'.repeat(43), redirectUri: 'https://www.strausberg.example/buergerservice' };

const cases: { [K in OperationId]: Case<K> } = {
  getKommune: { input: { params: { ags: fx.AGS } }, answer: () => json(fx.kommune), method: 'GET', path: `/v1/kommunen/${fx.AGS}`, expected: fx.kommune },
  exchangeCode: { input: { body: tokenRequest }, answer: () => json(fx.session), method: 'POST', path: '/v1/auth/token', body: tokenRequest, expected: fx.session },
  extendSession: { input: {}, answer: () => json(fx.extended), method: 'POST', path: '/v1/auth/session/extend', expected: fx.extended },
  logout: { input: {}, answer: noContent, method: 'POST', path: '/v1/auth/logout', expected: undefined },
  getMe: { input: {}, answer: () => json(fx.me), method: 'GET', path: '/v1/me', expected: fx.me },
  getMeldebescheinigungOptions: {
    input: {}, answer: () => json(fx.meldebescheinigungOptions), method: 'GET', path: '/v1/meldebescheinigung/optionen', expected: fx.meldebescheinigungOptions,
  },
  createMeldebescheinigung: {
    input: { body: { art: 'ERWEITERT', zusatzAngaben: ['GEBURTSNAME'], keinSterbedatum: true } },
    answer: () => json(fx.meldebescheinigung), method: 'POST', path: '/v1/meldebescheinigung',
    body: { art: 'ERWEITERT', zusatzAngaben: ['GEBURTSNAME'], keinSterbedatum: true }, expected: fx.meldebescheinigung,
  },
  getAbmeldungOptions: { input: {}, answer: () => json(fx.abmeldungOptions), method: 'GET', path: '/v1/abmeldung-nebenwohnung/optionen', expected: fx.abmeldungOptions },
  createAbmeldung: {
    input: { body: { residenceId: 'res_second1', moveOutDate: '2026-12-01', childIds: ['child_01'] } },
    answer: () => json(fx.abmeldung), method: 'POST', path: '/v1/abmeldung-nebenwohnung',
    body: { residenceId: 'res_second1', moveOutDate: '2026-12-01', childIds: ['child_01'] }, expected: fx.abmeldung,
  },
  getSperren: { input: {}, answer: () => json(fx.sperren), method: 'GET', path: '/v1/uebermittlungssperren', expected: fx.sperren },
  changeSperren: {
    input: { body: { changes: [{ key: 'JUBILAEEN', active: true }] } },
    answer: () => json(fx.sperrenReceipt), method: 'PUT', path: '/v1/uebermittlungssperren',
    body: { changes: [{ key: 'JUBILAEEN', active: true }] }, expected: fx.sperrenReceipt,
  },
  getSelbstauskunft: { input: {}, answer: () => json(fx.selbstauskunft), method: 'GET', path: '/v1/selbstauskunft', expected: fx.selbstauskunft },
  createSelbstauskunftDocument: {
    input: {}, answer: () => json(fx.selbstauskunftDocument), method: 'POST', path: '/v1/selbstauskunft/dokument', expected: fx.selbstauskunftDocument,
  },
  getDocumentPdf: {
    input: { params: { id: 'doc_mb0001' } }, answer: () => pdf(), method: 'GET', path: '/v1/dokumente/doc_mb0001/pdf',
    expected: async (blob) => {
      expect(blob).to.be.instanceOf(Blob);
      expect(blob.type).to.equal('application/pdf');
      expect(await blob.text()).to.match(/^%PDF-1\.7/);
    },
  },
  verifyDocument: {
    input: { params: { code: 'K7QM-3XPA-Z9RT' } }, answer: () => json(fx.verification), method: 'GET', path: '/v1/pruefung/K7QM-3XPA-Z9RT', expected: fx.verification,
  },
};

function loggedInClient(fetchImpl: typeof fetch): VoisClient {
  const client = createClient({ baseUrl: `${fx.BASE}/`, kommune: fx.AGS, fetch: fetchImpl });
  client.setSession(fx.session);
  return client;
}

describe('every operation', () => {
  for (const id of Object.keys(operations) as OperationId[]) {
    const c = cases[id] as Case<OperationId>;
    const op = operations[id];
    it(`${id}: ${c.method} ${c.path}`, async () => {
      const scripted = scriptedFetch(c.answer());
      const client = loggedInClient(scripted.fetch);
      const result = await (client[id] as (input: unknown) => Promise<Output<OperationId>>)(c.input);

      expect(scripted.requests).to.have.length(1);
      const [request] = scripted.requests;
      expect(request!.method).to.equal(c.method);
      expect(request!.url).to.equal(fx.BASE + c.path);
      expect(request!.headers.accept).to.equal('application/json, application/problem+json');
      // Bearer tokens only, never cookies: the API must not be reachable with ambient credentials.
      expect(request!.credentials).to.equal('omit');
      expect(request!.headers.authorization).to.equal(op.auth ? `Bearer ${fx.session.accessToken}` : undefined);
      if (op.idempotent) expect(request!.headers['idempotency-key']).to.match(UUID);
      else expect(request!.headers).not.to.have.property('idempotency-key');
      if (c.body !== undefined) {
        expect(request!.headers['content-type']).to.equal('application/json');
        expect(request!.body).to.deep.equal(c.body);
      } else {
        expect(request!.body).to.equal(undefined);
        expect(request!.headers).not.to.have.property('content-type');
      }
      if (typeof c.expected === 'function') await c.expected(result);
      else expect(result).to.deep.equal(c.expected);
    });
  }

  it('encodes path parameters', async () => {
    const scripted = scriptedFetch(json(fx.verification));
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    // A hostile value cannot leave its path segment.
    await client.verifyDocument({ params: { code: '../../me?x=1#' } });
    expect(scripted.requests[0]!.path).to.equal('/v1/pruefung/..%2F..%2Fme%3Fx%3D1%23');
  });

  it('takes the caller’s idempotency key', async () => {
    const scripted = scriptedFetch(json(fx.sperrenReceipt));
    const client = loggedInClient(scripted.fetch);
    await client.changeSperren({ body: { changes: [{ key: 'JUBILAEEN', active: true }] }, idempotencyKey: 'key-of-this-action-0001' });
    expect(scripted.requests[0]!.headers['idempotency-key']).to.equal('key-of-this-action-0001');
  });

  it('gives every call its own fresh key when none is passed', async () => {
    const scripted = scriptedFetch(json(fx.selbstauskunftDocument), json(fx.selbstauskunftDocument));
    const client = loggedInClient(scripted.fetch);
    await client.createSelbstauskunftDocument();
    await client.createSelbstauskunftDocument();
    const [a, b] = scripted.requests.map((r) => r.headers['idempotency-key']);
    expect(a).to.match(UUID);
    expect(a).not.to.equal(b);
  });

  it('refuses authenticated calls without a session, without a request', async () => {
    const scripted = scriptedFetch();
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    const error = await client.getMe().catch((e: unknown) => e);
    expect(error).to.include({ name: 'UnauthorizedError', kind: 'unauthorized', code: 'UNAUTHENTICATED' });
    expect(scripted.requests).to.have.length(0);
  });

  it('uses the global fetch when none is injected', async () => {
    const original = globalThis.fetch;
    const scripted = scriptedFetch(json(fx.kommune));
    globalThis.fetch = scripted.fetch;
    try {
      const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS });
      expect(await client.getKommune({ params: { ags: fx.AGS } })).to.deep.equal(fx.kommune);
    } finally {
      globalThis.fetch = original;
    }
  });
});
