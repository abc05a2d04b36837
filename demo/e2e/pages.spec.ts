import { towns, services } from '../src/towns.ts';
import { test, expect, expectAccessible, expectClean } from './support.ts';

test.describe('Demo sites', () => {
  test('the landing page lists the towns and the personas', async ({ page, problems }) => {
    await page.goto('/');
    for (const town of towns) await expect(page.getByRole('link', { name: new RegExp(town.name.replace(/[()]/g, '\\$&')) }).first()).toBeVisible();
    await expect(page.getByRole('row', { name: /Łukasz Żółkiewski-Nguyễn/ })).toBeVisible();
    await expectAccessible(page, 'landing');
    expectClean(problems);
  });

  for (const town of towns) {
    test(`${town.name}: every service page embeds its widget in the town theme`, async ({ page, problems }) => {
      for (const service of services) {
        await page.goto(`/${town.slug}/${service.path}`);
        const widget = page.locator(service.tag);
        await expect(widget).toHaveAttribute('theme', town.theme);
        // Upgraded (defined) and rendered something a citizen can act on.
        await expect.poll(() => widget.evaluate((el) => !!customElements.get(el.localName) && !!el.shadowRoot)).toBe(true);
        await expect(widget.getByRole('button').first()).toBeVisible();
      }
      await page.goto(`/${town.slug}/meldebescheinigung`);
      await expectAccessible(page, `${town.slug} service page`);
      await page.screenshot({ path: test.info().outputPath(`${town.slug}.png`), fullPage: true });
      expectClean(problems);
    });
  }

  test('at 320 px nothing scrolls sideways', async ({ page, problems }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/', '/strausberg/', '/strausberg/meldebescheinigung', '/werder-havel/abmeldung-nebenwohnung', '/stoerfall/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
    await page.goto('/strausberg/meldebescheinigung');
    await page.screenshot({ path: test.info().outputPath('strausberg-320.png'), fullPage: true });
    expectClean(problems);
  });
});

test.describe('Hostile CMS page', () => {
  test('widgets look and work the same: root font-size, global CSS, strict CSP, bundle twice', async ({ page, problems }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/stoerfall/');
    const widget = page.locator('vois-meldebescheinigung');
    await expect(widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' })).toBeVisible();
    // The second copy of the bundle warns instead of throwing.
    await expect.poll(() => warnings.some((w) => /already|bereits/i.test(w))).toBe(true);
    // Text inside the widget is not uppercased or letter-spaced, and sized from the page's body
    // text (em), not from the 62.5 % root (rem would make it 10 px).
    const style = await widget.evaluate((el) => {
      const p = el.shadowRoot!.querySelector('p, li')!;
      const s = getComputedStyle(p);
      return { transform: s.textTransform, spacing: s.letterSpacing, size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    expect(style.transform).toBe('none');
    expect(style.spacing === 'normal' || style.spacing === '0px').toBe(true);
    expect(style.size).toBeGreaterThanOrEqual(13);
    expect(style.line).toBeLessThan(2);
    // Focus stays visible although the page sets outline:none everywhere.
    await page.keyboard.press('Tab');
    await widget.getByRole('button', { name: 'Mit Online-Ausweis anmelden' }).focus();
    const outline = await widget.evaluate((el) => {
      const active = el.shadowRoot!.activeElement!;
      const s = getComputedStyle(active);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'visible' : `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`;
    });
    expect(outline).toBe('visible');
    await page.screenshot({ path: test.info().outputPath('stoerfall.png'), fullPage: true });
    expectClean(problems);
  });
});
