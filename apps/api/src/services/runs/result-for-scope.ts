import type { RunResult } from '@kaoping/contracts';
import { unitScope, type Scope } from '../../auth/scope.ts';

/**
 * What a scope may see of a result: everything, except that a unit-bound reporter sees only the own unit's
 * row, list entries and trace (in the group holding that unit); a run of another scheme is 403 to a reporter.
 */
export function resultForScope(result: RunResult, scope: Scope, schemeId: string): RunResult {
  const unitId = unitScope(scope, schemeId);
  if (unitId === undefined) return result;
  const groups = result.groups
    .filter((g) => g.units.some((u) => u.unitId === unitId))
    .map((g) => ({
      ...g,
      units: g.units.filter((u) => u.unitId === unitId),
      lists: Object.fromEntries(Object.entries(g.lists).map(([id, ids]) => [id, ids.filter((x) => x === unitId)])),
      listEntries: Object.fromEntries(Object.entries(g.listEntries).map(([id, es]) => [id, es.filter((e) => e.unitId === unitId)])),
    }));
  const trace = result.trace?.[unitId] ? { [unitId]: result.trace[unitId] } : undefined;
  const { trace: _all, ...rest } = result;
  return trace ? { ...rest, groups, trace } : { ...rest, groups };
}
