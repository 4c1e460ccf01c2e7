import type { FieldValue } from '@kaoping/contracts';
import { cellText } from './cell-text.ts';
import { parseBoolean } from './parse-boolean.ts';
import { parseDate } from './parse-date.ts';
import { parseCount, parseDecimal } from './parse-decimal.ts';
import { parseDeadline } from './parse-deadline.ts';
import { parsePeriod } from './parse-period.ts';
import { ok, type Parsed } from './parsed.ts';

/** How the cells of a column are read. `text` keeps the trimmed text. */
export type ValueKind = 'text' | 'decimal' | 'count' | 'date' | 'boolean' | 'period' | 'deadline';

const PARSERS: Record<Exclude<ValueKind, 'text'>, (cell: unknown) => Parsed<FieldValue>> = {
  decimal: parseDecimal,
  count: parseCount,
  date: parseDate,
  boolean: parseBoolean,
  period: parsePeriod,
  deadline: parseDeadline,
};

/** Reads one cell as the given kind; an empty cell is null. */
export function parseCell(kind: ValueKind, cell: unknown): Parsed<FieldValue> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  return kind === 'text' ? ok(text) : PARSERS[kind](cell);
}
