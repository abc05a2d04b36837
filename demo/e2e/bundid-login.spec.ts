/**
 * The real-login path in a browser: a reference server with VOIS_IDENTITY=bundid, the demo town
 * page pointed at it, and the local SAML test IdP (samlify) whose login page takes the place of
 * the sandbox persona picker. Own server, demo and IdP on free loopback ports, stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedData } from '../../packages/server/src/db/personas.ts';
import { startTestIdp, type TestIdp } from '../../packages/server/test/identity/saml-idp.ts';
import { test, expect, expectClean } from './support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let idp: TestIdp;
let dataDir: string;
let apiUrl: string;
let demoUrl: string;
const children: ChildProcess[] = [];
const output: string[] = [];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as { port: number };
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

function start(name: string, cwd: string, script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: join(root, cwd), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => output.push(`${name}: ${d}`));
  child.stderr!.on('data', (d) => output.push(`${name}: ${d}`));
  children.push(child);
}

/** Polls until the URL answers 200; the error names what did not come up. */
async function waitFor(name: string, url: string, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${seconds} s:\n${output.join('')}`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  idp = await startTestIdp();
  dataDir = mkdtempSync(join(tmpdir(), 'vois-e2e-bundid-'));
  const [apiPort, demoPort] = [await freePort(), await freePort()];
  apiUrl = `http://127.0.0.1:${apiPort}`;
  demoUrl = `http://127.0.0.1:${demoPort}`;
  start('server', 'packages/server', 'src/main.ts', {
    ...idp.env, VOIS_PORT: String(apiPort), VOIS_DATA_DIR: dataDir, VOIS_PUBLIC_URL: apiUrl, VOIS_ALLOWED_ORIGINS: demoUrl, VOIS_SEAL_THREADS: '0',
  });
  await waitFor('server (VOIS_IDENTITY=bundid)', `${apiUrl}/v1/kommunen/12064472`);
  idp.setServiceProvider(`${apiUrl}/auth/bundid/metadata`);
  // The IdP "reads the chip" of the DIN 91379 persona: NFD names travel through SAML (C7).
  idp.person = seedData(new Date().toISOString().slice(0, 10)).personas.find((p) => p.id === 'din-91379')!.eid;
  start('demo', 'demo', 'src/serve.ts', { DEMO_PORT: String(demoPort), VOIS_PUBLIC_URL: apiUrl });
  await waitFor('demo', demoUrl);
});

test.afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
  await idp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test.describe('Login through BundID (local SAML test IdP)', () => {
  test('the IdP login page replaces the persona picker and the widget continues logged in', async ({ page, problems }) => {
    await page.goto(`${demoUrl}/strausberg/meldebescheinigung`);
    const widget = page.locator('vois-meldebescheinigung');
    await widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${idp.url}/sso`));
    await expect(page.getByRole('heading', { name: 'Test-IdP (BundID-Ersatz)', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Mit Online-Ausweis anmelden' }).click();
    // IdP → auto-posted SAMLResponse → ACS → 303 back to the town page with the one-time code.
    await page.waitForURL((url) => url.href.startsWith(`${demoUrl}/strausberg/meldebescheinigung`));
    await expect(widget.getByText('Art der Meldebescheinigung')).toBeVisible();
    await expect.poll(() => page.url()).not.toContain('vois-code');
    expectClean(problems);
  });

  test('cancelling at the IdP returns to the intro with the cancel explanation', async ({ page, problems }) => {
    await page.goto(`${demoUrl}/strausberg/meldebescheinigung`);
    const widget = page.locator('vois-meldebescheinigung');
    await widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${idp.url}/sso`));
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.waitForURL((url) => url.href.startsWith(demoUrl));
    await expect(widget.getByText(/abgebrochen/).first()).toBeVisible();
    expectClean(problems);
  });
});
