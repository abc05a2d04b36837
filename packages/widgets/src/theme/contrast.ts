/**
 * WCAG 2.x contrast ratio (success criteria 1.4.3 / 1.4.11), pure and dependency-free, so the
 * theme tests and the token build script judge colours with exactly the same arithmetic.
 * Only opaque sRGB colours are accepted: a translucent colour has no contrast of its own
 * (it depends on what is underneath), so refusing it is safer than guessing.
 */

/** 8-bit sRGB channels. */
export type Rgb = readonly [r: number, g: number, b: number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
// rgb(1, 2, 3) · rgb(1 2 3) · rgb(10% 20% 30%) · rgba(…, 1) · rgb(… / 100%)
const RGB = /^rgba?\(\s*([\d.]+%?)(?:\s*,\s*|\s+)([\d.]+%?)(?:\s*,\s*|\s+)([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i;

/** Parses `#rgb`, `#rrggbb` or `rgb()`/`rgba()` (opaque only); throws on anything else. */
export function parseColor(input: string): Rgb {
  const text = input.trim();
  const hex = HEX.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const m = RGB.exec(text);
  if (m) {
    const channel = (v: string) => Math.round(Math.min(255, v.endsWith('%') ? (parseFloat(v) / 100) * 255 : parseFloat(v)));
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    if (alpha === 1) return [channel(m[1]!), channel(m[2]!), channel(m[3]!)];
  }
  throw new TypeError(`Not an opaque #rgb, #rrggbb or rgb() colour: ${JSON.stringify(input)}`);
}

/** Relative luminance per WCAG 2.x (sRGB; 0.04045 is the corrected sRGB threshold). */
export function relativeLuminance(color: string | Rgb): number {
  const [r, g, b] = (typeof color === 'string' ? parseColor(color) : color).map((c8) => {
    const c = c8 / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21; symmetric in its arguments. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
