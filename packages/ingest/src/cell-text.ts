import { dateParts, formatDay } from './date-parts.ts';
import { plainNumber } from './plain-number.ts';

/**
 * The text of one cell as a spreadsheet shows it, trimmed: null and undefined are empty, numbers
 * are plain decimals, Dates are YYYY-MM-DD, booleans are `true` / `false`.
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? plainNumber(cell) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : formatDay(dateParts(cell));
  return String(cell).trim();
}
