import type { Dataset, FieldType, Problem, RulePack } from '@kaoping/contracts';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { parseDecimal, type Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Row } from '../formula/runtime.ts';
import { periodMonth } from './calendar.ts';

export interface UnitRec {
  readonly id: string;
  readonly name: string;
  readonly group: number;
}
export interface TargetRec {
  readonly value: Q;
  readonly year: number | null;
}
export interface ReportRec {
  readonly ym: number;
  readonly period: string;
  readonly value: Q | null;
}
export interface EventRec {
  readonly ym: number;
  readonly row: Row;
}

/** The run's data, indexed by unit and converted to exact values once. */
export interface DataIndex {
  readonly units: readonly UnitRec[];
  readonly groupUnits: readonly (readonly number[])[];
  readonly targets: readonly Map<string, TargetRec[]>[];
  readonly reports: readonly Map<string, ReportRec[]>[];
  readonly events: readonly EventRec[][];
  readonly projects: readonly Row[][];
}

/** Types of the standard project fields; a pack's `inputs.projects.fields` adds or overrides. */
export const STANDARD_PROJECT_FIELDS: Record<string, FieldType> = {
  industry: 'string',
  realEstate: 'boolean',
  investment: 'decimal',
  signedOn: 'date',
  startedOn: 'date',
  completedOn: 'date',
  foreign: 'boolean',
  sector: 'string',
  category: 'string',
  provincialKey: 'boolean',
  annualPlan: 'decimal',
  plannedSign: 'deadline',
  plannedStart: 'deadline',
  plannedCompletion: 'deadline',
  plannedListing: 'deadline',
  listedOn: 'date',
};

export function projectFieldTypes(pack: RulePack): Record<string, FieldType> {
  const extra = Object.fromEntries(Object.entries(pack.inputs?.projects?.fields ?? {}).map(([k, f]) => [k, f.type]));
  return { ...STANDARD_PROJECT_FIELDS, ...extra };
}

export function matchGroup(pack: RulePack, g: string | null): number {
  if (g === null) return 0;
  const t = g.trim();
  return pack.groups.findIndex((x) => x.id === t || x.name === t || (x.aliases ?? []).includes(t));
}

function num(text: string, where: Problem, problems: Problem[]): Q | null {
  try {
    return parseDecimal(text);
  } catch {
    problems.push({ ...where, message: `“${text}” 不是十进制数` });
    return null;
  }
}

function fieldValue(type: FieldType, v: string | boolean | null, where: Problem, problems: Problem[]): Value {
  if (v === null || type !== 'decimal') return v;
  return typeof v === 'string' ? num(v, where, problems) : null;
}

function groupBy<T>(n: number, items: readonly T[], unitOf: (t: T) => number, problems: Problem[], file: string, unitId: (t: T) => string): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((t, k) => {
    const u = unitOf(t);
    // The dataset no longer knows file lines (it may come from the database): name the record instead.
    if (u < 0) problems.push({ file, message: `第 ${k + 1} 条记录的单位 “${unitId(t)}” 不在单位表中` });
    else out[u]?.push(t);
  });
  return out;
}

/** Indexes a dataset for one pack; throws DATA_INVALID listing every inconsistency. */
export function indexData(pack: RulePack, data: Dataset): DataIndex {
  const problems: Problem[] = [];
  const byId = new Map<string, number>();
  const units: UnitRec[] = data.units.map((u, k) => {
    const group = matchGroup(pack, u.group);
    if (group < 0)
      problems.push({
        file: 'units',
        column: 'group',
        message: `单位 ${u.id}（${u.name}）的考评组 “${u.group}” 不在方案的组别中（${pack.groups.map((g) => g.name).join('、')}）`,
      });
    if (byId.has(u.id)) problems.push({ file: 'units', message: `单位编码 “${u.id}” 重复` });
    byId.set(u.id, k);
    return { id: u.id, name: u.name, group };
  });
  const unitOf = (id: string): number => byId.get(id) ?? -1;
  const n = units.length;
  const types = projectFieldTypes(pack);

  const targets = groupBy(
    n,
    data.targets,
    (t) => unitOf(t.unitId),
    problems,
    'targets',
    (t) => t.unitId,
  ).map((rows) => {
    const m = new Map<string, TargetRec[]>();
    for (const t of rows) {
      const value = num(t.value, { file: 'targets', message: '' }, problems);
      if (value === null) continue;
      const list = m.get(t.indicator) ?? [];
      list.push({ value, year: t.period === null ? null : Number(t.period.slice(0, 4)) });
      m.set(t.indicator, list);
    }
    return m;
  });
  const reports = groupBy(
    n,
    data.reports,
    (r) => unitOf(r.unitId),
    problems,
    'reports',
    (r) => r.unitId,
  ).map((rows) => {
    const m = new Map<string, ReportRec[]>();
    for (const r of rows) {
      const list = m.get(r.indicator) ?? [];
      list.push({ ym: periodMonth(r.period), period: r.period, value: r.value === null ? null : num(r.value, { file: 'reports', message: '' }, problems) });
      m.set(r.indicator, list);
    }
    for (const list of m.values()) list.sort((a, b) => a.ym - b.ym);
    return m;
  });
  const events = groupBy(
    n,
    data.events,
    (e) => unitOf(e.unitId),
    problems,
    'events',
    (e) => e.unitId,
  ).map((rows) =>
    rows.map((e) => ({
      ym: periodMonth(e.period),
      row: { unitId: e.unitId, period: e.period, kind: e.kind, code: e.code, note: e.note, count: num(e.count, { file: 'events', message: '' }, problems) },
    })),
  );
  const projects = groupBy(
    n,
    data.projects,
    (p) => unitOf(p.unitId),
    problems,
    'projects',
    (p) => p.unitId,
  ).map((rows) =>
    rows.map((p) => {
      const row: Record<string, Value> = { id: p.id, unitId: p.unitId, name: p.name };
      for (const [k, v] of Object.entries(p.fields)) row[k] = fieldValue(types[k] ?? 'string', v, { file: 'projects', column: k, message: '' }, problems);
      return row;
    }),
  );
  // A project's monthly investment is read from report rows whose 指标 is the project id.
  const indicatorIds = new Set(pack.indicators.map((i) => i.id));
  data.projects.forEach((p, k) => {
    if (indicatorIds.has(p.id))
      problems.push({ file: 'projects', row: k + 1, column: 'id', message: `项目编号 “${p.id}” 与指标编码相同；项目的月度投资按项目编号读取，请换一个编号` });
  });
  if (problems.length > 0) throw new KaopingError(ErrorCode.DATA_INVALID, `数据有 ${problems.length} 处错误`, problems);
  const groupUnits = pack.groups.map((_, g) => units.flatMap((u, k) => (u.group === g ? [k] : [])));
  return { units, groupUnits, targets, reports, events, projects };
}
