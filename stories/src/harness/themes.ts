/** Theme data for the toolbar and the token page (public API: `@vois-online/widgets/themes`). */
export { themeLabels, themeNames, tokenMeta, tokenTable, type ThemeName, type TokenName } from '@vois-online/widgets/themes';
