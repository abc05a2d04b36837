/// <reference types="mocha" />
/** `<vois-dienste>` checked with axe-core in every state (all themes for the overview). */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { themeNames } from '../../src/theme/themes.ts';
import { $, captureWarnings, createFakeApi, until } from '../helpers.ts';
import { deepActive, listed, mountDienste, openChild, withDefineTimeout, withServices } from './helpers.ts';
import type { VoisDienste } from '../../src/index.ts';

async function accessibleIn(el: VoisDienste, themes: readonly string[] = ['default', 'strausberg', 'oranienburg']): Promise<void> {
  for (const theme of themes) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el, `theme ${theme}`).to.be.accessible();
  }
}

describe('<vois-dienste> accessibility (axe)', () => {
  it('overview (all themes)', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    await accessibleIn(el, themeNames);
  });

  it('overview at 320 px, with links and a note about a bad link', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      await captureWarnings(async () => {
        const el = await mountDienste(createFakeApi(), { links: '{"meldebescheinigung":"/buergerservice/meldebescheinigung","x":"/y"}' });
        await listed(el);
        await accessibleIn(el, ['default', 'werder-havel']);
      });
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('a service open in place', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    $<HTMLButtonElement>(el, '#open-meldebescheinigung')!.click();
    await until(() => openChild(el) && deepActive()?.id === 'step-heading', 'open');
    await accessibleIn(el);
  });

  it('loading, no services, load problem, element not defined, broken embedding', async () => {
    const fake = createFakeApi({ latencyMs: 5_000 });
    const loading = await mountDienste(fake);
    await until(() => $(loading, '[part~="loading"]'), 'loading');
    await expect(loading).to.be.accessible();
    loading.remove();

    const quick = createFakeApi();
    const none = await mountDienste(quick, {}, undefined, withServices(quick, []));
    await until(() => $(none, '[part~="contact"]'), 'none');
    await accessibleIn(none);
    none.remove();

    const failing = createFakeApi();
    failing.fail('getKommune', 'server-error');
    const problem = await mountDienste(failing);
    await until(() => $(problem, '#problem'), 'problem');
    await accessibleIn(problem);
    problem.remove();

    await withDefineTimeout(400, () => captureWarnings(async () => {
      const missing = await mountDienste(createFakeApi());
      await listed(missing);
      $<HTMLButtonElement>(missing, '#open-uebermittlungssperren')!.click();
      await until(() => $(missing, '#not-loaded'), 'not loaded', 4000);
      await accessibleIn(missing);
      missing.remove();
      const broken = await mountDienste(createFakeApi(), { api: 'nope' });
      await accessibleIn(broken, ['default']);
    }));
  });
});
