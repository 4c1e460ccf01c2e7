import type { GroupResult, RulePack, RunResult, UnitResult } from '@kaoping/contracts';
import { entryViews } from './list-entries.ts';
import { rankText } from './bulletin/bulletin-tables.ts';
import { runShape } from './run-shape.ts';
import { decimalCell, lightCell, textCell, wordCell, type SheetCell } from './sheet-cell.ts';

export { decimalCell, type CellWord, type SheetCell } from './sheet-cell.ts';

/** What a column holds, stable across languages: a UI translates the header by it and styles the cells. */
export type RankingColumnKey = 'rank' | 'move' | 'unitId' | 'unit' | 'indicator' | 'base' | 'bonus' | 'deduction' | 'total' | 'light' | 'list';

export interface RankingColumn {
  key: RankingColumnKey;
  /** The Chinese header, e.g. `新落地项目数（40分）`. */
  header: string;
  /** The indicator's or the list's id, for `indicator` and `list` columns. */
  id?: string;
  /** The indicator's or the list's name, as the pack gives it, for a header in another language. */
  name?: string;
  /** The indicator's weight in a scored group. */
  weight?: string;
}

/** One group's ranking as an office hands it on: Chinese headers, numbers as numbers, list reasons in words. */
export interface RankingSheet {
  groupId: string;
  group: string;
  /** The columns' headers, in order (the same as `columns[k].header`). */
  headers: string[];
  columns: RankingColumn[];
  rows: SheetCell[][];
  /** The unit of each row, in order (the same units as the rows' 单位编码). */
  unitIds: string[];
}

export interface RankingSheetOptions {
  /** 位次变化 per unit id (positive = up): adds the column after 排名 in scored groups. */
  moves?: Record<string, number | null>;
}

interface Column extends RankingColumn {
  cell: (u: UnitResult) => SheetCell;
}

function rankCell(u: UnitResult): SheetCell {
  if (u.rank !== null && !u.vetoed) return { kind: 'number', value: u.rank, decimals: 0, text: String(u.rank) };
  if (u.rank === null) return wordCell(u.vetoed ? 'vetoed' : 'unranked');
  return { kind: 'text', text: rankText(u), word: 'vetoed' };
}

function moveCell(move: number | null | undefined): SheetCell {
  if (move === null || move === undefined) return textCell('–');
  const text = move > 0 ? `↑${move}` : move < 0 ? `↓${-move}` : '=';
  return { kind: 'number', value: move, decimals: 0, text };
}

function indicatorCell(u: UnitResult, id: string, scored: boolean): SheetCell {
  const r = u.indicators[id];
  if (r === undefined) return textCell('');
  if (!r.applicable) return wordCell('notApplicable');
  if (!scored) return lightCell(r.light, r.lightReason);
  const cell = decimalCell(r.score);
  if (r.light === null || cell.kind === 'light') return cell;
  return r.lightReason ? { ...cell, light: r.light, note: r.lightReason } : { ...cell, light: r.light };
}

function listCell(result: RunResult, g: GroupResult, listId: string, unitId: string, pack: RulePack | null): SheetCell {
  const entry = entryViews(result, g, listId, pack).find((e) => e.unitId === unitId);
  if (!entry) return textCell('');
  if (entry.reasons.length === 0 && entry.amount === null) return wordCell('yes');
  const parts = [entry.reasons.join('、') || '是', entry.amount ?? ''].filter((p) => p !== '');
  return textCell(parts.join(' '));
}

/** 排名 appears when the group is scored or ranks or vetoes anyone; a lights-only group has none. */
function columns(result: RunResult, g: GroupResult, pack: RulePack | null, options: RankingSheetOptions): Column[] {
  const shape = runShape(result, g.id);
  const ranked = shape.scored || g.units.some((u) => u.rank !== null || u.vetoed);
  const { moves } = options;
  const money = (key: 'base' | 'bonus' | 'deduction' | 'total', header: string): Column => ({ key, header, cell: (u) => decimalCell(u[key]) });
  return [
    ...(ranked ? [{ key: 'rank', header: '排名', cell: rankCell } as const] : []),
    ...(ranked && shape.scored && moves ? [{ key: 'move', header: '位次变化', cell: (u: UnitResult) => moveCell(moves[u.unitId]) } as const] : []),
    { key: 'unitId', header: '单位编码', cell: (u) => textCell(u.unitId) },
    { key: 'unit', header: '单位', cell: (u) => textCell(u.name) },
    ...g.indicators.map((i): Column => {
      const cell = (u: UnitResult) => indicatorCell(u, i.id, shape.scored);
      if (!shape.scored) return { key: 'indicator', id: i.id, name: i.name, header: i.name, cell };
      return { key: 'indicator', id: i.id, name: i.name, weight: i.weight, header: `${i.name}（${i.weight}分）`, cell };
    }),
    ...(shape.scored ? [money('base', '基础分'), money('bonus', '加分'), money('deduction', '扣分'), money('total', '总分')] : []),
    ...(shape.lights ? [{ key: 'light', header: '综合灯色', cell: (u: UnitResult) => lightCell(u.light) } as const] : []),
    ...result.lists.map((l): Column => ({ key: 'list', id: l.id, name: l.name, header: l.name, cell: (u) => listCell(result, g, l.id, u.unitId, pack) })),
  ];
}

function groupSheet(result: RunResult, g: GroupResult, pack: RulePack | null, options: RankingSheetOptions): RankingSheet {
  const cols = columns(result, g, pack, options);
  return {
    groupId: g.id,
    group: g.name,
    headers: cols.map((c) => c.header),
    columns: cols.map(({ cell: _cell, ...column }) => column),
    rows: g.units.map((u) => cols.map((c) => c.cell(u))),
    unitIds: g.units.map((u) => u.unitId),
  };
}

/**
 * The run's ranking per group: the one table model the XLSX and CSV exports, the CLI table and the admin SPA render.
 * `pack` gives the list rules' labels when known; `options.moves` adds 位次变化 (the SPA shows it, exports do not).
 */
export function rankingSheets(result: RunResult, pack: RulePack | null = null, options: RankingSheetOptions = {}): RankingSheet[] {
  return result.groups.map((g) => groupSheet(result, g, pack, options));
}

/** 鼓楼区…季度考评-2021年第二季度-考评结果 (without extension). */
export function exportBaseName(result: RunResult): string {
  return `${result.pack.name}-${result.period.label}-考评结果`;
}
