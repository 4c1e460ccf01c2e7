import type { GroupDiff, GroupResult, LightChange, ListDiff, ResultDiff, RunResult, UnitDiff, UnitResult } from '@kaoping/contracts';

export type { GroupDiff, LightChange, ListDiff, ListMember, ResultDiff, UnitDiff } from '@kaoping/contracts';

/** The indicators whose light differs, in `after`'s order then any only `before` has. */
function lightChanges(before: UnitResult, after: UnitResult): LightChange[] {
  const ids = new Set([...Object.keys(after.indicators), ...Object.keys(before.indicators)]);
  const out: LightChange[] = [];
  for (const indicator of ids) {
    const b = before.indicators[indicator]?.light ?? null;
    const a = after.indicators[indicator]?.light ?? null;
    if (b !== a) out.push({ indicator, before: b, after: a });
  }
  return out;
}

function unitDiff(before: UnitResult | undefined, after: UnitResult | undefined, u: UnitResult): UnitDiff {
  const rankBefore = before?.rank ?? null;
  const rankAfter = after?.rank ?? null;
  return {
    unitId: u.unitId,
    name: u.name,
    rankBefore,
    rankAfter,
    move: rankBefore === null || rankAfter === null ? null : rankBefore - rankAfter,
    totalBefore: before?.total ?? null,
    totalAfter: after?.total ?? null,
    lightBefore: before?.light ?? null,
    lightAfter: after?.light ?? null,
    lightChanges: before === undefined || after === undefined ? [] : lightChanges(before, after),
  };
}

function listDiffs(
  before: RunResult | null,
  after: RunResult,
  was: GroupResult | undefined,
  is: GroupResult | undefined,
  name: (id: string) => string,
): ListDiff[] {
  const ids = new Set([...Object.keys(is?.lists ?? {}), ...Object.keys(was?.lists ?? {})]);
  return [...ids].map((listId): ListDiff => {
    const now = is?.lists[listId] ?? [];
    const then = was?.lists[listId] ?? [];
    const listName = after.lists.find((l) => l.id === listId)?.name ?? before?.lists.find((l) => l.id === listId)?.name ?? listId;
    const nowSet = new Set(now);
    const thenSet = new Set(then);
    return {
      listId,
      name: listName,
      before: then.map((unitId) => ({ unitId, name: name(unitId) })),
      after: now.map((unitId) => ({ unitId, name: name(unitId) })),
      entered: now.filter((u) => !thenSet.has(u)),
      left: then.filter((u) => !nowSet.has(u)),
    };
  });
}

function groupDiff(before: RunResult | null, after: RunResult, was: GroupResult | undefined, is: GroupResult | undefined, g: GroupResult): GroupDiff {
  const prev = new Map((was?.units ?? []).map((u) => [u.unitId, u]));
  const next = new Map((is?.units ?? []).map((u) => [u.unitId, u]));
  const names = new Map([...prev.values(), ...next.values()].map((u) => [u.unitId, u.name]));
  // The units of `after` in its order, then those only `before` has (gone from the group).
  const units = [
    ...(is?.units ?? []).map((u) => unitDiff(prev.get(u.unitId), u, u)),
    ...(was?.units ?? []).filter((u) => !next.has(u.unitId)).map((u) => unitDiff(u, undefined, u)),
  ];
  return { id: g.id, name: g.name, units, lists: listDiffs(before, after, was, is, (id) => names.get(id) ?? id) };
}

/**
 * How the ranking, totals, lights and outcome lists move from `before` (the version in force, or the previous run;
 * null when there is none) to `after` (the draft, or this run), group by group in `after`'s order, then any group
 * only `before` has.
 */
export function diffResults(before: RunResult | null, after: RunResult): ResultDiff {
  const prev = new Map((before?.groups ?? []).map((g) => [g.id, g]));
  const next = new Set(after.groups.map((g) => g.id));
  const groups = [
    ...after.groups.map((g) => groupDiff(before, after, prev.get(g.id), g, g)),
    ...(before?.groups ?? []).filter((g) => !next.has(g.id)).map((g) => groupDiff(before, after, g, undefined, g)),
  ];
  return { groups };
}

/** Whether a unit's rank, total, light or an indicator light differs. */
export function unitChanged(u: UnitDiff): boolean {
  return u.rankBefore !== u.rankAfter || u.totalBefore !== u.totalAfter || u.lightBefore !== u.lightAfter || u.lightChanges.length > 0;
}

/** True when anything differs (a rank, a total, a light, a list member). */
export function hasChanges(d: ResultDiff): boolean {
  return d.groups.some((g) => g.lists.some((l) => l.entered.length + l.left.length > 0) || g.units.some(unitChanged));
}
