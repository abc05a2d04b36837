/**
 * The German guide's WordPress steps in a real WordPress (Debian's package on Apache and
 * MariaDB, default theme), checked in Chromium as a webmaster, an Editor and a citizen would.
 * global-setup.ts has done steps 1 (files, must-use plugin) and 6 (CSP) from the guide's text.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { guideBlockWith } from './guide.ts';
import type { Site } from './wordpress.ts';

const wp = process.env.CMS_WP!;
const api = process.env.CMS_API!;
const cdn = process.env.CMS_CDN!;
const version = process.env.CMS_VERSION!;
const site = JSON.parse(process.env.CMS_SITE ?? '{}') as Site;

/**
 * Every page records console errors, CSP violations and failed requests; a test ends with none.
 * Only the browser's own /favicon.ico request is let go (the default theme has no favicon).
 */
const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    // Only the site's pages: wp-admin is not under the guide's policy (and shows Gravatars).
    const onSite = () => !/\/wp-(admin\/|login\.php)/.test(page.url());
    const add = (text: string) => void (onSite() && problems.push(text));
    page.on('console', (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && add(m.text())));
    page.on('response', (r) => void (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && add(`${r.status()} ${r.url()}`)));
    page.on('requestfailed', (r) => add(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await use(problems);
  },
});
test.describe.configure({ mode: 'serial' });

async function logIn(page: Page, who: keyof Site['users']) {
  const { login, password } = site.users[who];
  await page.goto(`${wp}/wp-login.php`);
  await page.locator('#user_login').fill(login);
  await page.locator('#user_pass').fill(password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\/wp-admin\//);
}

/** Saves a page as the logged-in user through WordPress's REST API (the block editor's way). */
async function savePage(page: Page, title: string, content: string): Promise<{ id: number; link: string; raw: string }> {
  return page.evaluate(
    async ({ title, content }) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const headers = { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' };
      const saved = await fetch('/?rest_route=/wp/v2/pages', { method: 'POST', headers, body: JSON.stringify({ title, content, status: 'publish' }) });
      const created = (await saved.json()) as { id: number; link: string; message?: string };
      if (!saved.ok) throw new Error(`saving the page: ${saved.status} ${created.message}`);
      const edit = (await (await fetch(`/?rest_route=/wp/v2/pages/${created.id}&context=edit`, { headers })).json()) as { content: { raw: string } };
      return { id: created.id, link: created.link, raw: edit.content.raw };
    },
    { title, content },
  );
}

/** Looks at a page as a visitor does: logged out, so without WordPress's toolbar. */
const asVisitor = (page: Page) => page.context().clearCookies();

const shortcodeBlock = (code: string) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`;
const htmlBlock = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;
let shortcodePage = '';

test('without settings the shortcode shows the webmaster message, never a widget of another town', async ({ page, problems }) => {
  await logIn(page, 'admin');
  const { link } = await savePage(page, 'Meldebescheinigung', shortcodeBlock('[vois widget="meldebescheinigung"]'));
  await asVisitor(page);
  await page.goto(link);
  const main = page.locator('main');
  await expect(main.getByText('Dieser Online-Dienst ist falsch eingebunden')).toBeVisible();
  await expect(main.getByText(/Die Adresse der Schnittstelle fehlt \(Einstellungen → VOIS-Online/)).toBeVisible();
  await expect(main.getByText(/Der Gemeindeschlüssel fehlt \(Einstellungen → VOIS-Online/)).toBeVisible();
  await expect(page.locator('vois-meldebescheinigung, [data-vois-widget]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Einstellungen → VOIS-Online: a wrong key is refused naming the field, then the town is set up', async ({ page, problems }) => {
  await logIn(page, 'admin');
  await page.goto(`${wp}/wp-admin/options-general.php?page=vois-widgets`);
  await expect(page.getByRole('heading', { name: 'VOIS-Online', level: 1 })).toBeVisible();
  await page.getByLabel('Adresse der VOIS-Schnittstelle').fill(api);
  await page.getByLabel('Amtlicher Gemeindeschlüssel').fill('1206447');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Amtlicher Gemeindeschlüssel: „1206447“ hat nicht acht Ziffern. Beispiel: 12064472')).toBeVisible();
  await expect(page.getByLabel('Amtlicher Gemeindeschlüssel')).toHaveValue('');

  await page.getByLabel('Amtlicher Gemeindeschlüssel').fill('12064472');
  await page.getByLabel('Farbvorlage (Theme)').selectOption('strausberg');
  await page.getByLabel('Seite des Bürgerbüros').fill(`${wp}/buergerbuero/`);
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByText('Einstellungen gespeichert.')).toBeVisible();
  await expect(page.getByLabel('Adresse der VOIS-Schnittstelle')).toHaveValue(api);
  await expect(page.getByLabel('Amtlicher Gemeindeschlüssel')).toHaveValue('12064472');

  // Guide, step 6: avatars off, so the CSP (no third-party images) holds for logged-in users too.
  await page.goto(`${wp}/wp-admin/options-discussion.php`);
  await page.getByLabel('Zeige Avatare').uncheck();
  await page.locator('#submit').click();
  await expect(page.getByLabel('Zeige Avatare')).not.toBeChecked();
  expect(problems).toEqual([]);
});

test('an administrator\'s page with the guide\'s script tag (A) shows the widget in the page\'s language', async ({ page, problems }) => {
  await logIn(page, 'admin');
  // Snippet A of the guide, self-hosted as step 1 put the files: wp-content/vois/<version>/.
  const snippet = guideBlockWith('vois-widgets.js"')
    .replace('https://cdn.example.de/vois-widgets', `${wp}/wp-content/vois`)
    .replace('https://api.example.de', api);
  const { link, raw } = await savePage(page, 'Meldebescheinigung (Skript)', htmlBlock(snippet));
  expect(raw, 'an administrator keeps <script> (unfiltered_html)').toContain(`integrity="${process.env.CMS_BUNDLE_SRI}"`);
  await asVisitor(page);
  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page.locator(`script[src$="/vois/${version}/vois-widgets.js"][integrity]`)).toHaveCount(1);
  const widget = page.locator('vois-meldebescheinigung');
  await expect(widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
  await expect(widget.getByRole('heading', { level: 2 })).toContainText('Meldebescheinigung');
  expect(problems).toEqual([]);
});

test('an Editor without unfiltered_html: shortcode and container survive, script and iframe are stripped silently', async ({ page, problems }) => {
  await logIn(page, 'redaktion');
  const content = [
    shortcodeBlock('[vois widget="meldebescheinigung"]'),
    htmlBlock('<div data-vois-widget="selbstauskunft" data-api="' + api + '" data-kommune="12064472" data-theme="strausberg"><a href="/buergerbuero/">Selbstauskunft beim Bürgerbüro</a></div>'),
    shortcodeBlock('[vois widget="uebermittlungssperren" lang="en" heading-level="3"]'),
    htmlBlock(`<script type="module" src="${wp}/wp-content/vois/${version}/vois-widgets.js"></script><iframe src="${cdn}/vois-widgets/${version}/embed.html?widget=meldebescheinigung" title="x"></iframe>`),
  ].join('\n');
  const { link, raw } = await savePage(page, 'Online-Dienste', content);
  expect(raw).not.toMatch(/<script|<iframe/);
  expect(raw).toContain('[vois widget="meldebescheinigung"]');
  expect(raw).toContain('data-vois-widget="selbstauskunft"');
  expect(raw).toContain('data-kommune="12064472"');
  shortcodePage = link;

  await asVisitor(page);
  await page.goto(link);
  await expect(page.locator('vois-meldebescheinigung').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
  await expect(page.locator('vois-selbstauskunft').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
  // lang="en" in the shortcode: an English widget on the German page, its title one level down.
  const english = page.locator('vois-uebermittlungssperren');
  await expect(english.getByRole('button', { name: 'Log in with your online ID' })).toBeVisible();
  await expect(english.getByRole('heading', { level: 3 }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('visitors without JavaScript get the sentence and the Bürgerbüro link from the shortcode', async ({ request }) => {
  const html = await (await request.get(shortcodePage)).text();
  const container = /<div data-vois-widget="meldebescheinigung"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  expect(container?.[0]).toContain('data-kommune="12064472"');
  expect(container?.[0]).toContain(`data-api="${api}"`);
  expect(container?.[1]).toContain('Dieser Online-Dienst braucht JavaScript.');
  expect(container?.[1]).toContain(`<a href="${wp}/buergerbuero/">Meldebescheinigung beim Bürgerbüro</a>`);
  expect(html).toContain(`/wp-content/vois/${version}/loader.js" integrity="sha384-`);
});

test('the eID login returns to the WordPress page and the service continues there', async ({ page, problems }) => {
  await page.goto(shortcodePage);
  const widget = page.locator('vois-meldebescheinigung');
  await widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' }).click();
  await page.waitForURL((url) => url.origin === api);
  await expect(page.getByRole('heading', { name: 'Anmelden mit dem Online-Ausweis', level: 1 })).toBeVisible();
  await page.locator('label[for="persona-din-91379"]').click();
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => url.origin === wp);
  expect(new URL(page.url()).pathname).toBe(new URL(shortcodePage).pathname);
  await expect.poll(() => page.url()).not.toContain('vois-code');
  await expect(widget.getByText('Art der Meldebescheinigung')).toBeVisible();
  await widget.getByLabel('Einfache Meldebescheinigung').check();
  await widget.getByRole('button', { name: 'Weiter' }).click();
  await expect(widget.getByRole('heading', { name: 'Angaben prüfen' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the guide\'s WordPress CSP keeps the default theme and the widget working; wp-admin is left out', async ({ page, problems, request }) => {
  const home = await page.goto(`${wp}/`);
  const policy = home?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain(`connect-src 'self' ${api}`);
  // The theme: its global styles are an inline <style>; blocked, these would be empty.
  const theme = await page.evaluate(() => ({
    size: getComputedStyle(document.body).getPropertyValue('--wp--preset--font-size--medium').trim(),
    lineHeight: getComputedStyle(document.body).lineHeight,
    sheets: document.styleSheets.length,
  }));
  expect(theme.size, 'theme.json presets from the inline global styles').not.toBe('');
  expect(theme.sheets).toBeGreaterThan(10);
  // Logged in, with WordPress's toolbar on the page.
  await logIn(page, 'redaktion');
  await page.goto(shortcodePage);
  await expect(page.locator('#wpadminbar')).toBeVisible();
  await expect(page.locator('vois-meldebescheinigung').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
  expect(problems, 'no CSP violation on the theme\'s pages').toEqual([]);
  const admin = await request.get(`${wp}/wp-login.php`);
  expect(admin.headers()['content-security-policy']).toBeUndefined();
});

test('iframe (C) from a widget host on another origin: the guide\'s CORS header lets embed-parent.js resize the frame; the frame has a sans-serif font', async ({ page, problems, request }) => {
  const file = await request.get(`${cdn}/vois-widgets/${version}/embed-parent.js`);
  expect(file.headers()['access-control-allow-origin']).toBe('*');
  await logIn(page, 'admin');
  const snippet = guideBlockWith('embed.html?')
    .replaceAll('https://cdn.example.de/vois-widgets', `${cdn}/vois-widgets`)
    .replace('https%3A%2F%2Fapi.example.de', encodeURIComponent(api));
  const { link, raw } = await savePage(page, 'Meldebescheinigung (iframe)', htmlBlock(snippet));
  expect(raw).toContain(`integrity="${process.env.CMS_PARENT_SRI}"`);
  await asVisitor(page);
  await page.goto(link);
  const frameElement = page.locator('iframe[src*="embed.html"]');
  const frame = page.frameLocator('iframe[src*="embed.html"]');
  await expect(frame.locator('vois-meldebescheinigung').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
  // embed-parent.js sets the frame's height from the page inside (900 px before).
  await expect.poll(async () => (await frameElement.boundingBox())?.height ?? 0).not.toBe(900);
  const font = await frame.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  expect(font).toMatch(/Arial/);
  expect(problems).toEqual([]);
});
