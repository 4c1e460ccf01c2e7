import type { RulePack, Target, Unit } from '@kaoping/contracts';

/** A cell of the template: text, a number when the stored decimal reads back the same, or empty. */
type TemplateCell = string | number | null;

/** The 任务分解表 template of a scheme: a title, the header, and one row per unit (per year, when targets have years). */
export interface TemplateModel {
  title: string;
  headers: string[];
  rows: TemplateCell[][];
}

/**
 * The template as the import reads it back: 单位编码 and 单位名称, 所属组别, 年度 only when some
 * target has a year, then one column per indicator headed by its name with its unit (or by the
 * names the pack's `inputs.targets.wide` gives), filled with the current targets.
 */
export function templateModel(pack: RulePack, schemeName: string, units: readonly Unit[], targets: readonly Target[]): TemplateModel {
  const columns = indicatorColumns(pack);
  const years = [...new Set(targets.map((t) => t.period))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const withYear = years.some((y) => y !== null);
  const value = new Map(targets.map((t) => [JSON.stringify([t.unitId, t.indicator, t.period]), t.value]));
  const rows = units.flatMap((unit) =>
    (withYear ? years : [null]).map((year) => [
      unit.id,
      unit.name,
      groupName(pack, unit.group),
      ...(withYear ? [year] : []),
      ...columns.map((c) => cellOf(value.get(JSON.stringify([unit.id, c.indicator, year])))),
    ]),
  );
  const headers = ['单位编码', '单位名称', '所属组别', ...(withYear ? ['年度'] : []), ...columns.map((c) => c.header)];
  return { title: `${schemeName}任务分解表`, headers, rows };
}

function indicatorColumns(pack: RulePack): { indicator: string; header: string }[] {
  const configured = Object.entries(pack.inputs?.targets?.wide ?? {});
  if (configured.length > 0) return configured.map(([indicator, names]) => ({ indicator, header: (Array.isArray(names) ? names[0] : names) ?? indicator }));
  const columns = new Map<string, string>();
  for (const ind of pack.indicators) {
    // An indicator whose targets are kept under another code gets that code's column.
    if (ind.targetOf !== undefined) continue;
    columns.set(ind.id, ind.unit === undefined ? ind.name : `${ind.name}（${ind.unit}）`);
  }
  for (const ind of pack.indicators) if (ind.targetOf !== undefined && !columns.has(ind.targetOf)) columns.set(ind.targetOf, ind.targetOf);
  return [...columns].map(([indicator, header]) => ({ indicator, header }));
}

function groupName(pack: RulePack, group: string | null): string | null {
  if (group === null) return null;
  return pack.groups.find((g) => g.id === group || g.name === group || (g.aliases ?? []).includes(group))?.name ?? group;
}

/** A number only when Excel would show the stored decimal unchanged ("12.50" stays text). */
function cellOf(value: string | undefined): TemplateCell {
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value ? n : value;
}
