import type { Page } from '@playwright/test';
import { test, expect, expectClean } from './support.ts';

/** Presses Tab until the deep-focused element (through shadow roots) matches, like a keyboard user. */
async function tabTo(page: Page, describe: (el: Element) => boolean, max = 80) {
  const source = describe.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      // eslint-disable-next-line no-new-func
      return !!el && (new Function(`return (${src})`)() as (e: Element) => boolean)(el);
    }, source);
    if (hit) return;
  }
  throw new Error(`no focusable element matched ${source} within ${max} Tab presses`);
}

test('a citizen completes the Meldebescheinigung with the keyboard only', async ({ page, problems }) => {
  await page.goto('/strausberg/meldebescheinigung');
  await tabTo(page, (el) => el.textContent?.includes('Mit Online-Ausweis anmelden') ?? false);
  await page.keyboard.press('Enter');

  // Sandbox eID page: the persona list is a radio group.
  await page.waitForURL(/authorize|sandbox/);
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
  while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).value === 'doktor-ordensname'))) {
    await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, (el) => el.textContent?.trim() === 'Anmelden');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/strausberg\/meldebescheinigung/);

  const widget = page.locator('vois-meldebescheinigung');
  await expect(widget.getByLabel('Einfache Meldebescheinigung')).toBeVisible();
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === 'radio');
  await page.keyboard.press('Space');
  await tabTo(page, (el) => el.textContent?.trim() === 'Weiter');
  await page.keyboard.press('Enter');

  await expect(widget.getByRole('heading', { name: 'Angaben prüfen' })).toBeFocused();
  await tabTo(page, (el) => el.textContent?.trim() === 'Meldebescheinigung erstellen');
  await page.keyboard.press('Enter');

  await expect(widget.getByText('Prüfcode').first()).toBeVisible();
  await expect(widget.getByText('Albrecht').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, (el) => el.textContent?.includes('PDF herunterladen') ?? false);
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  expectClean(problems);
});
