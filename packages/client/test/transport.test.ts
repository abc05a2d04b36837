/** Timeouts, offline, aborts and retries: the parts of a call that are about the wire, not the answer. */
import { expect } from '@open-wc/testing';
import { AbortedError, NetworkError, TimeoutError, createClient, type ClientOptions, type VoisClient, type VoisError } from '../src/index.ts';
import * as fx from './support/fixtures.ts';
import './support/guard.ts';
import { hang, hangForever, json, offline, problem, requestsMade, scriptedFetch, stalledBody, type ScriptedFetch, type Step } from './support/scripted-fetch.ts';

function setup(steps: Step[], options: Partial<ClientOptions> = {}): { client: VoisClient; scripted: ScriptedFetch } {
  const scripted = scriptedFetch(...steps);
  const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch, timeoutMs: 60, backoffMs: () => 1, ...options });
  client.setSession(fx.session);
  return { client, scripted };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the call to fail'),
    (e: unknown) => e as VoisError,
  );

const abmeldung = { body: { residenceId: 'res_second1', moveOutDate: '2026-12-01', childIds: [] } };

describe('timeouts', () => {
  it('a hanging request → TimeoutError after timeoutMs', async () => {
    const { client, scripted } = setup([hang()], { retries: 0 });
    const started = performance.now();
    const error = await failure(client.getMe());
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error).to.include({ kind: 'timeout', code: 'TIMEOUT', retryable: true });
    expect(performance.now() - started).to.be.within(50, 1000);
    // The request itself was cancelled, not left running.
    expect(scripted.requests[0]!.signal!.aborted).to.equal(true);
  });

  it('a fetch that ignores its signal cannot hang the call', async () => {
    const { client } = setup([hangForever()], { retries: 0 });
    expect(await failure(client.getMe())).to.be.instanceOf(TimeoutError);
  });

  it('a body that stalls after the headers → TimeoutError', async () => {
    const { client } = setup([stalledBody()], { retries: 0 });
    expect(await failure(client.getKommune({ params: { ags: fx.AGS } }))).to.be.instanceOf(TimeoutError);
  });

  it('a GET is tried again after a timeout, and succeeds', async () => {
    const { client, scripted } = setup([hang(), json(fx.me)], { retries: 1 });
    expect(await client.getMe()).to.deep.equal(fx.me);
    expect(scripted.requests).to.have.length(2);
  });
});

describe('offline', () => {
  it('fetch rejecting with TypeError → NetworkError (never a bare TypeError)', async () => {
    const { client } = setup([offline()], { retries: 0 });
    const error = await failure(client.getMe());
    expect(error).to.be.instanceOf(NetworkError);
    expect(error).to.include({ kind: 'network', code: 'NETWORK', retryable: true });
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  // Port 9 is on Chromium's blocked-port list: a real, immediate, deterministic fetch failure.
  it('a real fetch the browser refuses → NetworkError', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:9', kommune: fx.AGS, retries: 0, timeoutMs: 2000 });
    expect(await failure(client.getKommune({ params: { ags: fx.AGS } }))).to.be.instanceOf(NetworkError);
  });
});

describe('aborting', () => {
  it('an already aborted signal → AbortedError, no request', async () => {
    const { client, scripted } = setup([]);
    const error = await failure(client.getMe({ signal: AbortSignal.abort() }));
    expect(error).to.be.instanceOf(AbortedError);
    expect(error).to.include({ kind: 'aborted', code: 'ABORTED', retryable: false });
    expect(scripted.requests).to.have.length(0);
  });

  it('aborting in flight → AbortedError, request cancelled, no retry', async () => {
    const { client, scripted } = setup([hang()], { timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = failure(client.getMe({ signal: controller.signal }));
    await requestsMade(scripted, 1);
    controller.abort();
    expect(await pending).to.be.instanceOf(AbortedError);
    expect(scripted.requests[0]!.signal!.aborted).to.equal(true);
    expect(scripted.requests).to.have.length(1);
  });

  it('aborting in flight with a fetch that ignores its signal → AbortedError', async () => {
    const { client, scripted } = setup([hangForever()], { timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = failure(client.getMe({ signal: controller.signal }));
    await requestsMade(scripted, 1);
    controller.abort();
    expect(await pending).to.be.instanceOf(AbortedError);
  });

  it('aborting during the backoff → AbortedError, no further attempt', async () => {
    const { client, scripted } = setup([offline(), json(fx.me)], { backoffMs: () => 5000 });
    const controller = new AbortController();
    const pending = failure(client.getMe({ signal: controller.signal }));
    await requestsMade(scripted, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await pending).to.be.instanceOf(AbortedError);
    expect(scripted.requests).to.have.length(1);
  });
});

describe('retries', () => {
  it('GET: retried on 503 and network errors with backoff, then succeeds', async () => {
    const waits: number[] = [];
    const { client, scripted } = setup([problem(503, 'SERVICE_UNAVAILABLE'), offline(), json(fx.sperren)], {
      backoffMs: (n) => (waits.push(n), 1),
    });
    expect(await client.getSperren()).to.deep.equal(fx.sperren);
    expect(scripted.requests).to.have.length(3);
    expect(waits).to.deep.equal([1, 2]);
  });

  it('GET: gives up after `retries` extra attempts with the last error', async () => {
    const { client, scripted } = setup([offline(), offline(), problem(500, 'INTERNAL')], { retries: 2 });
    expect(await failure(client.getMe())).to.include({ kind: 'server', code: 'INTERNAL' });
    expect(scripted.requests).to.have.length(3);
  });

  it('GET: 429 is retried', async () => {
    const { client, scripted } = setup([problem(429, 'RATE_LIMITED'), json(fx.me)]);
    expect(await client.getMe()).to.deep.equal(fx.me);
    expect(scripted.requests).to.have.length(2);
  });

  it('idempotent mutation: retried with the SAME idempotency key', async () => {
    const { client, scripted } = setup([offline(), hang(), problem(409, 'IDEMPOTENCY_REQUEST_IN_PROGRESS'), json(fx.abmeldung)], { retries: 3 });
    expect(await client.createAbmeldung(abmeldung)).to.deep.equal(fx.abmeldung);
    expect(scripted.requests).to.have.length(4);
    const keys = new Set(scripted.requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).to.equal(1);
    expect([...keys][0]).to.be.a('string');
    for (const r of scripted.requests) expect(r.body).to.deep.equal(abmeldung.body);
  });

  it('idempotent PUT: the caller’s key is kept across retries', async () => {
    const { client, scripted } = setup([problem(502, 'INTERNAL'), json(fx.sperrenReceipt)]);
    await client.changeSperren({ body: { changes: [{ key: 'JUBILAEEN', active: true }] }, idempotencyKey: 'my-action-key-42' });
    expect(scripted.requests.map((r) => r.headers['idempotency-key'])).to.deep.equal(['my-action-key-42', 'my-action-key-42']);
  });

  it('no retry for exchangeCode (a one-time code)', async () => {
    const { client, scripted } = setup([offline(), json(fx.session)]);
    const body = { kommune: fx.AGS, code: 'c'.repeat(16), codeVerifier: 'v'.repeat(43), redirectUri: 'https://x.example/' };
    expect(await failure(client.exchangeCode({ body }))).to.be.instanceOf(NetworkError);
    expect(scripted.requests).to.have.length(1);
  });

  it('no retry for extendSession and logout (not keyed)', async () => {
    const { client, scripted } = setup([problem(503, 'SERVICE_UNAVAILABLE'), hang()]);
    expect(await failure(client.extendSession())).to.include({ kind: 'server' });
    expect(await failure(client.logout())).to.be.instanceOf(TimeoutError);
    expect(scripted.requests).to.have.length(2);
  });

  it('no retry for rule refusals, unauthorized or contract errors', async () => {
    const { client, scripted } = setup([problem(422, 'A3_MOVE_OUT_TOO_FAR_AHEAD'), json({ wrong: true }), problem(401, 'SESSION_EXPIRED')]);
    expect(await failure(client.createAbmeldung(abmeldung))).to.include({ code: 'A3_MOVE_OUT_TOO_FAR_AHEAD' });
    expect(await failure(client.getMe())).to.include({ kind: 'contract' });
    expect(await failure(client.getMe())).to.include({ kind: 'unauthorized' });
    expect(scripted.requests).to.have.length(3);
  });

  it('the default backoff grows and is jittered', () => {
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS });
    const first = client.options.backoffMs(1);
    const third = client.options.backoffMs(3);
    expect(first).to.be.within(225, 375);
    expect(third).to.be.within(900, 1500);
  });
});
