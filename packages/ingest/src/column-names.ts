import type { ColumnNames } from '@kaoping/contracts';

/** One header name or several, as a list. */
export function columnNames(names: ColumnNames | undefined): string[] {
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : [...names];
}
