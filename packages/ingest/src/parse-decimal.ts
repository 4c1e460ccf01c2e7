import { cellText } from './cell-text.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a non-empty cell as an exact decimal string ("1,234.50" → "1234.50"). Thousands
 * separators must group by three; exponents, units and other text are rejected.
 */
export function parseDecimal(cell: unknown): Parsed<string> {
  const shown = cellText(cell);
  let text = shown.normalize('NFKC').replace(/\s+/g, '').replace(/^\+/, '');
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return fail(`"${shown}" 不是数字`);
    text = text.replace(/,/g, '');
  }
  text = text.replace(/^(-?)\./, '$10.');
  if (!DECIMAL.test(text)) return fail(`"${shown}" 不是数字`);
  return ok(text);
}

/** Reads a non-empty cell as a whole number ("3", "3.0" → "3"). */
export function parseCount(cell: unknown): Parsed<string> {
  const decimal = parseDecimal(cell);
  if (!decimal.ok) return decimal;
  const whole = decimal.value.replace(/\.0+$/, '');
  if (whole.includes('.')) return fail(`"${cellText(cell)}" 不是整数`);
  return ok(whole);
}
