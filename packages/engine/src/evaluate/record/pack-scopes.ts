import type { CompiledPack } from '../../compile/compiled.ts';
import { INDICATOR_BUILTINS } from '../../compile/names.ts';
import { indicatorScope, unitScope, type UnitNames } from '../../compile/scopes.ts';
import type { Scope } from '../../formula/scope.ts';

/** The scopes the pack's unit and indicator formulas were compiled in. */
export interface PackScopes {
  readonly unit: Scope;
  /** Per indicator, by index: its own facts and params, then the unit's names. */
  readonly indicators: readonly Scope[];
}

const built = new WeakMap<CompiledPack, PackScopes>();

/**
 * Rebuilds the compiler's scopes from a compiled pack (its slots, params and indicators), so that a
 * recorded evaluation resolves every name to the very getter the compiled formula uses.
 */
export function packScopes(cp: CompiledPack): PackScopes {
  const hit = built.get(cp);
  if (hit !== undefined) return hit;
  const own = cp.indicators.map((ind) => new Set<string>([...INDICATOR_BUILTINS, ...ind.customFacts]));
  const names: UnitNames = {
    unitFacts: new Set(cp.unitSlots.keys()),
    indicators: new Map(cp.indicators.map((ind, k) => [ind.id, { index: ind.index, names: own[k] as Set<string> }])),
    anyIndicatorNames: new Set(cp.indSlots.keys()),
    unitSlots: cp.unitSlots,
    indSlots: cp.indSlots,
    params: cp.params,
  };
  const scopes = { unit: unitScope(names), indicators: cp.indicators.map((ind, k) => indicatorScope(names, own[k] as Set<string>, ind.params)) };
  built.set(cp, scopes);
  return scopes;
}
