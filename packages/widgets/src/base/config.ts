/**
 * The embedding configuration of a service element, validated here. Each attribute is
 * checked on its own so the webmaster message can name every bad attribute at once, with an
 * example of a good value. Never throws: a broken embedding must not break the CMS page.
 */
import { AGS_PATTERN } from '@vois-online/client';
import { isThemeName, themeNames, type ThemeName } from '../theme/themes.ts';
import { supportedLang, type Lang } from '../i18n/index.ts';

export type ConfigAttribute = 'api' | 'kommune' | 'lang' | 'theme' | 'heading-level' | 'return-url';
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface WidgetConfig {
  /** Base URL of the API. */
  api: string;
  /** AGS of the municipality. */
  kommune: string;
  /** Own language, if the element has a `lang` attribute (else inherited, see language.ts). */
  lang: Lang | undefined;
  theme: ThemeName;
  headingLevel: HeadingLevel;
  /** Where the login returns to; `undefined` = the current page. */
  returnUrl: string | undefined;
}

export interface ConfigIssue {
  attribute: ConfigAttribute;
  /** The offending value, `undefined` when the attribute is missing. */
  value: string | undefined;
  /** A good value for the example line, e.g. `12064472`. */
  example: string;
}

/** The raw values as they arrive from attributes or properties. */
export interface RawConfig {
  api?: unknown;
  kommune?: unknown;
  lang?: unknown;
  theme?: unknown;
  headingLevel?: unknown;
  returnUrl?: unknown;
}

/** An absolute http(s) URL (what `fetch` and a login return can use). */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
const LANG_TAG = /^(de|en)(-[A-Za-z0-9]{1,8})*$/i;
const LEVEL = /^[1-6]$/;

export const examples: Record<ConfigAttribute, string> = {
  api: 'https://api.example.de',
  kommune: '12064472',
  lang: 'de',
  theme: themeNames.join(' | '),
  'heading-level': '2',
  'return-url': 'https://www.example.de/meldebescheinigung',
};

/** Empty strings count as "not set" (a CMS often renders `attr=""` for an empty field). */
const present = (v: unknown): v is string | number => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

export function parseConfig(raw: RawConfig): { config: WidgetConfig; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const bad = (attribute: ConfigAttribute, value: unknown) => issues.push({ attribute, value: text(value), example: examples[attribute] });

  const api = present(raw.api) && isHttpUrl(String(raw.api).trim()) ? String(raw.api).trim() : undefined;
  if (!api) bad('api', present(raw.api) ? raw.api : undefined);

  const kommune = present(raw.kommune) && AGS_PATTERN.test(String(raw.kommune).trim()) ? String(raw.kommune).trim() : undefined;
  if (!kommune) bad('kommune', present(raw.kommune) ? raw.kommune : undefined);

  let lang: Lang | undefined;
  if (present(raw.lang)) {
    if (LANG_TAG.test(String(raw.lang).trim())) lang = supportedLang(String(raw.lang));
    else bad('lang', raw.lang);
  }

  let theme: ThemeName = 'default';
  if (present(raw.theme)) {
    const name = String(raw.theme).trim();
    if (isThemeName(name)) theme = name;
    else bad('theme', raw.theme);
  }

  let headingLevel: HeadingLevel = 2;
  if (present(raw.headingLevel)) {
    const value = String(raw.headingLevel).trim();
    if (LEVEL.test(value)) headingLevel = Number(value) as HeadingLevel;
    else bad('heading-level', raw.headingLevel);
  }

  let returnUrl: string | undefined;
  if (present(raw.returnUrl)) {
    if (isHttpUrl(String(raw.returnUrl).trim())) returnUrl = String(raw.returnUrl).trim();
    else bad('return-url', raw.returnUrl);
  }

  return { config: { api: api ?? '', kommune: kommune ?? '', lang, theme, headingLevel, returnUrl }, issues };
}

/** Blocking issues stop the service (no API to talk to); the others only fall back to defaults. */
export const isBlocking = (issue: ConfigIssue) => issue.attribute === 'api' || issue.attribute === 'kommune';
