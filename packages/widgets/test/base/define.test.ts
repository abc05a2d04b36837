/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers.ts';
import { defineElement, VoisMeldebescheinigung, reservedSpaceCss, tagNames } from '../../src/index.ts';

describe('registration', () => {
  it('a second registration of the same tag warns and does not throw', async () => {
    let result: boolean | undefined;
    const warnings = await captureWarnings(() => {
      result = defineElement('vois-meldebescheinigung', VoisMeldebescheinigung);
    });
    expect(result).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('vois-meldebescheinigung');
    expect(customElements.get('vois-meldebescheinigung')).to.equal(VoisMeldebescheinigung);
  });

  it('another class under a taken tag (a second copy of the bundle) warns too', async () => {
    class Copy extends VoisMeldebescheinigung {}
    const warnings = await captureWarnings(() => defineElement('vois-meldebescheinigung', Copy));
    expect(warnings).to.have.length(1);
  });

  it('importing the define module again is harmless', async () => {
    const warnings = await captureWarnings(async () => {
      await import('../../src/define/meldebescheinigung.ts');
      await import('../../src/all.ts');
    });
    expect(warnings).to.have.length(0); // modules run once
  });

  it('an invalid tag warns instead of throwing', async () => {
    const warnings = await captureWarnings(() => defineElement('NoDash', class extends HTMLElement {}));
    expect(warnings).to.have.length(1);
  });

  it('defines a new tag and returns true', () => {
    expect(defineElement('vois-test-probe', class extends HTMLElement {})).to.equal(true);
  });

  it('exports the reserved-space snippet for every tag', () => {
    for (const tag of tagNames) expect(reservedSpaceCss).to.contain(`${tag}:not(:defined)`);
    expect(reservedSpaceCss).to.contain('min-block-size');
    expect(reservedSpaceCss).not.to.contain('rem');
  });

  it('the reserved space applies to an element that is not defined yet', async () => {
    const style = document.createElement('style');
    style.textContent = reservedSpaceCss.replaceAll('vois-meldebescheinigung', 'vois-not-yet');
    document.head.append(style);
    const el = document.createElement('vois-not-yet');
    document.body.append(el);
    try {
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      el.remove();
      style.remove();
    }
  });
});
