import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, expectAccessible, expectClean } from './support.ts';

const widgets = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));
const { version } = JSON.parse(readFileSync(`${widgets}package.json`, 'utf8')) as { version: string };
const manifest = JSON.parse(readFileSync(`${widgets}dist/cdn/${version}/manifest.json`, 'utf8')) as { files: Record<string, { integrity: string }> };
const sri = (file: string) => manifest.files[file]!.integrity;

test.describe('Einbettungs-Assistent (/einbetten)', () => {
  test('choices change the live widget and the snippet; the copied snippet works on a page as pasted', async ({ page, problems, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByRole('link', { name: /Einbettungs-Assistent/ }).click();
    await expect(page.getByRole('heading', { name: 'Einbettungs-Assistent', level: 1 })).toBeVisible();
    const preview = page.locator('#ea-preview');
    await expect(preview.locator('vois-meldebescheinigung').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
    await expectAccessible(page, 'assistant');

    await page.getByLabel('Stadt').selectOption('wittenberge');
    await expect(page.getByLabel('Farbvorlage (Theme)')).toHaveValue('wittenberge');
    await page.getByLabel('Dienst', { exact: true }).selectOption('selbstauskunft');
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByLabel(/data-vois-widget-Container/).check();
    const live = preview.locator('vois-selbstauskunft');
    await expect(live).toHaveAttribute('theme', 'wittenberge');
    await expect(live.getByRole('button', { name: 'Log in with your online ID' })).toBeVisible();

    const snippet = page.locator('#ea-snippet');
    await expect(snippet).toContainText(`https://www.wittenberge.de/vois-widgets/${version}/loader.js`);
    await expect(snippet).toContainText(`integrity="${sri('loader.js')}"`);
    await expect(snippet).toContainText('data-vois-widget="selbstauskunft"');
    await expect(snippet).toContainText('data-kommune="12070424"');
    await expect(snippet).toContainText('data-lang="en"');
    await expect(page.locator('#ea-csp')).toHaveText("script-src 'self'\nconnect-src https://api.example.de");
    await expect(page.locator('#ea-cors')).toContainText('Nichts nötig');
    await expect(page.locator('#ea-allow')).toContainText('https://www.wittenberge.de');

    // Files on another host: the CORS header is required and named.
    await page.getByLabel('Adresse der Widget-Dateien').fill('https://cdn.example.de/vois-widgets');
    await expect(page.locator('#ea-cors')).toContainText('Access-Control-Allow-Origin: *');
    await expect(page.locator('#ea-csp')).toContainText('script-src https://cdn.example.de');
    // A wrong address names the field instead of giving a broken snippet.
    await page.getByLabel('Adresse der VOIS-Schnittstelle').fill('api.example.de');
    await expect(page.getByText('Adresse der VOIS-Schnittstelle: bitte eine vollständige Adresse mit https:// angeben')).toBeVisible();
    await expect(snippet).toHaveText('');

    // iframe: embed.html with the parameters, embed-parent.js with its hash, frame-src.
    await page.getByLabel('Adresse der VOIS-Schnittstelle').fill('https://api.example.de');
    await page.getByLabel('iframe (C)').check();
    await expect(snippet).toContainText(`https://cdn.example.de/vois-widgets/${version}/embed.html?widget=selbstauskunft&amp;api=https%3A%2F%2Fapi.example.de&amp;kommune=12070424`);
    await expect(snippet).toContainText(`integrity="${sri('embed-parent.js')}"`);
    await expect(page.locator('#ea-csp')).toContainText('frame-src https://cdn.example.de');
    await expect(page.locator('#ea-allow')).toContainText('https://cdn.example.de');
    await expect(page.frameLocator('#ea-preview iframe').getByRole('button', { name: 'Log in with your online ID' })).toBeVisible();

    // WordPress: the shortcode and the settings to enter.
    await page.getByLabel('WordPress-Shortcode').check();
    await expect(snippet).toHaveText('[vois widget="selbstauskunft" lang="en"]');
    await expect(page.locator('#ea-settings')).toContainText('Amtlicher Gemeindeschlüssel: 12070424');

    // Script tag (A), with this demo as site and file host: copy it and paste it into a page.
    await page.getByLabel('Sprache').selectOption('');
    await page.getByLabel('Script-Tag mit Element (A)').check();
    await page.getByLabel('Adresse Ihrer Website').fill(baseURL!);
    await page.getByLabel('Adresse der Widget-Dateien').fill(`${baseURL}/vendor`);
    const api = await page.evaluate(() => JSON.parse(document.getElementById('einbetten-daten')!.textContent!).previewApi as string);
    await page.getByLabel('Adresse der VOIS-Schnittstelle').fill(api);
    await page.getByRole('button', { name: 'Schnipsel kopieren' }).click();
    await expect(page.getByRole('status')).toHaveText('Schnipsel kopiert.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`integrity="${sri('vois-widgets.js')}"`);
    expect(copied).toContain(`src="${baseURL}/vendor/${version}/vois-widgets.js"`);

    // A page of the demo (its strict CSP) whose content is replaced by exactly the copied text.
    await page.goto('/impressum');
    await page.evaluate((pasted) => {
      document.open();
      document.write(`<!doctype html><html lang="de"><title>Eingefügt</title><main>${pasted}</main></html>`);
      document.close();
    }, copied);
    await expect(page.locator('vois-selbstauskunft').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
    expectClean(problems);
  });
});
