/** A plain decimal such as -0.50: a spreadsheet reads it as a number, never as a formula, so it stays as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** What spreadsheets take as the start of a formula (OWASP "CSV injection"), incl. tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`) gets a leading
 * apostrophe so it shows as text; then the RFC 4180 quoting.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
