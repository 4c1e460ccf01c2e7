import { cellText } from './cell-text.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const TRUE = new Set(['true', '是', '1', 'y', 'yes']);
const FALSE = new Set(['false', '否', '0', 'n', 'no']);

/** Reads a non-empty cell as a flag: true/false, 是/否, 1/0, Y/N, yes/no (any case). */
export function parseBoolean(cell: unknown): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).normalize('NFKC').toLowerCase();
  if (TRUE.has(text)) return ok(true);
  if (FALSE.has(text)) return ok(false);
  return fail(`"${cellText(cell)}" 不是“是”或“否”`);
}
