/**
 * Public theming API of the widgets. Data comes from the generated token table
 * (src/theme/tokens/*.tokens.json → scripts/build-themes.ts → themes.generated.ts).
 *
 * Usage in a component: adopt `themeStyles[theme]` BEFORE the component's own styles and read
 * tokens through a fallback chain that ends in a literal:
 *   color: var(--vois-button-label-color, var(--vois-color-on-action, #ffffff));
 * The preset is a `:host { --vois-…: … }` block. In the cascade, rules from the page that
 * contains the element beat the shadow root's `:host` rules, so a CMS can still write
 * `vois-meldebescheinigung { --vois-color-action: … }` (verified in test/theme/cascade.test.ts).
 * Values a CMS sets on an *ancestor* only reach a widget that adopts no preset: a preset
 * declares every token on the host itself, which beats inheritance.
 */
import { type CSSResult, unsafeCSS } from 'lit';
import { type ThemeName, themeNames, tokenTable } from './themes.generated.ts';

export { type ThemeName, type TokenName, themeLabels, themeNames, tokenMeta, tokenTable } from './themes.generated.ts';

/**
 * One `:host { … }` rule block per theme, every token included. `unsafeCSS` is safe here:
 * the values were validated against their `$type` at build time (no `;`, braces or URLs).
 */
export const themeStyles = Object.fromEntries(
  themeNames.map((name) => {
    const declarations = Object.entries(tokenTable[name]).map(([token, value]) => `${token}: ${value};`);
    return [name, unsafeCSS(`:host {\n  ${declarations.join('\n  ')}\n}`)];
  }),
) as Readonly<Record<ThemeName, CSSResult>>;

/** Narrows an attribute value to a theme name (for config validation in the widgets). */
export const isThemeName = (value: unknown): value is ThemeName =>
  typeof value === 'string' && (themeNames as readonly string[]).includes(value);
