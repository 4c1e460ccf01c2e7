import type { CellValue } from 'exceljs';

/** One XLSX cell as readTable expects it: string, number, boolean, Date or null. */
export function xlsxCell(value: CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}
