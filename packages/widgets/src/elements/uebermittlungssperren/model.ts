/**
 * The Übermittlungssperren as the widget reasons about them, free of DOM and lit: how each
 * block is offered (U3–U5, C5), what the citizen wants changed, and the request that follows
 * from it. The register's answer (`SperrenState`) is the truth; the citizen's choices are kept
 * as "wants" (desired state per block they touched), so a reload or a new login can re-apply
 * them to a fresh state and nothing is ever sent that the register already shows (U2).
 */
import { SPERRE_KEYS, type SperreKey, type Sperre, type SperrenChange, type SperrenState } from '@vois-online/client';

/** Every block in the contract's order: requests, review and receipt list them in this order. */
export { SPERRE_KEYS };

/**
 * How a block is offered:
 * - `editable`: a checkbox (the server says `changeable`);
 * - `not-offered`: cannot apply to this person and is not set (U3 for RELIGION_FAMILIE, U4 for
 *   BUNDESWEHR and non-Germans) — explained, no control;
 * - `locked`: not changeable online although it applies, e.g. set at a security authority's
 *   request (C5) — read-only with the way to the Bürgerbüro.
 */
export type BlockMode = 'editable' | 'not-offered' | 'locked';

export function modeOf(s: Sperre): BlockMode {
  if (s.changeable) return 'editable';
  return !s.active && s.relevance === 'NOT_APPLICABLE' ? 'not-offered' : 'locked';
}

/** The citizen's desired state of the blocks they changed. */
export type Wants = ReadonlyMap<SperreKey, boolean>;

/** The state a block will have after saving: the wish where there is one, else as registered. */
export function desiredActive(s: Sperre, wants: Wants): boolean {
  return s.changeable && wants.has(s.key) ? wants.get(s.key)! : s.active;
}

/** The changes that actually change something, in the contract's key order (a stable request body). */
export function changesFor(state: SperrenState, wants: Wants): SperrenChange[] {
  const byKey = new Map(state.sperren.map((s) => [s.key, s]));
  return SPERRE_KEYS.flatMap((key) => {
    const s = byKey.get(key);
    if (!s || !s.changeable || !wants.has(key)) return [];
    const active = wants.get(key)!;
    return active === s.active ? [] : [{ key, active }];
  });
}

/** Records a toggle: a wish equal to the registered state is no wish at all (keeps "wants" = changes). */
export function withWish(wants: Wants, s: Sperre, active: boolean): Map<SperreKey, boolean> {
  const next = new Map(wants);
  if (active === s.active) next.delete(s.key);
  else next.set(s.key, active);
  return next;
}

/**
 * Re-applies wishes to a fresh state (after a login or a reload): wishes the register already
 * shows are fulfilled and disappear; wishes for blocks that are no longer changeable are
 * dropped and reported, so the citizen is told rather than surprised.
 */
export function reconcile(
  state: SperrenState,
  wants: Wants,
): { wants: Map<SperreKey, boolean>; fulfilled: SperreKey[]; dropped: SperreKey[] } {
  const byKey = new Map(state.sperren.map((s) => [s.key, s]));
  const next = new Map<SperreKey, boolean>();
  const fulfilled: SperreKey[] = [];
  const dropped: SperreKey[] = [];
  for (const [key, active] of wants) {
    const s = byKey.get(key);
    if (s?.active === active) fulfilled.push(key);
    else if (s?.changeable) next.set(key, active);
    else dropped.push(key);
  }
  return { wants: next, fulfilled, dropped };
}

export const sameChanges = (a: readonly SperrenChange[], b: readonly SperrenChange[]) =>
  a.length === b.length && a.every((c, i) => c.key === b[i]!.key && c.active === b[i]!.active);

/** Whether the register already shows every change of an earlier attempt (it may have been saved, its answer lost). */
export function showsAll(state: SperrenState, changes: readonly SperrenChange[]): boolean {
  const byKey = new Map(state.sperren.map((s) => [s.key, s]));
  return changes.length > 0 && changes.every((c) => byKey.get(c.key)?.active === c.active);
}
