/**
 * Test harness: a real server on a free port with a fresh temp register, a movable clock and a
 * captured log; helpers to log in through the real sandbox eID pages and to call the API.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Session, type VoisClient } from '@vois-online/client';
import { defaultConfig, type Config } from '../src/config.ts';
import { createSealer, type Sealer } from '../src/documents/index.ts';
import { loadSandboxTsa, type SandboxTsa } from '../src/documents/timestamp/index.ts';
import type { AppPorts } from '../src/app.ts';
import { startServer, type RunningServer } from '../src/server.ts';

export const AGS = {
  strausberg: '12064472',
  oranienburg: '12065256',
  premnitz: '12063244',
  werder: '12069656',
  erkner: '12067124',
  wittenberge: '12070424',
} as const;

export const RETURN_URL = 'http://localhost:8080/demo/strausberg.html';

let sealer: Promise<Sealer> | undefined;
let tsa: Promise<SandboxTsa> | undefined;
/** Seal and sandbox TSA keys of this test process (tsa.pem there is the trust anchor for openssl). */
export const sealDir = mkdtempSync(join(tmpdir(), 'vois-seal-'));
/** One seal identity per test process (key generation is the slow part). */
export const sharedSealer = () => (sealer ??= createSealer({ dataDir: sealDir }));
/** The sandbox TSA the shared sealer uses, also served by every test server at /sandbox/tsa. */
export const sharedTsa = () => (tsa ??= sharedSealer().then(() => loadSandboxTsa(sealDir)));

export { dropDatabase, ENGINE, freshDatabaseUrl } from './support/databases.ts';
import { dropDatabase, freshDatabaseUrl } from './support/databases.ts';

export interface TestServer {
  url: string;
  server: RunningServer;
  logs: string[];
  /** Moves real time (sessions, login codes) forward. */
  advance(ms: number): void;
  /** Where this server's data lives (restart tests start a second server on it). */
  config: Config;
  /** Sets the register's date (sandbox clock hook). */
  setToday(date: string | null): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<Config> = {}, options: { sealer?: Sealer; keepData?: boolean; ports?: AppPorts } = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'vois-test-'));
  const databaseUrl = 'databaseUrl' in overrides ? overrides.databaseUrl : await freshDatabaseUrl();
  let offset = 0;
  const logs: string[] = [];
  const roomy = { max: 10_000, windowSeconds: 60 };
  const server = await startServer(
    defaultConfig({ port: 0, dataDir, sandboxClock: true, logRequests: true, rateLimits: { login: roomy, token: roomy, verification: roomy }, ...overrides, databaseUrl }),
    { ...options.ports, sealer: options.sealer ?? (await sharedSealer()), sandboxTsa: await sharedTsa(), now: () => Date.now() + offset, log: (line) => logs.push(line) },
  );
  return {
    url: server.url,
    server,
    logs,
    config: { ...server.config, dataDir, databaseUrl },
    advance(ms) {
      offset += ms;
    },
    async setToday(date) {
      const res = await fetch(`${server.url}/v1/sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ today: date }) });
      assert.equal(res.status, 200);
    },
    async close() {
      await server.close();
      if (options.keepData) return;
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(databaseUrl);
    },
  };
}

export const pkce = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

export const newState = () => randomBytes(24).toString('base64url');

export function authorizeUrl(base: string, q: { kommune: string; state: string; challenge: string; redirectUri?: string }) {
  const params = new URLSearchParams({
    kommune: q.kommune, state: q.state, code_challenge: q.challenge, code_challenge_method: 'S256', redirect_uri: q.redirectUri ?? RETURN_URL,
  });
  return `${base}/v1/auth/authorize?${params}`;
}

/** Opens the persona picker for a fresh login; returns its URL and form nonce. */
export async function openPicker(base: string, kommune: string, opts: { redirectUri?: string; challenge?: string; state?: string } = {}) {
  const { verifier, challenge } = pkce();
  const state = opts.state ?? newState();
  const res = await fetch(authorizeUrl(base, { kommune, state, challenge: opts.challenge ?? challenge, ...(opts.redirectUri && { redirectUri: opts.redirectUri }) }), { redirect: 'manual' });
  assert.equal(res.status, 303, 'authorize answers 303 to the picker');
  const pickerUrl = new URL(res.headers.get('Location')!, base).href;
  const page = await fetch(pickerUrl);
  assert.equal(page.status, 200);
  const html = await page.text();
  const nonce = /name="nonce" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(nonce, 'picker has a nonce');
  return { pickerUrl, nonce, state, verifier, html };
}

/** Submits the picker form; returns the Location header of the 303. */
export async function choose(pickerUrl: string, form: Record<string, string>) {
  const res = await fetch(pickerUrl, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return res;
}

export function fragmentOf(location: string) {
  return new URLSearchParams(new URL(location).hash.slice(1));
}

/** Raw token exchange. */
export function exchange(base: string, body: Record<string, unknown>) {
  return fetch(`${base}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** Full login of a persona through the sandbox pages; returns the one-time code and verifier. */
export async function codeFor(base: string, persona: string, kommune: string, action: 'login' | 'low' = 'login') {
  const picker = await openPicker(base, kommune);
  const res = await choose(picker.pickerUrl, { nonce: picker.nonce, action, persona });
  assert.equal(res.status, 303);
  const fragment = fragmentOf(res.headers.get('Location')!);
  assert.equal(fragment.get('vois-state'), picker.state);
  return { code: fragment.get('vois-code')!, verifier: picker.verifier, kommune };
}

/** Logs a persona in and returns the session. */
export async function login(base: string, persona: string, kommune: string): Promise<Session> {
  const { code, verifier } = await codeFor(base, persona, kommune);
  const res = await exchange(base, { kommune, code, codeVerifier: verifier, redirectUri: RETURN_URL });
  assert.equal(res.status, 200, `login of ${persona} at ${kommune}: ${await res.clone().text()}`);
  return (await res.json()) as Session;
}

/** A real typed client with the persona's session set (the Node path of @vois-online/client). */
export async function clientFor(base: string, persona: string, kommune: string): Promise<VoisClient> {
  const client = createClient({ baseUrl: base, kommune, retries: 0 });
  client.setSession(await login(base, persona, kommune));
  return client;
}

/** Authenticated raw request. */
export function api(base: string, session: Session | string, path: string, init: RequestInit & { json?: unknown; key?: string } = {}) {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${typeof session === 'string' ? session : session.accessToken}`);
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  if (init.key) headers.set('Idempotency-Key', init.key);
  return fetch(`${base}${path}`, { ...init, headers, ...(init.json !== undefined && { body: JSON.stringify(init.json) }) });
}

/** Asserts a problem+json answer with the given status and code; returns the problem. */
export async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status} ${text}`);
  assert.match(res.headers.get('Content-Type') ?? '', /application\/problem\+json/);
  const problem = JSON.parse(text) as { code: string; status: number; fields?: Array<{ pointer: string; code?: string }> };
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
  return problem;
}

export const key = () => randomBytes(16).toString('hex');

/** Asserts that a client call fails with the given problem code (and optionally status). */
export async function rejectsWith(promise: Promise<unknown>, code: string, status?: number) {
  await assert.rejects(promise, (e: unknown) => {
    const err = e as { code?: string; status?: number };
    assert.equal(err.code, code);
    if (status !== undefined) assert.equal(err.status, status);
    return true;
  });
}

/** The test server's database (SQLite or PostgreSQL), for looking behind the API. */
export const sqlOf = (t: TestServer) => t.server.app.services.store.sql!;

/** Register id of a persona's person (tests only; the API never exposes it). */
export async function personIdOf(t: TestServer, persona: string): Promise<string> {
  return (await sqlOf(t).get<{ person_id: string }>('SELECT person_id FROM sandbox_personas WHERE id = $1', [persona]))!.person_id;
}
