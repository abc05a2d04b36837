/**
 * What the server (or whatever stands in front of it) may answer, and the typed error each
 * answer becomes: problem details, bare statuses, proxy pages, broken JSON, wrong shapes.
 */
import { expect } from '@open-wc/testing';
import {
  ContractError,
  NetworkError,
  RuleError,
  ServerError,
  UnauthorizedError,
  VoisError,
  createClient,
  isVoisError,
  type VoisClient,
} from '../src/index.ts';
import * as fx from './support/fixtures.ts';
import './support/guard.ts';
import { json, noContent, problem, proxyErrorPage, scriptedFetch, text, type ScriptedFetch } from './support/scripted-fetch.ts';

/** No retries here: each test is about how one answer is classified. */
function setup(...answers: Response[]): { client: VoisClient; scripted: ScriptedFetch } {
  const scripted = scriptedFetch(...answers);
  const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch, retries: 0 });
  client.setSession(fx.session);
  return { client, scripted };
}

async function failure(promise: Promise<unknown>): Promise<VoisError> {
  const error = await promise.then(
    () => expect.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(isVoisError(error), `a VoisError, got ${String(error)}`).to.equal(true);
  return error as VoisError;
}

describe('answers that do not match the contract', () => {
  it('malformed JSON → ContractError', async () => {
    const { client } = setup(text('{"ags": "12064472", "name": ', 200, 'application/json'));
    const error = await failure(client.getKommune({ params: { ags: fx.AGS } }));
    expect(error).to.be.instanceOf(ContractError);
    expect(error).to.include({ kind: 'contract', code: 'CONTRACT', retryable: false, status: 200 });
  });

  it('wrong shape → ContractError naming the field, never the unparsed body', async () => {
    const { client } = setup(json({ ...fx.me, services: [{ service: 'kfz-zulassung', available: true }] }));
    const error = await failure(client.getMe());
    expect(error).to.be.instanceOf(ContractError);
    expect(error.message).to.contain('services');
  });

  it('a missing field → ContractError', async () => {
    const { accessToken: _, ...withoutToken } = fx.session;
    const { client } = setup(json(withoutToken));
    const error = await failure(client.exchangeCode({ body: { kommune: fx.AGS, code: 'c'.repeat(16), codeVerifier: 'v'.repeat(43), redirectUri: 'https://x.example/' } }));
    expect(error).to.be.instanceOf(ContractError);
  });

  it('JSON under another content type → ContractError', async () => {
    const { client } = setup(text(JSON.stringify(fx.kommune), 200, 'text/plain'));
    expect(await failure(client.getKommune({ params: { ags: fx.AGS } }))).to.be.instanceOf(ContractError);
  });

  it('a 200 where 204 is agreed → ContractError', async () => {
    const { client } = setup(json({}));
    expect(await failure(client.logout())).to.be.instanceOf(ContractError);
  });

  it('a 204 where JSON is agreed → ContractError', async () => {
    const { client } = setup(noContent());
    expect(await failure(client.getSperren())).to.be.instanceOf(ContractError);
  });

  it('JSON where a PDF is agreed → ContractError', async () => {
    const { client } = setup(json(fx.selbstauskunftDocument));
    expect(await failure(client.getDocumentPdf({ params: { id: 'doc_sa0001' } }))).to.be.instanceOf(ContractError);
  });

  it('unknown extra fields are dropped, not passed on', async () => {
    const { client } = setup(json({ ...fx.kommune, internalNote: 'x' }));
    expect(await client.getKommune({ params: { ags: fx.AGS } })).to.deep.equal(fx.kommune);
  });
});

describe('HTTP errors', () => {
  const withProblem: [number, string, typeof RuleError | typeof UnauthorizedError | typeof ServerError, string][] = [
    [400, 'A3_MOVE_OUT_TOO_FAR_AHEAD', RuleError, 'rule'],
    [401, 'SESSION_EXPIRED', UnauthorizedError, 'unauthorized'],
    [403, 'C1_TRUST_LEVEL_TOO_LOW', RuleError, 'rule'],
    [404, 'VERIFICATION_NOT_FOUND', RuleError, 'rule'],
    [409, 'IDEMPOTENCY_KEY_REUSED', RuleError, 'rule'],
    [422, 'M1_NOT_MAIN_RESIDENCE', RuleError, 'rule'],
    [429, 'RATE_LIMITED', RuleError, 'rule'],
    [500, 'INTERNAL', ServerError, 'server'],
    [503, 'SERVICE_UNAVAILABLE', ServerError, 'server'],
  ];
  for (const [status, code, type, kind] of withProblem) {
    it(`${status} with a problem → ${type.name} ${code}`, async () => {
      const { client } = setup(problem(status, code));
      const error = await failure(client.getMe());
      expect(error).to.be.instanceOf(type);
      expect(error).to.include({ kind, code, status });
      expect((error as RuleError).problem.code).to.equal(code);
    });
  }

  const bare: [number, string, string, boolean][] = [
    [400, 'BAD_REQUEST', 'rule', false],
    [401, 'UNAUTHENTICATED', 'unauthorized', false],
    [403, 'FORBIDDEN', 'rule', false],
    [404, 'NOT_FOUND', 'rule', false],
    [409, 'IDEMPOTENCY_REQUEST_IN_PROGRESS', 'rule', true],
    [422, 'BAD_REQUEST', 'rule', false],
    [429, 'RATE_LIMITED', 'rule', true],
    [500, 'INTERNAL', 'server', true],
    [503, 'SERVICE_UNAVAILABLE', 'server', true],
  ];
  for (const [status, code, kind, retryable] of bare) {
    it(`${status} without a body → ${kind} ${code}`, async () => {
      const { client } = setup(new Response(null, { status }));
      expect(await failure(client.getMe())).to.include({ kind, code, status, retryable });
    });
  }

  it('an HTML proxy error page → ServerError by its status', async () => {
    const { client } = setup(proxyErrorPage(502));
    const error = await failure(client.getMe());
    expect(error).to.be.instanceOf(ServerError);
    expect(error).to.include({ code: 'INTERNAL', status: 502, retryable: true });
  });

  it('an HTML 404 page from a misconfigured base URL → RuleError NOT_FOUND', async () => {
    const { client } = setup(text('<!doctype html><title>Seite nicht gefunden</title>', 404));
    expect(await failure(client.getKommune({ params: { ags: fx.AGS } }))).to.include({ kind: 'rule', code: 'NOT_FOUND' });
  });

  it('a problem with broken JSON → classified by status', async () => {
    const { client } = setup(text('{"type":', 500, 'application/problem+json'));
    expect(await failure(client.getMe())).to.include({ kind: 'server', code: 'INTERNAL' });
  });

  it('a problem with an unknown code → classified by status', async () => {
    const { client } = setup(problem(422, 'Z9_FROM_THE_FUTURE'));
    expect(await failure(client.getMe())).to.include({ kind: 'rule', code: 'BAD_REQUEST', status: 422 });
  });

  it('a problem whose status disagrees with the HTTP status → the HTTP status wins', async () => {
    const { client } = setup(problem(503, 'C1_TRUST_LEVEL_TOO_LOW', { status: 403 }));
    expect(await failure(client.getMe())).to.include({ kind: 'server', code: 'SERVICE_UNAVAILABLE' });
  });

  it('the exchange refusals of shared-api.md', async () => {
    const refusals: [number, string][] = [
      [403, 'C1_TRUST_LEVEL_TOO_LOW'],
      [403, 'C2_IDENTIFICATION_FAILED'],
      [400, 'AUTH_CODE_INVALID'],
      [400, 'AUTH_PKCE_MISMATCH'],
      [400, 'AUTH_REDIRECT_NOT_ALLOWED'],
    ];
    const { client } = setup(...refusals.map(([s, c]) => problem(s, c)));
    const body = { kommune: fx.AGS, code: 'c'.repeat(16), codeVerifier: 'v'.repeat(43), redirectUri: 'https://x.example/' };
    for (const [status, code] of refusals) {
      expect(await failure(client.exchangeCode({ body }))).to.include({ kind: 'rule', code, status });
    }
  });

  it('a body that breaks off while reading → NetworkError', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"ags":'));
        controller.error(new TypeError('network error'));
      },
    });
    const { client } = setup(new Response(broken, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await failure(client.getKommune({ params: { ags: fx.AGS } }));
    expect(error).to.be.instanceOf(NetworkError);
  });
});
