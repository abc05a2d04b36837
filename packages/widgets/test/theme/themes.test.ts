/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { checkContrast } from '../../src/theme/contrast-rules.ts';
import { buildThemes, type TokenDocument } from '../../src/theme/dtcg.ts';
import { isThemeName, themeLabels, themeNames, themeStyles, tokenMeta, tokenTable } from '../../src/theme/themes.ts';

// Fixed by /work/briefs/shared-api.md ("Design tokens (widgets)"); a rename is a breaking change.
const agreedTokens = [
  '--vois-font-family',
  ...['text', 'text-muted', 'background', 'surface', 'border', 'action', 'action-hover', 'on-action', 'focus', 'danger', 'success', 'warning', 'info'].map((c) => `--vois-color-${c}`),
  '--vois-radius',
  '--vois-focus-width',
  ...[1, 2, 3, 4, 5, 6].map((n) => `--vois-space-${n}`),
];
const agreedThemes = ['default', 'strausberg', 'oranienburg', 'premnitz', 'werder-havel', 'erkner', 'wittenberge'];

const loadSources = async (names: readonly string[]) => {
  const sources: Record<string, TokenDocument> = {};
  for (const name of names) {
    const response = await fetch(new URL(`../../src/theme/tokens/${name}.tokens.json`, import.meta.url));
    expect(response.ok, `${name}.tokens.json`).to.be.true;
    sources[name] = await response.json();
  }
  return sources;
};

describe('themes', () => {
  it('offers exactly the agreed themes, default first, each with a label', () => {
    expect([...themeNames].sort()).to.deep.equal([...agreedThemes].sort());
    expect(themeNames[0]).to.equal('default');
    expect(themeLabels['werder-havel']).to.equal('Werder (Havel)');
    for (const name of themeNames) expect(themeLabels[name]).to.be.a('string').and.not.be.empty;
    expect(isThemeName('erkner')).to.be.true;
    expect(isThemeName('Erkner')).to.be.false;
    expect(isThemeName(undefined)).to.be.false;
  });

  it('defines every agreed token, with meaning, in every theme (presets are complete)', () => {
    expect(Object.keys(tokenMeta)).to.have.members(agreedTokens);
    for (const name of themeNames) expect(Object.keys(tokenTable[name]), name).to.have.members(agreedTokens);
    for (const token of agreedTokens) expect(tokenMeta[token as keyof typeof tokenMeta].description, token).not.to.be.empty;
  });

  it('sizes in em, never rem or px; the font is inherited by default', () => {
    for (const name of themeNames) {
      for (const [token, value] of Object.entries(tokenTable[name])) {
        if (/^--vois-(space-|radius|focus-width)/.test(token)) expect(value, `${name} ${token}`).to.match(/^(0|\d*\.?\d+em)$/);
      }
    }
    expect(tokenTable.default['--vois-font-family']).to.equal('inherit');
  });

  it('gives each preset its own action colour, and says in its source that it is not official', async () => {
    const sources = await loadSources(themeNames);
    const actions = new Set(themeNames.map((n) => tokenTable[n]['--vois-color-action']));
    expect(actions.size).to.equal(themeNames.length);
    for (const name of themeNames.filter((n) => n !== 'default')) {
      expect(sources[name]!.$description, name).to.match(/ILLUSTRATIVE/).and.match(/NOT the official corporate design/);
    }
  });

  it('renders each theme as one :host block holding every token', () => {
    for (const name of themeNames) {
      const text = themeStyles[name].cssText;
      expect(text.trim(), name).to.match(/^:host \{[^{}]+\}$/);
      expect(text).not.to.include('!important');
      for (const [token, value] of Object.entries(tokenTable[name])) expect(text).to.include(`${token}: ${value};`);
      // The browser accepts it as it is: every declaration survives parsing.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      expect((sheet.cssRules[0] as CSSStyleRule).style.length, name).to.equal(agreedTokens.length);
    }
  });

  it('themes.generated.ts is up to date with the token sources', async () => {
    // Semantic twin of `pnpm exec tsx scripts/build-themes.ts --check` (the exact-text check).
    const built = buildThemes(await loadSources(themeNames));
    expect({ themeNames: [...themeNames], themeLabels, tokenMeta, tokenTable }).to.deep.equal({ ...built, themeNames: [...built.themeNames] }, 'run `pnpm exec tsx scripts/build-themes.ts` in packages/widgets');
  });
});

describe('WCAG contrast of every theme', () => {
  for (const name of themeNames) {
    describe(name, () => {
      for (const result of checkContrast(tokenTable[name])) {
        it(`${result.fg} on ${result.bg} ≥ ${result.min}:1 (${result.use})`, () => {
          expect(result.ratio, `${result.ratio.toFixed(2)}:1`).to.be.at.least(result.min);
        });
      }
    });
  }
});

describe('buildThemes validation', () => {
  const base = {
    $extensions: { 'online.vois': { label: 'Standard' } },
    color: { $type: 'color', action: { $value: '#0b4c8c' }, focus: { $value: '{color.action}' } },
    space: { $type: 'dimension', '1': { $value: { value: 0.25, unit: 'em' } } },
  };
  const preset = (color: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    $extensions: { 'online.vois': { label: 'Town' } },
    color: { $type: 'color', ...color },
    ...extra,
  });
  const build = (town: TokenDocument) => buildThemes({ default: base, town });

  it('fills presets from the default, resolves aliases inside the theme, accepts the {hex} colour form', () => {
    const { tokenTable: t } = build(preset({ action: { $value: { colorSpace: 'srgb', components: [0, 0, 0], hex: '#00606B' } } }));
    expect(t.town).to.deep.equal({ '--vois-color-action': '#00606b', '--vois-color-focus': '#00606b', '--vois-space-1': '0.25em' });
    expect(t.default!['--vois-color-focus']).to.equal('#0b4c8c');
  });

  it('rejects unknown tokens, wrong types, rem, translucent colours, CSS injection and alias cycles', () => {
    expect(() => build(preset({ acton: { $value: '#000' } }))).to.throw(/"color.acton" is not a token/);
    expect(() => build(preset({}, { space: { '1': { $type: 'color', $value: '#000' } } }))).to.throw(/must have \$type dimension/);
    expect(() => build(preset({}, { space: { '1': { $value: { value: 1, unit: 'rem' } } } }))).to.throw(/unit": "em"/);
    expect(() => build(preset({ action: { $value: 'rgba(0,0,0,.5)' } }))).to.throw(/opaque/);
    expect(() => build(preset({ action: { $value: '#000; } body { display: none' } }))).to.throw(/opaque/);
    expect(() => build(preset({ action: { $value: '{color.focus}' } }))).to.throw(/alias cycle/);
    expect(() => build({ color: {} })).to.throw(/label is missing/);
    expect(() => buildThemes({ default: base, Town: preset({}) })).to.throw(/kebab-case/);
  });
});
