/// <reference types="mocha" />
/**
 * The theming contract in a real browser: a component adopts `themeStyles[theme]` before its
 * own styles, and the page that embeds it can still override any token on the element.
 * This relies on CSS Cascade 5 "context": for normal declarations, rules of the outer tree
 * (the CMS page) win over the shadow tree's `:host` rules, whatever their specificity.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, adoptStyles, css } from 'lit';
import { type ThemeName, themeStyles, tokenTable } from '../../src/theme/themes.ts';

class ThemeProbe extends LitElement {
  static override properties = { theme: {} };
  declare theme: ThemeName | undefined;
  static override styles = css`
    :host { display: block; }
    p {
      color: var(--vois-probe-label-color, var(--vois-color-action, #0b4c8c));
      font-family: var(--vois-font-family, inherit);
      padding: var(--vois-space-2, 0.5em);
    }
  `;
  // Theme first, component styles after, swapped whenever the theme changes.
  protected override willUpdate() {
    const own = (this.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, this.theme ? [themeStyles[this.theme], ...own] : own);
  }
  override render() {
    return html`<p>Probe</p>`;
  }
}
customElements.define('vois-theme-probe', ThemeProbe);

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const textColor = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

let pageStyle: HTMLStyleElement | undefined;
const pageCss = (text: string) => {
  pageStyle = document.createElement('style');
  pageStyle.textContent = text;
  document.head.append(pageStyle);
};
afterEach(() => pageStyle?.remove());

const strausberg = tokenTable.strausberg['--vois-color-action'];

describe('theme cascade (Chromium)', () => {
  it('a preset sets every token on the host', async () => {
    const el = await fixture<ThemeProbe>(html`<vois-theme-probe theme="strausberg"></vois-theme-probe>`);
    expect(token(el, '--vois-color-action')).to.equal(strausberg);
    expect(token(el, '--vois-space-6')).to.equal('2em');
    expect(textColor(el)).to.equal(rgb(strausberg));
  });

  it('without any token the literal fallback applies', async () => {
    const el = await fixture<ThemeProbe>(html`<vois-theme-probe></vois-theme-probe>`);
    expect(token(el, '--vois-color-action')).to.equal('');
    expect(textColor(el)).to.equal(rgb('#0b4c8c'));
    expect(tokenTable.default['--vois-color-action'], 'literal fallback = default theme').to.equal('#0b4c8c');
  });

  for (const selector of ['vois-theme-probe', ':where(vois-theme-probe)', '.cms-theme']) {
    it(`the page's rule "${selector}" beats the preset's :host rule`, async () => {
      pageCss(`${selector} { --vois-color-action: rgb(1, 2, 3); }`);
      const el = await fixture<ThemeProbe>(html`<vois-theme-probe class="cms-theme" theme="strausberg"></vois-theme-probe>`);
      expect(textColor(el)).to.equal('rgb(1, 2, 3)');
      expect(token(el, '--vois-color-background'), 'other tokens keep the preset').to.equal(tokenTable.strausberg['--vois-color-background']);
    });
  }

  it('a CSSOM inline value on the element beats the preset too', async () => {
    const el = await fixture<ThemeProbe>(html`<vois-theme-probe theme="erkner"></vois-theme-probe>`);
    el.style.setProperty('--vois-color-action', 'rgb(4, 5, 6)');
    expect(textColor(el)).to.equal('rgb(4, 5, 6)');
  });

  it('a component token from the page beats the global token (fallback chain)', async () => {
    pageCss('vois-theme-probe { --vois-probe-label-color: rgb(7, 8, 9); }');
    const el = await fixture<ThemeProbe>(html`<vois-theme-probe theme="premnitz"></vois-theme-probe>`);
    expect(textColor(el)).to.equal('rgb(7, 8, 9)');
  });

  it('tokens set on an ancestor reach an unthemed widget but not a preset (documented limit)', async () => {
    pageCss('.cms-column { --vois-color-action: rgb(10, 11, 12); }');
    const wrapper = await fixture(html`<div class="cms-column">
      <vois-theme-probe></vois-theme-probe><vois-theme-probe theme="oranienburg"></vois-theme-probe>
    </div>`);
    const [plain, themed] = wrapper.querySelectorAll('vois-theme-probe');
    await (themed as ThemeProbe).updateComplete;
    expect(textColor(plain!)).to.equal('rgb(10, 11, 12)');
    expect(textColor(themed!)).to.equal(rgb(tokenTable.oranienburg['--vois-color-action']));
  });

  it('--vois-font-family: inherit passes the page font (or a page-set token) through', async () => {
    pageCss('.cms-font { font-family: Georgia, serif; } .cms-token { --vois-font-family: "Courier New", monospace; }');
    const wrapper = await fixture(html`<div class="cms-font">
      <vois-theme-probe theme="wittenberge"></vois-theme-probe>
      <div class="cms-token"><vois-theme-probe theme="wittenberge"></vois-theme-probe></div>
    </div>`);
    const [plain, tokened] = wrapper.querySelectorAll('vois-theme-probe');
    await (tokened as ThemeProbe).updateComplete;
    const font = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('p')!).fontFamily;
    expect(font(plain!)).to.equal('Georgia, serif');
    expect(font(tokened!)).to.equal('"Courier New", monospace');
  });

  it('switching the theme swaps the values', async () => {
    const el = await fixture<ThemeProbe>(html`<vois-theme-probe theme="strausberg"></vois-theme-probe>`);
    el.theme = 'werder-havel';
    await el.updateComplete;
    expect(textColor(el)).to.equal(rgb(tokenTable['werder-havel']['--vois-color-action']));
    expect(el.shadowRoot!.adoptedStyleSheets[0]).to.equal(themeStyles['werder-havel'].styleSheet);
  });
});
