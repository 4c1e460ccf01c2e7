import type { Problem, Unit } from '@kaoping/contracts';
import type { Located } from './table-def.ts';

/** How rows may name a unit: by 单位编码 exactly, or by 单位名称 or one of its aliases exactly. */
export interface UnitDirectory {
  ids: ReadonlySet<string>;
  /** Name or alias → unit id; null when two units share it. */
  names: ReadonlyMap<string, string | null>;
}

/** The directory of a units table. */
export function unitDirectory(units: readonly Unit[]): UnitDirectory {
  const names = new Map<string, string | null>();
  for (const unit of units) {
    for (const name of new Set([unit.name, ...(unit.aliases ?? [])].map((n) => n.trim()))) {
      const seen = names.get(name);
      names.set(name, seen === undefined || seen === unit.id ? unit.id : null);
    }
  }
  return { ids: new Set(units.map((u) => u.id)), names };
}

/**
 * Rewrites rows that name their unit by name or alias to its code. A code always wins over a name;
 * a name two units share is a problem at the row and unit column; an unknown one is left for the
 * unknown-unit check, which names it as written.
 */
export function resolveUnits<R extends { unitId: string }>(
  entries: readonly Located<R>[],
  directory: UnitDirectory,
  where: { file: string; sheet?: string },
): { entries: Located<R>[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const reported = new Set<number>();
  const out = entries.map((entry) => {
    const written = entry.record.unitId;
    if (directory.ids.has(written)) return entry;
    const id = directory.names.get(written.trim());
    if (id === undefined) return entry;
    if (id === null) {
      const column = entry.unitColumn === undefined ? {} : { column: entry.unitColumn };
      if (!reported.has(entry.row)) problems.push({ ...where, row: entry.row, ...column, message: `单位名称「${written}」对应多个单位，请改用单位编码` });
      reported.add(entry.row);
      return entry;
    }
    return { ...entry, record: { ...entry.record, unitId: id } };
  });
  return { entries: out, problems };
}
