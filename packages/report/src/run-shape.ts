import type { GroupResult, RunResult } from '@kaoping/contracts';

/** What a run result contains, so views can leave out columns a scheme does not use. */
export interface RunShape {
  /** Some unit has a total (false for a lights-only scheme such as 月度亮灯督促). */
  scored: boolean;
  /** Some unit or indicator has a light. */
  lights: boolean;
  /** Some unit has a bonus or deduction item (加分/扣分). */
  adjustments: boolean;
}

function groupShape(g: GroupResult): RunShape {
  return {
    scored: g.units.some((u) => u.total !== null),
    lights: g.units.some((u) => u.light !== null || Object.values(u.indicators).some((i) => i.light !== null)),
    adjustments: g.units.some((u) => Object.keys(u.adjustments).length > 0),
  };
}

/** The shape of one group, or of the whole run when no group is given. */
export function runShape(r: RunResult, groupId?: string): RunShape {
  const groups = groupId === undefined ? r.groups : r.groups.filter((g) => g.id === groupId);
  const shapes = groups.map(groupShape);
  return {
    scored: shapes.some((s) => s.scored),
    lights: shapes.some((s) => s.lights),
    adjustments: shapes.some((s) => s.adjustments),
  };
}
