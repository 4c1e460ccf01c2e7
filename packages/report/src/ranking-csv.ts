import type { RulePack, RunResult } from '@kaoping/contracts';
import { rankingSheets, type SheetCell } from './ranking-sheet.ts';

/** 鼓楼区…季度考评 2021年第二季度考评结果（截至 2021-06-30）, optionally for one group. */
export function rankingTitle(result: RunResult, group?: string): string {
  return `${result.pack.name} ${result.period.label}考评结果${group ? ` · ${group}` : ''}（截至 ${result.asOf}）`;
}

/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, or a control character first) gets a
 * leading apostrophe, so that opening the file never runs anything. Numbers are written as numbers.
 */
export function csvField(cell: SheetCell): string {
  if (cell.kind === 'number') return cell.text;
  const safe = /^[=+\-@\t\r]/.test(cell.text) ? `'${cell.text}` : cell.text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line of cells. */
export const csvLine = (cells: readonly SheetCell[]): string => cells.map(csvField).join(',');

/** Text as CSV cells. */
export const textCells = (texts: readonly string[]): SheetCell[] => texts.map((text) => ({ kind: 'text', text }));

/**
 * The ranking as CSV lines: a title, then one block per group (its name, the ranking sheet's headers and rows).
 * The API's CSV export and the CLI's `--format csv` both write these lines.
 */
export function rankingCsvLines(result: RunResult, pack: RulePack | null = null): string[] {
  const lines = [csvLine(textCells([rankingTitle(result)]))];
  for (const sheet of rankingSheets(result, pack)) {
    lines.push('', csvLine(textCells([sheet.group])), csvLine(textCells(sheet.headers)), ...sheet.rows.map(csvLine));
  }
  return lines;
}
