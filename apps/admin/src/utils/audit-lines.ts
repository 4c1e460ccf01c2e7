/** How the audit page names a field and shows a value (in the UI language). */
export interface AuditWords {
  field: (key: string) => string;
  value: (key: string, v: string | number | boolean) => string;
  empty: string;
  nested: (n: number) => string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bookkeeping that says nothing to a reader (times are in the 时间 column, the user in 对象, ids are internal). */
const SKIP = new Set(['createdAt', 'updatedAt', 'username', 'id', 'runId', 'schemeId', 'fingerprint', 'revision']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shown(key: string, v: unknown, w: AuditWords): string {
  if (v === null || v === undefined || v === '') return w.empty;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return w.value(key, v);
  return w.nested(Array.isArray(v) ? v.length : Object.keys(v).length);
}

/**
 * An audit entry's details as lines a reader can follow: `字段：值` for what was created, `字段：旧 → 新` for what
 * changed (unchanged fields left out; a changed nested record, such as a project's fields, by its own changed fields), never
 * raw JSON or internal ids.
 */
export function auditLines(before: unknown, after: unknown, w: AuditWords): string[] {
  if (!isRecord(before) && !isRecord(after)) {
    const b = before === null || before === undefined ? '' : shown('', before, w);
    const a = after === null || after === undefined ? '' : shown('', after, w);
    return [b && a ? `${b} → ${a}` : b || a].filter((x) => x !== '');
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !SKIP.has(k));
  const lines: string[] = [];
  for (const k of keys) {
    const [x, y] = [b[k], a[k]];
    if ((typeof x === 'string' && UUID.test(x)) || (typeof y === 'string' && UUID.test(y))) continue;
    if (!isRecord(before) || !isRecord(after)) lines.push(`${w.field(k)}：${shown(k, isRecord(after) ? y : x, w)}`);
    else if (isRecord(x) && isRecord(y)) lines.push(...auditLines(x, y, w));
    else if (JSON.stringify(x) !== JSON.stringify(y)) lines.push(`${w.field(k)}：${shown(k, x, w)} → ${shown(k, y, w)}`);
  }
  return lines;
}
