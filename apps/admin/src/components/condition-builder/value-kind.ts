import type { ConditionValue } from '@kaoping/contracts';

export type ValueKind = 'number' | 'text' | 'bool' | 'list' | 'factRef' | 'null';

export function kindOf(v: ConditionValue): ValueKind {
  if (v === null) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'factRef';
  return 'text';
}

/** Converts a value to another kind, keeping what can be kept. */
export function convertValue(v: ConditionValue, to: ValueKind): ConditionValue {
  const text = Array.isArray(v) ? v.join(',') : typeof v === 'object' && v !== null ? v.fact : v === null ? '' : String(v);
  switch (to) {
    case 'number':
      return Number.isFinite(Number(text)) && text !== '' ? Number(text) : 0;
    case 'bool':
      return text === 'true';
    case 'list':
      return parseList(text);
    case 'factRef':
      return { fact: text === '' ? 'total' : text };
    case 'null':
      return null;
    default:
      return text;
  }
}

/** "三产, 二产, 3" → ['三产', '二产', 3]: numbers stay numbers. */
export function parseList(text: string): Array<string | number> {
  return text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s));
}
