/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, activeInShadow, atChoice, atResult, createFakeApi, loginAndReturn, mount, part, root, until } from '../helpers.ts';
import type { VoisMeldebescheinigung } from '../../src/index.ts';

/** Boxes inside the widget whose content sticks out of them (or out of the widget). */
function overflowing(el: VoisMeldebescheinigung): string[] {
  const box = el.getBoundingClientRect();
  return $$(el, '*')
    .filter((n) => !n.classList.contains('vh') && !n.closest('.vh'))
    .filter((n) => {
      const r = n.getBoundingClientRect();
      const spills = n.clientWidth > 0 && n.scrollWidth > n.clientWidth + 1;
      return r.width > 1 && (spills || r.right > box.right + 0.5 || r.left < box.left - 0.5);
    })
    .map((n) => `${n.tagName.toLowerCase()}.${[...n.classList].join('.')} (${n.scrollWidth} > ${n.clientWidth})`);
}

describe('robustness in hostile pages', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('reflows in a 320 px viewport without horizontal overflow (intro, result, refusal)', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await fixture<HTMLElement>(html`<div style="padding: 0 8px"></div>`);
    const fake = createFakeApi({ persona: 'long-name' });
    const intro = await mount(fake, {}, page);
    expect(overflowing(intro)).to.deep.equal([]);
    intro.remove();
    const el = await atResult(fake);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(overflowing(el)).to.deep.equal([]);
    // Narrow container: the progress shows markers, the labels are visually hidden but present.
    expect(root(el).querySelector('[aria-current="step"]')!.textContent).to.contain('Bescheinigung erhalten');
    el.remove();
    // A refusal with the contact card (long e-mail address).
    const refusal = await loginAndReturn(createFakeApi({ persona: 'secondary-only' }));
    await until(() => $(refusal, '#refusal [part~="contact"]'), 'refusal');
    expect(overflowing(refusal)).to.deep.equal([]);
  });

  it('resets inherited styles of a hostile page and keeps focus indicators', async () => {
    const style = document.createElement('style');
    style.textContent = `* { text-transform: uppercase !important; letter-spacing: 0.3em; line-height: 3; outline: none !important; word-spacing: 1em; }`;
    document.head.append(style);
    try {
      const el = await atChoice(createFakeApi());
      const legend = root(el).querySelector('legend')!;
      const cs = getComputedStyle(legend);
      expect(cs.textTransform).to.equal('none');
      expect(cs.letterSpacing).to.equal('normal');
      expect(cs.wordSpacing).to.equal('0px');
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.below(1.6);
      // Keyboard focus on a radio draws the theme's focus ring despite the page's outline: none.
      await sendKeys({ press: 'Tab' });
      const focused = activeInShadow(el)!;
      expect(focused.matches(':focus-visible')).to.equal(true);
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    } finally {
      style.remove();
    }
  });

  it('sizes follow the page text size, not the root size (html { font-size: 62.5% })', async () => {
    const before = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '62.5%';
    try {
      const page = await fixture<HTMLElement>(html`<div style="font-size: 20px"></div>`);
      const el = await mount(createFakeApi(), {}, page);
      const button = part(el, 'login')!;
      expect(parseFloat(getComputedStyle(button).fontSize)).to.equal(20);
      expect(parseFloat(getComputedStyle(button).minHeight)).to.equal(55); // 2.75em
    } finally {
      document.documentElement.style.fontSize = before;
    }
  });

  it('strict CSP: no style attributes, no <style> elements, styles adopted', async () => {
    const el = await atResult(createFakeApi());
    expect($$(el, '[style]')).to.have.length(0);
    expect($$(el, 'style')).to.have.length(0);
    expect(root(el).adoptedStyleSheets.length).to.be.greaterThan(1);
  });

  it('the theme attribute swaps the adopted token sheet', async () => {
    const el = await mount(createFakeApi(), { theme: 'default' });
    const action = () => getComputedStyle(part(el, 'login')!).backgroundColor;
    const first = action();
    el.setAttribute('theme', 'oranienburg');
    await el.updateComplete;
    expect(action()).not.to.equal(first);
    el.setAttribute('theme', 'default');
    await el.updateComplete;
    expect(action()).to.equal(first);
  });

  it('a page can still override a token on the element', async () => {
    const style = document.createElement('style');
    style.textContent = `vois-meldebescheinigung.custom { --vois-color-action: rgb(1, 2, 3); }`;
    document.head.append(style);
    try {
      const el = await mount(createFakeApi(), { class: 'custom', theme: 'strausberg' });
      expect(getComputedStyle(part(el, 'login')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('personal data never goes to storage', async () => {
    sessionStorage.clear();
    localStorage.clear();
    await atResult(createFakeApi());
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    expect(stored).not.to.match(/Schneider|Jana|1988|Große Straße/);
  });
});
