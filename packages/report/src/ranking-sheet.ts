import type { GroupResult, LightId, RulePack, RunResult, UnitResult } from '@kaoping/contracts';
import { entryViews } from './list-entries.ts';
import { rankText } from './bulletin/bulletin-tables.ts';
import { runShape } from './run-shape.ts';

/** A cell of an exported ranking: a number Excel can sum and sort (shown with its decimals), or text. */
export type SheetCell = { kind: 'number'; value: number; decimals: number; text: string } | { kind: 'text'; text: string };

/** One group's ranking as an office hands it on: Chinese headers, numbers as numbers, list reasons in words. */
export interface RankingSheet {
  groupId: string;
  group: string;
  headers: string[];
  rows: SheetCell[][];
}

const LIGHTS: Record<LightId, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

const text = (t: string): SheetCell => ({ kind: 'text', text: t });

/** "19.50" → 19.5 shown with 2 decimals; null or a fraction that does not terminate stays text. */
export function decimalCell(value: string | null | undefined): SheetCell {
  if (value === null || value === undefined) return text('');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return text(value);
  return { kind: 'number', value: Number(value), decimals: value.split('.')[1]?.length ?? 0, text: value };
}

function rankCell(u: UnitResult): SheetCell {
  return u.rank !== null && !u.vetoed ? { kind: 'number', value: u.rank, decimals: 0, text: String(u.rank) } : text(rankText(u));
}

function listCell(result: RunResult, g: GroupResult, listId: string, unitId: string, pack: RulePack | null): SheetCell {
  const entry = entryViews(result, g, listId, pack).find((e) => e.unitId === unitId);
  if (!entry) return text('');
  const parts = [entry.reasons.join('、') || '是', entry.amount ?? ''].filter((p) => p !== '');
  return text(parts.join(' '));
}

function groupSheet(result: RunResult, g: GroupResult, pack: RulePack | null): RankingSheet {
  const shape = runShape(result, g.id);
  const headers = [
    '排名',
    '单位编码',
    '单位',
    ...g.indicators.map((i) => (shape.scored ? `${i.name}（${i.weight}分）` : i.name)),
    ...(shape.scored ? ['基础分', '加分', '扣分', '总分'] : []),
    ...(shape.lights ? ['综合灯色'] : []),
    ...result.lists.map((l) => l.name),
  ];
  const rows = g.units.map((u) => [
    rankCell(u),
    text(u.unitId),
    text(u.name),
    ...g.indicators.map((i) => {
      const r = u.indicators[i.id];
      if (r === undefined) return text('');
      if (!r.applicable) return text('不适用');
      return shape.scored ? decimalCell(r.score) : text(r.light ? LIGHTS[r.light] : '');
    }),
    ...(shape.scored ? [decimalCell(u.base), decimalCell(u.bonus), decimalCell(u.deduction), decimalCell(u.total)] : []),
    ...(shape.lights ? [text(u.light ? LIGHTS[u.light] : '')] : []),
    ...result.lists.map((l) => listCell(result, g, l.id, u.unitId, pack)),
  ]);
  return { groupId: g.id, group: g.name, headers, rows };
}

/** The run's ranking per group, for the XLSX and CSV exports. `pack` gives the list rules' labels when known. */
export function rankingSheets(result: RunResult, pack: RulePack | null = null): RankingSheet[] {
  return result.groups.map((g) => groupSheet(result, g, pack));
}

/** 鼓楼区…季度考评-2021年第二季度-考评结果 (without extension). */
export function exportBaseName(result: RunResult): string {
  return `${result.pack.name}-${result.period.label}-考评结果`;
}
