/**
 * The two implementations of the API a scenario runs against: the widgets' test double and the
 * reference server, both socket-less (`fetch(Request)`). Each scenario gets fresh ones, so
 * scenarios never see each other's register changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createSealer, loadConfig, loadSandboxTsa, type Sealer, type SandboxTsa } from '@vois-online/server';
import { dropDatabase, freshDatabaseUrl } from '@vois-online/server/test-databases';
import { createFakeApi, type PersonaId } from '@vois-online/widgets/testing';

export const RETURN_URL = 'http://localhost:8080/scenario';

export interface LoginResult {
  status: number;
  body: unknown;
  /** The access token when the exchange succeeded. */
  token?: string;
}

export interface Target {
  name: 'fake' | 'server';
  /** Base URL requests are made against. */
  baseUrl: string;
  fetch(request: Request): Promise<Response>;
  /** The whole login (authorize → persona picker → code → token exchange). */
  login(persona: PersonaId | string, kommune: string, outcome: 'ok' | 'low-trust'): Promise<LoginResult>;
  /** The register's calendar date. */
  today(): Promise<string>;
  /** Moves the register's date (A3/A4 over time): the server's sandbox clock, the fake's `state.today`. */
  setToday(date: string): Promise<void>;
  close(): Promise<void>;
}

let keys: Promise<{ dir: string; sealer: Sealer; tsa: SandboxTsa }> | undefined;
/** One seal and TSA identity per process: key generation is the slow part of a server start. */
const sharedKeys = () =>
  (keys ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vois-scenario-keys-'));
    const sealer = await createSealer({ dataDir: dir });
    return { dir, sealer, tsa: await loadSandboxTsa(dir) };
  })());

export async function closeSharedKeys() {
  if (!keys) return;
  const { dir, sealer } = await keys;
  await sealer.close?.();
  rmSync(dir, { recursive: true, force: true });
}

const roomy = { max: 100_000, windowSeconds: 60 };

/**
 * Creates one target. The server is built through its own configuration (`loadConfig`, as
 * `main.ts` does) from this process's `VOIS_*` environment with the sandbox settings a scenario
 * needs on top — so a store the server's configuration knows (e.g. PostgreSQL through
 * `VOIS_DATABASE_URL`) is what the scenarios run against, without a change here.
 */
export async function createTarget(name: Target['name']): Promise<Target> {
  if (name === 'fake') {
    const fake = createFakeApi({ baseUrl: 'https://api.vois.test' });
    const target: Target = {
      name,
      baseUrl: fake.baseUrl,
      fetch: (request) => fake.fetch(request),
      async login(persona, kommune, outcome) {
        const authorize = `${fake.baseUrl}/v1/auth/authorize?${authorizeQuery(kommune, await challenge())}`;
        const back = fake.authorize(authorize, { persona: persona as PersonaId, outcome });
        return exchange(target, kommune, back);
      },
      today: async () => fake.register.today(),
      setToday: async (date) => {
        fake.state.today = date;
      },
      close: async () => undefined,
    };
    return target;
  }
  const { sealer, tsa } = await sharedKeys();
  const dataDir = mkdtempSync(join(tmpdir(), 'vois-scenario-'));
  // With VOIS_TEST_ENGINE=postgres each scenario's server gets a fresh PostgreSQL database, so
  // scenarios start from the seeded register as they do on SQLite.
  const databaseUrl = await freshDatabaseUrl();
  const loaded = loadConfig({ ...process.env, ...(databaseUrl && { VOIS_DATABASE_URL: databaseUrl }), VOIS_PORT: '0', VOIS_DATA_DIR: dataDir, VOIS_SANDBOX_CLOCK: '1', VOIS_SEAL_THREADS: '0', VOIS_LOG_REQUESTS: '0', VOIS_TSA_URL: '' });
  const config = { ...loaded, allowedOrigins: [...loaded.allowedOrigins, new URL(RETURN_URL).origin], rateLimits: { login: roomy, token: roomy, verification: roomy } };
  const app = await createApp(config, { sealer, sandboxTsa: tsa, log: () => undefined });
  const target: Target = {
    name,
    baseUrl: config.publicUrl,
    fetch: async (request) => app.fetch(request),
    async login(persona, kommune, outcome) {
      const res = await app.fetch(new Request(`${config.publicUrl}/v1/auth/authorize?${authorizeQuery(kommune, await challenge())}`));
      const picker = new URL(res.headers.get('Location') ?? '', config.publicUrl).href;
      const html = await (await app.fetch(new Request(picker))).text();
      const nonce = /name="nonce" value="([^"]+)"/.exec(html)?.[1];
      if (!nonce) throw new Error(`server: no persona picker after authorize (status ${res.status})`);
      const form = new URLSearchParams({ nonce, persona, action: outcome === 'low-trust' ? 'low' : 'login' });
      const chosen = await app.fetch(new Request(picker, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form }));
      return exchange(target, kommune, chosen.headers.get('Location') ?? '');
    },
    async today() {
      return app.services.register.today();
    },
    async setToday(date) {
      const res = await app.fetch(new Request(`${config.publicUrl}/v1/sandbox/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ today: date }) }));
      if (res.status !== 200) throw new Error(`server: sandbox clock refused ${date} (${res.status})`);
    },
    async close() {
      await app.close();
      await dropDatabase(databaseUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return target;
}

// PKCE of the scenario's browser: one verifier per login.
let verifier = '';
async function challenge(): Promise<string> {
  verifier = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  return Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString('base64url');
}

const authorizeQuery = (kommune: string, codeChallenge: string) =>
  new URLSearchParams({ kommune, state: 'scenario-state-0123456789', code_challenge: codeChallenge, code_challenge_method: 'S256', redirect_uri: RETURN_URL });

/** Step 3 of the login, as the widget's client does it: the code from the fragment for a session. */
async function exchange(target: Target, kommune: string, back: string): Promise<LoginResult> {
  const code = new URLSearchParams(new URL(back).hash.slice(1)).get('vois-code');
  if (!code) throw new Error(`${target.name}: no code in the return URL`);
  const res = await target.fetch(new Request(`${target.baseUrl}/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kommune, code, codeVerifier: verifier, redirectUri: RETURN_URL }),
  }));
  const body = (await res.json()) as { accessToken?: string };
  return { status: res.status, body, ...(body.accessToken && { token: body.accessToken }) };
}
