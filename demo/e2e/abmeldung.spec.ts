import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, expectClean, expectVerified, loginAs, pdfText } from './support.ts';
import { countAbmeldungen } from './register.ts';

const berlinDate = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d).split('-');
  return { day: day!, month: m!, year: y! };
};

async function enterDate(widget: Locator, offsetDays: number) {
  const { day, month, year } = berlinDate(offsetDays);
  await widget.getByLabel('Tag').fill(day);
  await widget.getByLabel('Monat').fill(month);
  await widget.getByLabel('Jahr').fill(year);
}

/** Chooses the residence in `city`, a move-out date, and reaches the review step. */
async function fillUntilReview(page: Page, widget: Locator, city: string) {
  await widget.getByRole('radio', { name: new RegExp(city) }).check();
  await widget.getByRole('button', { name: 'Weiter' }).click();
  await enterDate(widget, -2);
  await widget.getByRole('button', { name: 'Weiter' }).click();
  // Children step only when children live there.
  if (await widget.getByText('Welche Kinder ziehen mit aus?').isVisible()) await widget.getByRole('button', { name: 'Weiter' }).click();
  await expect(widget.getByRole('heading', { name: 'Angaben prüfen' })).toBeFocused();
  await widget.getByLabel('Ich versichere, dass die Angaben richtig sind.').check();
}

test.describe('Abmeldung einer Nebenwohnung', () => {
  test('deregisters a secondary residence once, with A3 checked on the way, and a Meldebestätigung', async ({ page, problems }) => {
    await page.goto('/oranienburg/abmeldung-nebenwohnung');
    const widget = page.locator('vois-abmeldung-nebenwohnung');
    await loginAs(page, 'zwei-nebenwohnungen');
    await expect(widget.getByRole('radio')).toHaveCount(2); // A1: the main residence is never offered
    await expectAccessible(page, 'residence choice');
    await widget.getByRole('radio', { name: /Werder/ }).check();
    await widget.getByRole('button', { name: 'Weiter' }).click();

    // A3: more than 7 days ahead is refused inline, and nothing is sent.
    await enterDate(widget, 30);
    await widget.getByRole('button', { name: 'Weiter' }).click();
    await expect(widget.getByText(/höchstens 7 Tage/).first()).toBeVisible();
    await expectAccessible(page, 'date error');
    await enterDate(widget, -2);
    await widget.getByRole('button', { name: 'Weiter' }).click();
    await expect(widget.getByRole('heading', { name: 'Angaben prüfen' })).toBeFocused();
    await widget.getByLabel('Ich versichere, dass die Angaben richtig sind.').check();
    await expectAccessible(page, 'review');
    await widget.getByRole('button', { name: 'Nebenwohnung verbindlich abmelden' }).click();

    await expect(widget.getByText(/abgemeldet/).first()).toBeVisible();
    await expectAccessible(page, 'result');
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'PDF herunterladen' }).click()]);
    const pdf = await pdfText(download);
    const text = pdf.text;
    expect(text).toContain('Richter');
    expect(text).toContain('Werder');
    expect(countAbmeldungen('Richter')).toBe(1);
    await expectVerified(page, widget, pdf);
    expectClean(problems);
  });

  test('a double click deregisters exactly once (A8)', async ({ page, problems }) => {
    const before = countAbmeldungen('Richter');
    await page.goto('/oranienburg/abmeldung-nebenwohnung');
    const widget = page.locator('vois-abmeldung-nebenwohnung');
    await loginAs(page, 'zwei-nebenwohnungen');
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/v1/abmeldung-nebenwohnung') && posts.push(r.url()));
    await fillUntilReview(page, widget, 'Wittenberge');
    await widget.getByRole('button', { name: 'Nebenwohnung verbindlich abmelden' }).dblclick();
    await expect(widget.getByText(/abgemeldet/).first()).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(countAbmeldungen('Richter')).toBe(before + 1);
    expectClean(problems);
  });

  test('a connection lost during the submit, then retry: one deregistration, one confirmation (A8)', async ({ page, problems }) => {
    await page.goto('/premnitz/abmeldung-nebenwohnung');
    const widget = page.locator('vois-abmeldung-nebenwohnung');
    await loginAs(page, 'familie');
    await fillUntilReview(page, widget, 'Premnitz');

    // The server receives and applies the first submit, but no answer arrives — also not for
    // the client's automatic retries — until the network is back.
    const keys: string[] = [];
    let networkBack = false;
    let reachedServer = false;
    await page.route('**/v1/abmeldung-nebenwohnung', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      if (networkBack) return route.continue();
      if (!reachedServer) {
        reachedServer = true;
        await route.fetch();
      }
      await route.abort('connectionreset');
    });
    await widget.getByRole('button', { name: 'Nebenwohnung verbindlich abmelden' }).click();
    await expect(widget.getByRole('button', { name: 'Erneut versuchen' }).first()).toBeVisible({ timeout: 20_000 });
    expect(countAbmeldungen('Köhler')).toBe(1);
    networkBack = true;
    await widget.getByRole('button', { name: 'Erneut versuchen' }).first().click();
    await expect(widget.getByText(/abgemeldet/).first()).toBeVisible();
    expect(new Set(keys).size).toBe(1); // every attempt carried the same idempotency key
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(countAbmeldungen('Köhler')).toBe(1);
    expectClean(problems, [/ERR_CONNECTION_RESET|Failed to load resource/]);
  });

  test('a person without a secondary residence is told so, with the office contact (A1)', async ({ page, problems }) => {
    await page.goto('/strausberg/abmeldung-nebenwohnung');
    await loginAs(page, 'standard');
    const widget = page.locator('vois-abmeldung-nebenwohnung');
    await expect(widget.getByText(/Keine Nebenwohnung/).first()).toBeVisible();
    await expect(widget.getByText(/Bürgerbüro/).first()).toBeVisible();
    await expectAccessible(page, 'A1 refusal');
    expectClean(problems, [/status of 4\d\d/]);
  });
});
