import type { RunResult, RunUnitView } from '@kaoping/contracts';
import type { RunUnitRow } from '@kaoping/store';

/** What a run_units row's body holds: the unit's part of RunUnitView. */
export type RunUnitBody = Omit<RunUnitView, 'runId' | 'status' | 'official'>;

/** A result cut into one row per unit: the unit's result, its group and its trace (what GET /runs/:rid/units/:uid sends). */
export function unitRowsOf(result: RunResult): RunUnitRow[] {
  return result.groups.flatMap((group) =>
    group.units.map((unit) => ({
      unitId: unit.unitId,
      groupId: group.id,
      body: JSON.stringify({ groupId: group.id, groupName: group.name, unit, trace: result.trace?.[unit.unitId] ?? [] } satisfies RunUnitBody),
    })),
  );
}
