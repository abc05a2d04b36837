/**
 * Reads the theme sources (W3C Design Tokens / DTCG JSON) and resolves them into complete
 * token tables. Pure — no file system — so the Node build script (scripts/build-themes.ts)
 * and the browser staleness test run the very same code.
 *
 * Supported subset, on purpose small:
 * - groups with inherited `$type`; tokens with `$value`, `$description`; aliases `{color.action}`;
 * - `color`: `"#rrggbb"` / `"#rgb"` / `"rgb(…)"` or the 2025.10 object form `{ "hex": "#…" }`;
 * - `dimension`: `{ "value": 0.25, "unit": "em" }` — only `em` (the spec lists px/rem; the
 *   widgets must scale with the host text, and `rem` breaks on CMS pages with odd root sizes);
 * - `fontFamily`: a name, a list of names, or `inherit` (keep the host page's font).
 * Every value is validated, so a token file can never smuggle arbitrary CSS into a stylesheet.
 */
import { parseColor } from './contrast.ts';

export type TokenDocument = Readonly<Record<string, unknown>>;
export interface TokenMeta {
  readonly type: string;
  readonly description: string;
}
export interface BuiltThemes {
  /** `default` first, then the presets alphabetically. */
  readonly themeNames: readonly string[];
  readonly themeLabels: Readonly<Record<string, string>>;
  /** Token name (`--vois-…`) → type and meaning, from the default theme. */
  readonly tokenMeta: Readonly<Record<string, TokenMeta>>;
  /** Theme → token name → CSS value; every theme lists every token. */
  readonly tokenTable: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Vendor key for our `$extensions` (`label` = display name of the theme). */
export const EXTENSION_KEY = 'online.vois';
const THEME_NAME = /^[a-z][a-z0-9-]*$/;
const FONT_NAME = /^[\p{L}\p{N} _-]+$/u;

interface RawToken {
  type: string | undefined;
  value: unknown;
  description: string | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Flattens groups to `path.to.token` → token; `$type` and `$description` of a group apply to its tokens. */
function flatten(group: Record<string, unknown>, where: string, path: string[] = [], inherited: Partial<RawToken> = {}, out = new Map<string, RawToken>()) {
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$')) continue;
    const id = [...path, key].join('.');
    if (!isObject(node)) throw new Error(`${where}: "${id}" is neither a token nor a group`);
    const type = typeof node.$type === 'string' ? node.$type : inherited.type;
    const description = typeof node.$description === 'string' ? node.$description : inherited.description;
    if ('$value' in node) out.set(id, { type, value: node.$value, description });
    else flatten(node, where, [...path, key], { type, description }, out);
  }
  return out;
}

/** One validated CSS value for a token (aliases are resolved by the caller). */
function cssValue(type: string | undefined, value: unknown, where: string): string {
  switch (type) {
    case 'color': {
      const text = typeof value === 'string' ? value : isObject(value) && typeof value.hex === 'string' ? value.hex : '';
      parseColor(text); // throws on anything that is not an opaque sRGB colour
      return text.trim().toLowerCase();
    }
    case 'dimension': {
      if (isObject(value) && typeof value.value === 'number' && Number.isFinite(value.value) && value.unit === 'em') {
        return value.value === 0 ? '0' : `${value.value}em`;
      }
      throw new Error(`${where}: dimensions must be { "value": <number>, "unit": "em" }`);
    }
    case 'fontFamily': {
      if (value === 'inherit') return value;
      const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      if (names.length === 0 || !names.every((n) => typeof n === 'string' && FONT_NAME.test(n))) {
        throw new Error(`${where}: fontFamily must be "inherit", a font name or a list of names`);
      }
      return names.map((n: string) => (n.includes(' ') ? `"${n}"` : n)).join(', ');
    }
    default:
      throw new Error(`${where}: unsupported $type ${JSON.stringify(type)}`);
  }
}

/** Resolves every token of one theme, following `{alias}` references inside that theme. */
function resolve(tokens: Map<string, RawToken>, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  const valueOf = (id: string, seen: string[]): string => {
    const token = tokens.get(id);
    if (!token) throw new Error(`${where}: unknown token "${id}"${seen.length ? ` (referenced by ${seen.at(-1)})` : ''}`);
    if (seen.includes(id)) throw new Error(`${where}: alias cycle ${[...seen, id].join(' → ')}`);
    const alias = typeof token.value === 'string' ? /^\{([^{}]+)\}$/.exec(token.value)?.[1] : undefined;
    if (alias === undefined) return cssValue(token.type, token.value, `${where} ${id}`);
    if (tokens.get(alias) && tokens.get(alias)!.type !== token.type) throw new Error(`${where}: ${id} aliases ${alias} of another $type`);
    return valueOf(alias, [...seen, id]);
  };
  for (const id of tokens.keys()) out[`--vois-${id.replaceAll('.', '-')}`] = valueOf(id, []);
  return out;
}

function labelOf(doc: TokenDocument, where: string): string {
  const ext = doc.$extensions;
  const label = isObject(ext) && isObject(ext[EXTENSION_KEY]) ? ext[EXTENSION_KEY].label : undefined;
  if (typeof label !== 'string' || !label.trim()) throw new Error(`${where}: $extensions["${EXTENSION_KEY}"].label is missing`);
  return label;
}

/**
 * Builds all themes from `{ default: <default.tokens.json>, <town>: <town>.tokens.json, … }`.
 * A preset may only override tokens the default theme defines (a typo would otherwise be
 * ignored silently) and inherits everything else, so each resolved theme is complete.
 */
export function buildThemes(sources: Readonly<Record<string, TokenDocument>>): BuiltThemes {
  const base = sources.default;
  if (!base) throw new Error('default.tokens.json is missing');
  const baseTokens = flatten(base, 'default');
  const themeNames = ['default', ...Object.keys(sources).filter((n) => n !== 'default').sort()];

  const themeLabels: Record<string, string> = {};
  const tokenTable: Record<string, Record<string, string>> = {};
  for (const name of themeNames) {
    if (!THEME_NAME.test(name)) throw new Error(`"${name}": theme names are lower-case kebab-case`);
    const doc = sources[name]!;
    const merged = new Map(baseTokens);
    if (name !== 'default') {
      for (const [id, token] of flatten(doc, name)) {
        const known = baseTokens.get(id);
        if (!known) throw new Error(`${name}: "${id}" is not a token of the default theme`);
        if (token.type !== undefined && token.type !== known.type) throw new Error(`${name}: "${id}" must have $type ${known.type}`);
        merged.set(id, { ...known, value: token.value });
      }
    }
    themeLabels[name] = labelOf(doc, name);
    tokenTable[name] = resolve(merged, name);
  }

  const tokenMeta: Record<string, TokenMeta> = {};
  for (const [id, token] of baseTokens) {
    tokenMeta[`--vois-${id.replaceAll('.', '-')}`] = { type: token.type!, description: token.description ?? '' };
  }
  return { themeNames, themeLabels, tokenMeta, tokenTable };
}
