import type { RunResult } from '@kaoping/contracts';

interface UnitMove {
  unitId: string;
  name: string;
  group: string;
  rankBefore: number | null;
  rankAfter: number | null;
  /** rankBefore − rankAfter: positive = moved up; null when unranked on either side. */
  move: number | null;
  totalBefore: string | null;
  totalAfter: string | null;
}

export interface ResultDiff {
  units: UnitMove[];
  lists: Record<string, { entered: string[]; left: string[] }>;
  lights: { unitId: string; indicator: string | null; before: string | null; after: string | null }[];
}

type UnitRow = RunResult['groups'][number]['units'][number];

/** How the ranking, outcome lists and lights move from `before` (published) to `after` (draft). */
export function diffResults(before: RunResult, after: RunResult): ResultDiff {
  const b = unitsOf(before);
  const a = unitsOf(after);
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  const units = ids.map((unitId): UnitMove => {
    const x = b.get(unitId);
    const y = a.get(unitId);
    const rankBefore = x?.unit.rank ?? null;
    const rankAfter = y?.unit.rank ?? null;
    return {
      unitId,
      name: (y ?? x)?.unit.name ?? unitId,
      group: (y ?? x)?.group ?? '',
      rankBefore,
      rankAfter,
      move: rankBefore === null || rankAfter === null ? null : rankBefore - rankAfter,
      totalBefore: x?.unit.total ?? null,
      totalAfter: y?.unit.total ?? null,
    };
  });
  const lb = listsOf(before);
  const la = listsOf(after);
  const lists: ResultDiff['lists'] = {};
  for (const id of [...new Set([...la.keys(), ...lb.keys()])]) {
    const was = lb.get(id) ?? new Set<string>();
    const is = la.get(id) ?? new Set<string>();
    lists[id] = { entered: [...is].filter((u) => !was.has(u)), left: [...was].filter((u) => !is.has(u)) };
  }
  return { units, lists, lights: lightChanges(ids, b, a) };
}

function unitsOf(result: RunResult): Map<string, { unit: UnitRow; group: string }> {
  return new Map(result.groups.flatMap((g) => g.units.map((unit) => [unit.unitId, { unit, group: g.id }] as const)));
}

function listsOf(result: RunResult): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>(result.lists.map((l) => [l.id, new Set<string>()]));
  for (const g of result.groups) {
    for (const [id, unitIds] of Object.entries(g.lists)) {
      const set = map.get(id) ?? new Set<string>();
      unitIds.forEach((u) => set.add(u));
      map.set(id, set);
    }
  }
  return map;
}

function lightChanges(ids: string[], b: ReturnType<typeof unitsOf>, a: ReturnType<typeof unitsOf>): ResultDiff['lights'] {
  const out: ResultDiff['lights'] = [];
  for (const unitId of ids) {
    const x = b.get(unitId)?.unit;
    const y = a.get(unitId)?.unit;
    if ((x?.light ?? null) !== (y?.light ?? null)) out.push({ unitId, indicator: null, before: x?.light ?? null, after: y?.light ?? null });
    const indicators = new Set([...Object.keys(x?.indicators ?? {}), ...Object.keys(y?.indicators ?? {})]);
    for (const id of indicators) {
      const lx = x?.indicators[id]?.light ?? null;
      const ly = y?.indicators[id]?.light ?? null;
      if (lx !== ly) out.push({ unitId, indicator: id, before: lx, after: ly });
    }
  }
  return out;
}
