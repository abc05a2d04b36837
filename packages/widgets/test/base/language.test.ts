/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { $, createFakeApi, de, en, mount, text, until } from '../helpers.ts';

describe('language', () => {
  it('German by default', async () => {
    const el = await mount(createFakeApi());
    expect(text(el)).to.contain(de.login.button);
    expect($(el, '.vois')!.getAttribute('lang')).to.equal('de');
  });

  it('own lang attribute: English', async () => {
    const el = await mount(createFakeApi(), { lang: 'en' });
    expect(text(el)).to.contain(en.login.button);
    expect(text(el)).to.contain('Step 1 of 4');
    expect($(el, '.vois')!.getAttribute('lang')).to.equal('en');
  });

  it('nearest ancestor with lang', async () => {
    const wrapper = await fixture<HTMLElement>(html`<section lang="de"><div lang="en-GB"><p></p></div></section>`);
    const el = await mount(createFakeApi(), {}, wrapper.querySelector('p')!);
    expect(text(el)).to.contain(en.login.button);
  });

  it('own lang wins over the ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = await mount(createFakeApi(), { lang: 'de' }, wrapper);
    expect(text(el)).to.contain(de.login.button);
  });

  it('through shadow boundaries: the host of the enclosing shadow root counts as an ancestor', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    shadow.append(inner);
    const el = await mount(createFakeApi(), {}, inner);
    expect(text(el)).to.contain(en.login.button);
  });

  it('follows the document language, also when it changes', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    try {
      const el = await mount(createFakeApi());
      expect(text(el)).to.contain(en.login.button);
      document.documentElement.setAttribute('lang', 'de-DE');
      await until(() => text(el).includes(de.login.button), 'switched to German');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('an unsupported ancestor language falls back to German', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const el = await mount(createFakeApi(), {}, wrapper);
    expect(text(el)).to.contain(de.login.button);
  });
});
