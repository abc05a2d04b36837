/// <reference types="mocha" />
/**
 * Every state of the widget checked with axe-core (WCAG 2.x A/AA rules incl. colour contrast)
 * in the default theme and two town themes (all seven for the intro and the result).
 */
import { expect } from '@open-wc/testing';
import { themeNames } from '../../src/theme/themes.ts';
import {
  $,
  atChoice,
  atResult,
  atReview,
  captureNavigation,
  captureWarnings,
  choose,
  createFakeApi,
  de,
  loginAndReturn,
  mount,
  part,
  text,
  until,
  waitForHeading,
} from '../helpers.ts';
import type { VoisMeldebescheinigung } from '../../src/index.ts';

const THEMES = ['default', 'strausberg', 'oranienburg'] as const;

async function accessibleIn(el: VoisMeldebescheinigung, themes: readonly string[] = THEMES): Promise<void> {
  for (const theme of themes) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el, `theme ${theme}`).to.be.accessible();
  }
}

describe('<vois-meldebescheinigung> accessibility (axe) in every state', () => {
  it('intro (all themes)', async () => {
    const el = await mount(createFakeApi());
    await until(() => text(el).includes('Strausberg'), 'municipality');
    await accessibleIn(el, themeNames);
  });

  it('loading after login (aria-busy)', async () => {
    const fake = createFakeApi();
    fake.fail('getMe', 'hang');
    const first = document.createElement('vois-meldebescheinigung');
    Object.assign(first, { fetch: fake.fetch, clientTuning: { retries: 0, timeoutMs: 60_000 } });
    first.setAttribute('api', fake.baseUrl);
    first.setAttribute('kommune', fake.kommune);
    const parent = (await mount(fake)).parentElement!; // a fixture container
    parent.append(first);
    await first.updateComplete;
    const url = await captureNavigation(first, () => part(first, 'login')!.click());
    history.replaceState(null, '', fake.authorize(url));
    first.remove();
    const el = await mount(fake, {}, parent);
    await until(() => $(el, '[part~="loading"]') && fake.calls('getMe').length, 'loading');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    await accessibleIn(el);
  });

  it('choice (basic and extended, with disabled items)', async () => {
    const el = await atChoice(createFakeApi());
    await accessibleIn(el);
    await choose(el, 'ERWEITERT');
    await accessibleIn(el);
  });

  it('choice with the error summary', async () => {
    const el = await atChoice(createFakeApi());
    await choose(el, 'ERWEITERT');
    part(el, 'continue')!.click();
    await until(() => $(el, '#error-summary'), 'summary');
    await accessibleIn(el);
  });

  it('review and submitting', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake);
    await accessibleIn(el);
    fake.fail('createMeldebescheinigung', 'hang');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('result (all themes)', async () => {
    const el = await atResult(createFakeApi());
    await accessibleIn(el, themeNames);
  });

  it('result for a DIN 91379 name with two residences, and for a long name with a partial birth date', async () => {
    const din = await atResult(createFakeApi({ persona: 'din91379' }));
    expect(text(din)).to.contain('Żółkiewski-Nguyễn');
    expect(text(din)).to.contain('Nebenwohnung');
    expect(text(din)).to.contain('gemeldet bei Erkner');
    await accessibleIn(din, ['default']);
    din.remove();
    const long = await atResult(createFakeApi({ persona: 'long-name' }));
    expect(text(long)).to.contain('Dr. rer. nat.');
    expect($(long, '.in-use')!.textContent).to.equal('Auguste');
    expect($(long, '[part~="certificate"]')!.textContent).to.match(/Geburtsdatum\s*1950\b/);
    await accessibleIn(long, ['default']);
  });

  it('problem with retry', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake);
    fake.fail('createMeldebescheinigung', 'network');
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    await accessibleIn(el);
  });

  it('refusal with contact (M1)', async () => {
    const el = await loginAndReturn(createFakeApi({ persona: 'secondary-only' }));
    await until(() => $(el, '#refusal [part~="contact"]'), 'refusal');
    await accessibleIn(el);
  });

  it('login problem (C2) on the intro', async () => {
    const el = await loginAndReturn(createFakeApi({ persona: 'name-changed' }));
    await until(() => $(el, '#problem [part~="contact"]'), 'problem');
    await accessibleIn(el);
  });

  it('session warning and session ended', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 60_000 });
    const el = await atChoice(fake);
    await until(() => $(el, '[role="alertdialog"]'), 'warning');
    await accessibleIn(el);
    fake.expireSessions();
    await choose(el, 'EINFACH');
    part(el, 'continue')!.click();
    await waitForHeading(el, de.meldebescheinigung.review.heading);
    part(el, 'submit')!.click();
    await until(() => $(el, '#session-ended'), 'ended');
    await accessibleIn(el);
  });

  it('configuration message (blocking and note)', async () => {
    await captureWarnings(async () => {
      const blocking = await mount(createFakeApi(), { kommune: 'x' });
      await accessibleIn(blocking);
      const note = await mount(createFakeApi(), { 'heading-level': '0' });
      await expect(note).to.be.accessible();
    });
  });

  it('English result', async () => {
    const el = await atResult(createFakeApi(), { lang: 'en' });
    expect(text(el)).to.contain('Your registration certificate is ready');
    await accessibleIn(el);
  });
});
