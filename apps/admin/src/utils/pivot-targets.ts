import type { Target, Unit } from '@kaoping/contracts';

export interface TargetRow {
  unitId: string;
  name: string;
  group: string;
  values: Record<string, string>;
}

/** 任务分解表 layout: one row per unit, one column per indicator. */
export function pivotTargets(units: Unit[], targets: Target[]): TargetRow[] {
  const rows = new Map<string, TargetRow>(units.map((u) => [u.id, { unitId: u.id, name: u.name, group: u.group ?? '', values: {} }]));
  for (const t of targets) {
    let row = rows.get(t.unitId);
    if (!row) {
      row = { unitId: t.unitId, name: t.unitId, group: '', values: {} };
      rows.set(t.unitId, row);
    }
    row.values[t.indicator] = t.value;
  }
  return [...rows.values()];
}
