/// <reference types="mocha" />
/**
 * Every state of the widget checked with axe-core (WCAG 2.x A/AA incl. colour contrast) in the
 * default theme and two town themes (all seven for intro, blocks and receipt), plus reflow at 320 px.
 */
import { expect } from '@open-wc/testing';
import { themeNames } from '../../src/theme/themes.ts';
import {
  $,
  atBlocks,
  atResultSp,
  atReviewSp,
  captureNav,
  confirmAndSubmit,
  createFakeApi,
  loginSp,
  mountSp,
  part,
  root,
  text,
  toggle,
  until,
  waitForHeading,
  s,
} from './helpers.ts';
import type { VoisUebermittlungssperren } from '../../src/index.ts';

const THEMES = ['default', 'strausberg', 'oranienburg'] as const;

async function accessibleIn(el: VoisUebermittlungssperren, themes: readonly string[] = THEMES): Promise<void> {
  for (const theme of themes) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el, `theme ${theme}`).to.be.accessible();
  }
}

/** Nothing in the widget is wider than its 320 px column (WCAG 1.4.10 reflow). */
function expectNoOverflow(el: VoisUebermittlungssperren): void {
  const frame = root(el).querySelector<HTMLElement>('.vois')!;
  expect(frame.getBoundingClientRect().width).to.be.at.most(320);
  const wide = [...root(el).querySelectorAll<HTMLElement>('*')].filter((n) => n.getBoundingClientRect().right > frame.getBoundingClientRect().right + 1);
  expect(wide.map((n) => `${n.tagName}.${n.className}`)).to.deep.equal([]);
}

describe('<vois-uebermittlungssperren> accessibility (axe) in every state', () => {
  it('intro (all themes)', async () => {
    const el = await mountSp(createFakeApi());
    await until(() => text(el).includes('Strausberg'), 'municipality');
    await accessibleIn(el, themeNames);
  });

  it('loading after login (aria-busy)', async () => {
    const fake = createFakeApi();
    fake.fail('getSperren', 'hang');
    const first = await mountSp(fake);
    first.clientTuning = { retries: 0, timeoutMs: 60_000 };
    const url = await captureNav(first, () => part(first, 'login')!.click());
    history.replaceState(null, '', fake.authorize(url));
    const parent = first.parentElement!;
    first.remove();
    const el = await mountSp(fake, {}, parent);
    await until(() => $(el, '[part~="loading"]') && fake.calls('getSperren').length, 'loading');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part~="loading"]')!.textContent).to.contain(s.loadingData);
    await accessibleIn(el, ['default']);
  });

  it('blocks with changes noted (all themes)', async () => {
    const el = await atBlocks(createFakeApi());
    await toggle(el, 'ADRESSBUCH');
    await toggle(el, 'JUBILAEEN');
    await accessibleIn(el, themeNames);
  });

  it('blocks: 17-year-old, non-German, Auskunftssperre, locked by a security authority', async () => {
    for (const persona of ['teen-17', 'single-name', 'info-block', 'security-block'] as const) {
      const el = await atBlocks(createFakeApi({ persona }));
      await accessibleIn(el, ['default']);
      el.remove();
    }
  });

  it('"nothing changed" and "register changed meanwhile" notices', async () => {
    const fake = createFakeApi({ persona: 'info-block' });
    const el = await atBlocks(fake);
    part(el, 'continue')!.click();
    await until(() => $(el, '#no-change'), 'no change');
    await accessibleIn(el);
    await toggle(el, 'ADRESSBUCH');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    fake.setBlocks('info-block', { ADRESSBUCH: 'SICHERHEITSBEHOERDE' });
    await confirmAndSubmit(el);
    await until(() => $(el, '#sperren-notice'), 'stale');
    await accessibleIn(el);
  });

  it('review, review with the error summary, saving', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake);
    await accessibleIn(el);
    part(el, 'submit')!.click();
    await until(() => $(el, '#error-summary'), 'summary');
    await accessibleIn(el);
    fake.fail('changeSperren', 'hang');
    await confirmAndSubmit(el);
    await el.updateComplete;
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('receipt (all themes)', async () => {
    const el = await atResultSp(createFakeApi());
    await accessibleIn(el, themeNames);
  });

  it('problem with retry', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake);
    fake.fail('changeSperren', 'network');
    await confirmAndSubmit(el);
    await until(() => $(el, '#problem'), 'problem');
    await accessibleIn(el);
  });

  it('refusal with contact (C3)', async () => {
    const el = await loginSp(createFakeApi({ persona: 'deceased' }));
    await until(() => $(el, '#refusal [part~="contact"]'), 'refusal');
    await accessibleIn(el);
  });

  it('session warning and session ended', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 60_000 });
    const el = await atBlocks(fake);
    await toggle(el, 'ADRESSBUCH');
    await until(() => $(el, '[role="alertdialog"]'), 'warning');
    await accessibleIn(el);
    fake.expireSessions();
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    await confirmAndSubmit(el);
    await until(() => $(el, '#session-ended'), 'ended');
    await accessibleIn(el);
  });

  it('English blocks, review and receipt', async () => {
    const fake = createFakeApi({ persona: 'church-spouse' });
    const el = await atBlocks(fake, { lang: 'en' });
    expect(text(el)).to.contain('Block transfer to the religious community of family members');
    await accessibleIn(el, ['default']);
    await toggle(el, 'RELIGION_FAMILIE');
    part(el, 'continue')!.click();
    await waitForHeading(el, 'Check your changes');
    await accessibleIn(el, ['default']);
    await confirmAndSubmit(el);
    await waitForHeading(el, 'Your changes are recorded');
    expect(text(el)).to.contain('block set');
    await accessibleIn(el, ['default']);
  });

  it('reflows in a 320 px column: blocks, review and receipt', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    try {
      const fake = createFakeApi({ persona: 'long-name' });
      const first = await mountSp(fake, {}, wrapper);
      const el = await loginSp(fake, {}, {}, first);
      await waitForHeading(el, s.choose.heading);
      expectNoOverflow(el);
      await toggle(el, 'ADRESSBUCH');
      part(el, 'continue')!.click();
      await waitForHeading(el, s.review.heading);
      expectNoOverflow(el);
      await confirmAndSubmit(el);
      await waitForHeading(el, s.result.heading);
      expectNoOverflow(el);
    } finally {
      wrapper.remove();
    }
  });
});
