import type { LightId, RunResult, UnitResult } from '@kaoping/contracts';

export interface UnitDiff {
  unitId: string;
  name: string;
  rankBefore: number | null;
  rankAfter: number | null;
  /** Positive = moved up; null when unranked in either run. */
  move: number | null;
  totalBefore: string | null;
  totalAfter: string | null;
  lightBefore: LightId | null;
  lightAfter: LightId | null;
  /** Indicator ids whose light changed. */
  lightChanges: string[];
  /** The same changes with the lights before and after. */
  lightDetails: LightChange[];
}

interface LightChange {
  indicator: string;
  before: LightId | null;
  after: LightId | null;
}

export interface ListDiff {
  listId: string;
  name: string;
  entered: string[];
  left: string[];
  /** Members by name in `before` (empty without one) and in `after`, in list order. */
  before: string[];
  after: string[];
}

export interface GroupDiff {
  id: string;
  name: string;
  units: UnitDiff[];
  lists: ListDiff[];
}

function lightChanges(a: UnitResult | undefined, b: UnitResult): LightChange[] {
  if (!a) return [];
  return Object.keys(b.indicators)
    .map((k) => ({ indicator: k, before: a.indicators[k]?.light ?? null, after: b.indicators[k]?.light ?? null }))
    .filter((c) => c.before !== c.after);
}

/** Compares two results of the same scheme (e.g. published → draft, or last run → this run). */
export function diffRuns(before: RunResult | null, after: RunResult): GroupDiff[] {
  return after.groups.map((g) => {
    const prev = before?.groups.find((x) => x.id === g.id);
    const byId = new Map((prev?.units ?? []).map((u) => [u.unitId, u]));
    const names = new Map([...(prev?.units ?? []), ...g.units].map((u) => [u.unitId, u.name]));
    const name = (id: string) => names.get(id) ?? id;
    const units = g.units.map((u): UnitDiff => {
      const p = byId.get(u.unitId);
      const rankBefore = p?.rank ?? null;
      const changes = lightChanges(p, u);
      return {
        unitId: u.unitId,
        name: u.name,
        rankBefore,
        rankAfter: u.rank,
        move: rankBefore !== null && u.rank !== null ? rankBefore - u.rank : null,
        totalBefore: p?.total ?? null,
        totalAfter: u.total,
        lightBefore: p?.light ?? null,
        lightAfter: u.light,
        lightChanges: changes.map((c) => c.indicator),
        lightDetails: changes,
      };
    });
    const listIds = new Set([...Object.keys(g.lists), ...Object.keys(prev?.lists ?? {})]);
    const lists = [...listIds].map((listId): ListDiff => {
      const now = g.lists[listId] ?? [];
      const was = prev?.lists[listId] ?? [];
      const listName = after.lists.find((l) => l.id === listId)?.name ?? before?.lists.find((l) => l.id === listId)?.name ?? listId;
      return {
        listId, name: listName,
        entered: now.filter((x) => !was.includes(x)).map(name), left: was.filter((x) => !now.includes(x)).map(name),
        before: was.map(name), after: now.map(name),
      };
    });
    return { id: g.id, name: g.name, units, lists };
  });
}

/** True when anything differs (rank, total, a light, a list). */
export function hasChanges(d: GroupDiff[]): boolean {
  return d.some((g) => g.lists.some((l) => l.entered.length + l.left.length > 0) || g.units.some((u) => u.rankBefore !== u.rankAfter || u.totalBefore !== u.totalAfter || u.lightChanges.length > 0));
}
