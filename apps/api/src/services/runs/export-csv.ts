import type { RulePack, RunResult } from '@kaoping/contracts';
import { rankingSheets, type SheetCell } from '@kaoping/report';
import { exportTitle } from './export-title.ts';

/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, or a control character first) gets a
 * leading apostrophe, so that opening the export never runs anything. Numbers are written as numbers.
 */
export function csvField(cell: SheetCell): string {
  if (cell.kind === 'number') return cell.text;
  const safe = /^[=+\-@\t\r]/.test(cell.text) ? `'${cell.text}` : cell.text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const line = (cells: readonly SheetCell[]) => cells.map(csvField).join(',');
const textCells = (texts: readonly string[]): SheetCell[] => texts.map((text) => ({ kind: 'text', text }));

/** CSV (UTF-8 with BOM, so Excel opens it as Chinese): a title, then one block per group with the XLSX's columns. */
export function exportCsv(result: RunResult, pack: RulePack | null = null): Buffer {
  const lines = [line(textCells([exportTitle(result)]))];
  for (const sheet of rankingSheets(result, pack)) {
    lines.push('', line(textCells([sheet.group])), line(textCells(sheet.headers)), ...sheet.rows.map(line));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
