import type { RulePack, RunResult } from '@kaoping/contracts';
import { csvLine, rankingCsvLines, textCells } from '@kaoping/report';
import { projectRows } from './format-projects.ts';

const block = (title: string, header: string[], rows: string[][]): string[] => [
  '',
  csvLine(textCells([title])),
  ...[header, ...rows].map((r) => csvLine(textCells(r))),
];

/**
 * The ranking as the API's CSV export writes it (report's ranking sheets: a title, then one block per group), then,
 * with a trace, a 计算过程 block (one row per unit), and one row per project if the pack tracks projects.
 */
export function formatCsv(r: RunResult, pack: RulePack | null = null): string {
  const lines = rankingCsvLines(r, pack);
  if (r.trace !== undefined) {
    const trace = r.trace;
    const rows = r.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.name, (trace[u.unitId] ?? []).map((l) => l.text).join('\n')]));
    lines.push(...block('计算过程', ['单位编码', '单位', '计算过程'], rows));
  }
  if (r.projects !== undefined) {
    const projects = projectRows(r, r.projects);
    lines.push(...block('项目', projects.header, projects.rows));
  }
  return `${lines.join('\n')}\n`;
}
