/**
 * `@vois-online/widgets`: element classes, the define helper, events, themes and helpers.
 * No side effects: importing this module registers nothing (use `all.ts` or `define/*`).
 */
export { VoisServiceElement, type StepDefinition, type BusyKind } from './base/service-element.ts';
export { VoisMeldebescheinigung } from './elements/meldebescheinigung/meldebescheinigung.ts';
export { VoisAbmeldungNebenwohnung } from './elements/abmeldung-nebenwohnung/abmeldung-nebenwohnung.ts';
export { VoisUebermittlungssperren } from './elements/uebermittlungssperren/uebermittlungssperren.ts';
export { VoisSelbstauskunft } from './elements/selbstauskunft/selbstauskunft.ts';
export { VoisDienste } from './elements/dienste/dienste.ts';
export { defineElement } from './base/define.ts';
export { clientFor, type ClientRequest, type ClientTuning } from './base/client-registry.ts';
export { parseConfig, type WidgetConfig, type ConfigIssue, type ConfigAttribute, type HeadingLevel } from './base/config.ts';
export {
  VoisStepEvent,
  VoisCompleteEvent,
  VoisErrorEvent,
  type VoisStepDetail,
  type VoisCompleteDetail,
  type VoisErrorDetail,
} from './events.ts';
export { themeNames, themeStyles, type ThemeName } from './theme/themes.ts';
export { catalogues, type Catalogue, type Lang } from './i18n/index.ts';

/** Tag names of all service elements. */
export const tagNames = ['vois-meldebescheinigung', 'vois-abmeldung-nebenwohnung', 'vois-uebermittlungssperren', 'vois-selbstauskunft', 'vois-dienste'] as const;

/**
 * CSS for the page (not the widget): reserves space for the widgets before their script has
 * run, so the page does not jump when they upgrade. Put it in the page's stylesheet (or a
 * `<style>` with the page's CSP nonce). `--vois-reserved-block-size` tunes the height.
 *
 * ```css
 * vois-meldebescheinigung:not(:defined) { display: block; min-block-size: var(--vois-reserved-block-size, 36em); }
 * ```
 */
export const reservedSpaceCss = tagNames
  .map((tag) => `${tag}:not(:defined){display:block;min-block-size:var(--vois-reserved-block-size,36em)}`)
  .join('\n');

