/** A project's `fields` are spread into the row so the table shows them as columns; yes/no fields read 是/否. */
export function flattenRow(row: Record<string, unknown>): Record<string, unknown> {
  const { fields, ...rest } = row;
  const out: Record<string, unknown> = { ...rest };
  if (typeof fields === 'object' && fields !== null) {
    for (const [k, v] of Object.entries(fields)) out[k] = typeof v === 'boolean' ? (v ? '是' : '否') : v;
  }
  return out;
}

/** Column names in first-seen order over all rows. */
export function dataColumns(rows: Array<Record<string, unknown>>): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
