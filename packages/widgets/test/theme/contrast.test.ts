/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor, relativeLuminance } from '../../src/theme/contrast.ts';

describe('contrast.ts (WCAG 2.x)', () => {
  it('parses #rgb, #rrggbb and rgb() forms alike', () => {
    for (const form of ['#0b4c8c', '#0B4C8C', 'rgb(11, 76, 140)', 'rgb(11 76 140)', 'rgba(11,76,140,1)', 'rgb(11 76 140 / 100%)']) {
      expect(parseColor(form), form).to.deep.equal([11, 76, 140]);
    }
    expect(parseColor('#fa0')).to.deep.equal([255, 170, 0]);
    expect(parseColor('rgb(100%, 0%, 50%)')).to.deep.equal([255, 0, 128]);
  });

  it('refuses translucent and unknown colours instead of guessing', () => {
    for (const bad of ['rgba(0,0,0,0.5)', '#00000080', 'red', 'hsl(0 0% 0%)', '#12', '', 'rgb(1,2)']) {
      expect(() => parseColor(bad), bad).to.throw(TypeError);
    }
  });

  it('gives the relative luminance of black, white and a mid grey', () => {
    expect(relativeLuminance('#000')).to.equal(0);
    expect(relativeLuminance('#fff')).to.equal(1);
    expect(relativeLuminance('#808080')).to.be.closeTo(0.2159, 1e-4);
  });

  it('matches known ratios', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#fff')).to.equal(1);
    expect(contrastRatio('#777', '#fff')).to.be.closeTo(4.48, 0.005); // the classic "just fails AA"
    expect(contrastRatio('#767676', '#fff')).to.be.closeTo(4.54, 0.005); // the lightest passing grey
    expect(contrastRatio('#0000ff', '#ffffff')).to.be.closeTo(8.59, 0.005);
    expect(contrastRatio('#ff0000', '#ffffff')).to.be.closeTo(4.0, 0.005);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#fff', '#0b4c8c')).to.equal(contrastRatio('#0b4c8c', '#fff'));
  });
});
