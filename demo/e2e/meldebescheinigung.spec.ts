import { test, expect, expectAccessible, expectClean, expectVerified, loginAs, pdfText } from './support.ts';

test.describe('Meldebescheinigung', () => {
  test('a citizen gets an extended certificate as a sealed PDF and verifies it', async ({ page, problems }) => {
    await page.goto('/strausberg/meldebescheinigung');
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
    await expectAccessible(page, 'intro');

    await loginAs(page, 'din-91379');
    await expect(widget.getByText('Art der Meldebescheinigung')).toBeVisible();
    await expectAccessible(page, 'choice');
    await widget.getByLabel('Erweiterte Meldebescheinigung').check();
    await widget.getByLabel('Staatsangehörigkeiten').check();
    await widget.getByRole('button', { name: 'Weiter' }).click();

    await expect(widget.getByRole('heading', { name: 'Angaben prüfen' })).toBeFocused();
    await expectAccessible(page, 'review');
    await widget.getByRole('button', { name: 'Meldebescheinigung erstellen' }).click();

    await expect(widget.getByText('Prüfcode').first()).toBeVisible();
    await expect(widget.getByText('Żółkiewski-Nguyễn').first()).toBeVisible();
    await expectAccessible(page, 'result');

    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'PDF herunterladen' }).click()]);
    const { bytes, text } = await pdfText(download);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text.normalize('NFC')).toContain('Żółkiewski-Nguyễn');
    expect(text).toContain('Meldebescheinigung');

    await expectVerified(page, widget, { bytes, text });

    expectClean(problems);
  });

  test('a person with only a secondary residence here is told where to go (M1)', async ({ page, problems }) => {
    await page.goto('/erkner/meldebescheinigung');
    await loginAs(page, 'nur-nebenwohnung');
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByText(/Hauptwohnung/).first()).toBeVisible();
    await expect(widget.getByText(/Bürgerbüro/).first()).toBeVisible();
    await expect(widget.getByLabel('Erweiterte Meldebescheinigung')).toHaveCount(0);
    await expectAccessible(page, 'M1 refusal');
    expectClean(problems, [/status of 403/]);
  });

  test('an identification mismatch gets the neutral C2 message', async ({ page, problems }) => {
    await page.goto('/werder-havel/meldebescheinigung');
    await loginAs(page, 'namensaenderung');
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByText(/nicht eindeutig zugeordnet/).first()).toBeVisible();
    await expectAccessible(page, 'C2');
    expectClean(problems, [/status of 403/]);
  });

  test('a cancelled login returns to the intro with an explanation', async ({ page, problems }) => {
    await page.goto('/strausberg/meldebescheinigung');
    await loginAs(page, '', { via: 'cancel' });
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByText(/abgebrochen/).first()).toBeVisible();
    await expect(widget.getByRole('button', { name: /Online-Ausweis/ }).first()).toBeVisible();
    expectClean(problems);
  });
});

test.describe('English page (loader, English texts on demand)', () => {
  test('a citizen on the English page gets the certificate in English; German pages never load English', async ({ page, problems }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/strausberg/meldebescheinigung');
    await expect(page.locator('vois-meldebescheinigung').getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
    expect(scripts.filter((s) => /\/en[-.]/.test(s)), 'German page: no English chunk').toEqual([]);

    await page.getByRole('link', { name: 'This service in English' }).click();
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByRole('heading', { name: 'Get your registration certificate online' })).toBeVisible();
    expect(scripts.some((s) => /\/loader\.js$/.test(s)), 'the English page embeds the loader').toBe(true);
    expect(scripts.filter((s) => /\/chunks\/en-/.test(s)).length, 'English chunks fetched on demand').toBeGreaterThan(0);
    // The page preloads the widget's chunks (snippet "B, faster on mobile networks"): each fetched once.
    const chunks = scripts.filter((s) => /\/chunks\/(core|meldebescheinigung)-/.test(s));
    expect(chunks.length, `chunks: ${chunks.join(', ')}`).toBe(2);
    expect(await page.locator('link[rel="modulepreload"]').count()).toBe(2);
    await expectAccessible(page, 'English intro');

    await loginAs(page, 'standard', { lang: 'en' });
    await expect(widget.getByRole('heading', { name: 'Which registration certificate do you need?' })).toBeVisible();
    await widget.getByLabel('Basic registration certificate').check();
    await widget.getByRole('button', { name: 'Continue' }).click();
    await expect(widget.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    await widget.getByRole('button', { name: 'Issue registration certificate' }).click();
    await expect(widget.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    await expectAccessible(page, 'English result');

    // The sealed document itself is the German official document (the register's language).
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download PDF' }).click()]);
    const { text } = await pdfText(download);
    expect(text).toContain('Meldebescheinigung');
    expectClean(problems);
  });
});
