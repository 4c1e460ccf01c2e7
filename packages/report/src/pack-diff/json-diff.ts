import type { FieldChange } from '@kaoping/contracts';

export function pointerToken(key: string | number): string {
  return `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** Leaf-level differences between two JSON values, with JSON pointers below `base`. */
export function jsonDiff(a: unknown, b: unknown, base = ''): FieldChange[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const p = base + pointerToken(i);
      if (i >= a.length) out.push({ pointer: p, after: b[i] });
      else if (i >= b.length) out.push({ pointer: p, before: a[i] });
      else out.push(...jsonDiff(a[i], b[i], p));
    }
    return out;
  }
  if (isRecord(a) && isRecord(b)) {
    const out: FieldChange[] = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const p = base + pointerToken(key);
      if (!(key in a)) out.push({ pointer: p, after: b[key] });
      else if (!(key in b)) out.push({ pointer: p, before: a[key] });
      else out.push(...jsonDiff(a[key], b[key], p));
    }
    return out;
  }
  return [{ pointer: base, before: a, after: b }];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
