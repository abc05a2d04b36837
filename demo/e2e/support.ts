/**
 * What every end-to-end test needs: a page that records console errors and CSP violations,
 * the sandbox eID login as a citizen does it, axe on the live page, and PDF text extraction.
 */
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageProblems {
  console: string[];
  csp: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: PageProblems = { console: [], csp: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') problems.console.push(m.text());
    });
    page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`));
    // Init scripts run through the DevTools protocol, so the page's CSP does not block them.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
  },
});

export { expect };

/** Fails on console errors (the expected 4xx answers of refusals excepted by the caller). */
export function expectClean(problems: PageProblems, allow: RegExp[] = []) {
  const unexpected = problems.console.filter((m) => !allow.some((r) => r.test(m)));
  expect(unexpected, 'console errors / CSP violations').toEqual([]);
}

/** Runs axe-core (WCAG 2.x A/AA) on the page, shadow roots included. */
export async function expectAccessible(page: Page, label: string) {
  await page.evaluate(axeSource + '\n;0');
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  expect(result, `axe violations on ${label}`).toEqual([]);
}

/** Clicks the widget's login button, picks the persona on the sandbox eID page, returns. */
const LOGIN_TEXTS = {
  de: { widgetButton: 'Mit Online-Ausweis anmelden', heading: 'Anmelden mit dem Online-Ausweis', cancel: 'Anmeldung abbrechen', login: 'Anmelden', low: /niedrigem Vertrauensniveau/ },
  en: { widgetButton: 'Log in with your online ID', heading: 'Log in with your online ID', cancel: 'Cancel login', login: 'Log in', low: /too low a level/ },
};

/** Logs in through the sandbox eID page; `lang: 'en'` for an English widget (its login page is English too). */
export async function loginAs(page: Page, personaId: string, options: { via?: 'low-trust' | 'cancel'; lang?: 'de' | 'en' } = {}) {
  const x = LOGIN_TEXTS[options.lang ?? 'de'];
  await page.getByRole('button', { name: x.widgetButton }).first().click();
  await page.waitForURL(/\/v1\/auth\/authorize|\/sandbox/);
  await expect(page.getByRole('heading', { name: x.heading, level: 1 })).toBeVisible();
  if (options.via === 'cancel') {
    await page.getByRole('button', { name: x.cancel }).click();
  } else {
    await page.locator(`label[for="persona-${personaId}"]`).click();
    await expect(page.locator(`#persona-${personaId}`)).toBeChecked();
    await page.getByRole('button', { name: options.via === 'low-trust' ? x.low : x.login, exact: options.via !== 'low-trust' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/v1/'));
  // The one-time code must be gone from the address bar at once.
  await expect.poll(() => page.url()).not.toContain('vois-code');
}

/** Saves a download and returns the PDF's text (poppler's pdftotext). */
export async function pdfText(download: Download): Promise<{ bytes: Buffer; text: string }> {
  const file = join(tmpdir(), `vois-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { bytes, text };
}

export function writeArtifact(name: string, data: string | Buffer) {
  writeFileSync(join(test.info().outputDir, name), data);
}

/**
 * Opens the public verification page from the widget's "Echtheit online prüfen" link, as
 * anyone holding the paper would, and checks that it confirms exactly the downloaded file.
 */
export async function expectVerified(page: Page, widget: Locator, pdf: { bytes: Buffer; text: string }) {
  const href = await widget.getByRole('link', { name: /Echtheit online prüfen/ }).first().getAttribute('href');
  expect(href).toBeTruthy();
  const code = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(href!)?.[0];
  expect(pdf.text).toContain(code!);
  const check = await page.context().newPage();
  await check.goto(href!);
  await expect(check.getByRole('heading', { name: 'Das Dokument ist echt' })).toBeVisible();
  await expect(check.getByRole('textbox', { name: 'Prüfcode' })).toHaveValue(code!);
  // The page's SHA-256 must be that of the very file the citizen downloaded.
  await expect(check.getByText(createHash('sha256').update(pdf.bytes).digest('hex'))).toBeVisible();
  await expectAccessible(check, 'verification page');
  await check.close();
}
