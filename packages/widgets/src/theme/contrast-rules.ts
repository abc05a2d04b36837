/**
 * Which colour pairs every theme must keep apart, and by how much. The one list used by the
 * theme tests and by the build script (so a town's preset fails early with a clear message).
 * 4.5:1 = text (WCAG 1.4.3), 3:1 = non-text UI such as input borders and focus rings (1.4.11).
 * Components must only combine colours that appear here, e.g. draw the focus ring with an
 * offset on background/surface (it is not required to contrast with the action colour).
 */
import { contrastRatio } from './contrast.ts';

type ColorName =
  | 'text' | 'text-muted' | 'background' | 'surface' | 'border' | 'action' | 'action-hover'
  | 'on-action' | 'focus' | 'danger' | 'success' | 'warning' | 'info';

export interface ContrastRule {
  readonly fg: ColorName;
  readonly bg: ColorName;
  readonly min: 4.5 | 3;
  readonly use: string;
}

const text = (fg: ColorName, bg: ColorName, use: string): ContrastRule => ({ fg, bg, min: 4.5, use });
const ui = (fg: ColorName, bg: ColorName, use: string): ContrastRule => ({ fg, bg, min: 3, use });

export const contrastRules: readonly ContrastRule[] = [
  text('text', 'background', 'body text'),
  text('text-muted', 'background', 'hints, captions'),
  text('text', 'surface', 'text in notices and the review list'),
  text('text-muted', 'surface', 'hints in notices'),
  text('action', 'background', 'links (also 3:1 for radios, checkboxes, progress)'),
  text('action', 'surface', 'links in notices'),
  text('on-action', 'action', 'primary button label'),
  text('on-action', 'action-hover', 'primary button label on hover'),
  text('danger', 'background', 'error messages'),
  text('danger', 'surface', 'error text in a notice'),
  text('success', 'background', 'success text'),
  text('warning', 'background', 'warning text (session timeout)'),
  text('warning', 'surface', 'warning text in a notice'),
  text('info', 'background', 'information text'),
  ui('border', 'background', 'input and control borders'),
  ui('border', 'surface', 'control borders on a surface'),
  ui('focus', 'background', 'focus indicator'),
  ui('focus', 'surface', 'focus indicator on a surface'),
];

export interface ContrastResult extends ContrastRule {
  readonly ratio: number;
  readonly ok: boolean;
}

/** Applies every rule to one resolved theme (token name → value, as in `tokenTable`). */
export function checkContrast(tokens: Readonly<Record<string, string>>): ContrastResult[] {
  return contrastRules.map((rule) => {
    const color = (name: ColorName) => {
      const value = tokens[`--vois-color-${name}`];
      if (value === undefined) throw new Error(`--vois-color-${name} is missing`);
      return value;
    };
    const ratio = contrastRatio(color(rule.fg), color(rule.bg));
    return { ...rule, ratio, ok: ratio >= rule.min };
  });
}
