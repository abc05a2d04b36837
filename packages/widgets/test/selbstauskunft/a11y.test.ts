/// <reference types="mocha" />
/**
 * Every state of `<vois-selbstauskunft>` checked with axe-core (WCAG 2.x A/AA incl. contrast)
 * in the default theme and two town themes (all seven for the intro and the open disclosure).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { themeNames } from '../../src/theme/themes.ts';
import { $, captureWarnings, createFakeApi, part, text, until } from '../helpers.ts';
import { atAuskunft, loginSa, mountSa, navigation } from './helpers.ts';
import type { VoisSelbstauskunft } from '../../src/index.ts';

const THEMES = ['default', 'strausberg', 'oranienburg'] as const;

async function accessibleIn(el: VoisSelbstauskunft, themes: readonly string[] = THEMES): Promise<void> {
  for (const theme of themes) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el, `theme ${theme}`).to.be.accessible();
  }
}

async function openAll(el: VoisSelbstauskunft): Promise<void> {
  part(el, 'toggle-all')!.click();
  await el.updateComplete;
}

describe('<vois-selbstauskunft> accessibility (axe) in every state', () => {
  it('intro (all themes)', async () => {
    const el = await mountSa(createFakeApi());
    await until(() => text(el).includes('Strausberg'), 'municipality');
    await accessibleIn(el, themeNames);
  });

  it('loading after login (aria-busy)', async () => {
    const fake = createFakeApi();
    fake.fail('getSelbstauskunft', 'hang');
    const first = await mountSa(fake);
    const url = await navigation(first, () => part(first, 'login')!.click());
    history.replaceState(null, '', fake.authorize(url));
    const parent = first.parentElement!;
    first.remove();
    const el = document.createElement('vois-selbstauskunft');
    Object.assign(el, { fetch: fake.fetch, clientTuning: { retries: 0, timeoutMs: 60_000 } });
    el.setAttribute('api', fake.baseUrl);
    el.setAttribute('kommune', fake.kommune);
    parent.append(el);
    await until(() => $(el, '[part~="loading"]'), 'loading');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    await accessibleIn(el);
  });

  it('disclosure, groups closed and all open (all themes)', async () => {
    const el = await atAuskunft(createFakeApi());
    await until(() => $(el, '[part~="rights"] [part~="contact"]'), 'contact');
    await accessibleIn(el);
    await openAll(el);
    await accessibleIn(el, themeNames);
  });

  it('S4 note, many retrievals expanded, PDF facts', async () => {
    const spouse = await atAuskunft(createFakeApi({ persona: 'spouse-blocked' }));
    await openAll(spouse);
    await accessibleIn(spouse);
    spouse.remove();
    const many = await atAuskunft(createFakeApi({ persona: 'many-retrievals' }));
    part(many, 'more-retrievals')!.click();
    many.saveFile = () => undefined;
    part(many, 'download')!.click();
    await until(() => $(many, '[part~="document-facts"]'), 'facts');
    await accessibleIn(many);
  });

  it('DIN 91379, long and single names with all groups open', async () => {
    for (const persona of ['din91379', 'long-name', 'single-name'] as const) {
      const el = await atAuskunft(createFakeApi({ persona }));
      await openAll(el);
      await accessibleIn(el, ['default']);
      el.remove();
    }
  });

  it('at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await atAuskunft(createFakeApi({ persona: 'long-name' }));
      await openAll(el);
      await accessibleIn(el, ['default', 'premnitz']);
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('problem with retry while downloading', async () => {
    const fake = createFakeApi();
    const el = await atAuskunft(fake);
    fake.fail('createSelbstauskunftDocument', 'network');
    part(el, 'download')!.click();
    await until(() => $(el, '#problem'), 'problem');
    await accessibleIn(el);
  });

  it('refusal with contact (C4)', async () => {
    const el = await loginSa(createFakeApi({ persona: 'clerk' }));
    await until(() => $(el, '#refusal [part~="contact"]'), 'refusal');
    await accessibleIn(el);
  });

  it('session warning and session ended', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 60_000 });
    const el = await atAuskunft(fake);
    await until(() => $(el, '[role="alertdialog"]'), 'warning');
    await accessibleIn(el);
    fake.fail('createSelbstauskunftDocument', 'session-expired');
    part(el, 'download')!.click();
    await until(() => $(el, '#session-ended'), 'ended');
    await accessibleIn(el);
  });

  it('configuration message', async () => {
    await captureWarnings(async () => {
      const el = await mountSa(createFakeApi(), { api: 'ftp://x' });
      await accessibleIn(el, ['default']);
    });
  });

  it('English, all open', async () => {
    const el = await atAuskunft(createFakeApi(), { lang: 'en' });
    await openAll(el);
    await accessibleIn(el, ['default', 'wittenberge']);
  });
});
