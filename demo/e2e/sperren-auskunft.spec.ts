import { test, expect, expectAccessible, expectClean, expectVerified, loginAs, pdfText } from './support.ts';

test.describe('Übermittlungssperren', () => {
  test('a person married to a church member sets RELIGION_FAMILIE and gets a receipt', async ({ page, problems }) => {
    await page.goto('/strausberg/uebermittlungssperren');
    const widget = page.locator('vois-uebermittlungssperren');
    await loginAs(page, 'religion-familie');
    const block = widget.getByLabel('Übermittlung an die Religionsgesellschaft von Familienangehörigen sperren');
    await expect(block).toBeVisible();
    await expectAccessible(page, 'blocks');

    // No change → no request.
    let puts = 0;
    page.on('request', (r) => r.method() === 'PUT' && puts++);
    await widget.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await expect(widget.getByText('Sie haben nichts geändert').first()).toBeVisible();
    await widget.getByRole('button', { name: 'Zurück zu den Sperren' }).click();

    await block.check();
    await widget.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await expect(widget.getByRole('heading', { name: 'Änderungen prüfen' })).toBeFocused();
    await expect(widget.getByText(/Sperre wird gesetzt/).first()).toBeVisible();
    await widget.getByLabel(/verbindlich im Melderegister/).check();
    await expectAccessible(page, 'review');
    await widget.getByRole('button', { name: 'Änderungen verbindlich speichern' }).click();
    await expect(widget.getByText('Ihre Änderungen sind eingetragen').first()).toBeVisible();
    expect(puts).toBe(1);
    await expectAccessible(page, 'receipt');
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'PDF herunterladen' }).click()]);
    const pdf = await pdfText(download);
    expect(pdf.text).toContain('Krüger');
    await expectVerified(page, widget, pdf);
    expectClean(problems);
  });

  test('a 17-year-old sees the Bundeswehr block as relevant', async ({ page, problems }) => {
    await page.goto('/erkner/uebermittlungssperren');
    await loginAs(page, 'jugendlich-17');
    const widget = page.locator('vois-uebermittlungssperren');
    await expect(widget.getByLabel('Übermittlung an die Bundeswehr sperren')).toBeEnabled();
    expectClean(problems);
  });
});

test.describe('Selbstauskunft', () => {
  test('shows everything stored, in groups, and issues a sealed PDF', async ({ page, problems }) => {
    await page.goto('/strausberg/selbstauskunft');
    const widget = page.locator('vois-selbstauskunft');
    await loginAs(page, 'din-91379');
    await expect(widget.getByText('Gespeicherte Daten').first()).toBeVisible();
    await expect(widget.getByText('Automatisierte Abrufe').first()).toBeVisible();
    await expect(widget.getByText(/Żółkiewski-Nguyễn/).first()).toBeAttached();
    await expectAccessible(page, 'disclosure');
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Als PDF herunterladen' }).click()]);
    const pdf = await pdfText(download);
    expect(pdf.text.normalize('NFC')).toContain('Żółkiewski-Nguyễn');
    expect(pdf.text).toContain('Selbstauskunft');
    await expectVerified(page, widget, pdf);
    expectClean(problems);
  });
});
