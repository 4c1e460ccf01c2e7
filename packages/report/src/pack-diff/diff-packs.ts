import type { RuleChange } from '@kaoping/contracts';
import { isRecord, jsonDiff, pointerToken } from './json-diff.ts';

/** Sections that are lists of rules with ids: compared rule by rule. */
const BY_ID = ['groups', 'indicators', 'adjustments', 'facts', 'lists', 'measures', 'projectFlags'] as const;
/** Sections that are maps keyed by id: compared entry by entry. */
const BY_KEY = ['methods', 'weights'] as const;

/** Rule-by-rule differences from pack `a` to pack `b`. */
export function diffPacks(a: unknown, b: unknown): RuleChange[] {
  const pa = isRecord(a) ? a : {};
  const pb = isRecord(b) ? b : {};
  const changes: RuleChange[] = [];
  const handled = new Set<string>([...BY_ID, ...BY_KEY]);
  for (const section of BY_ID) changes.push(...diffById(section, pa[section], pb[section]));
  for (const section of BY_KEY) changes.push(...diffByKey(section, pa[section], pb[section]));
  for (const key of [...new Set([...Object.keys(pa), ...Object.keys(pb)])]) {
    if (handled.has(key)) continue;
    changes.push(...entry(key, key, pa[key], pb[key], pointerToken(key), pointerToken(key)));
  }
  return changes;
}

function diffById(section: string, a: unknown, b: unknown): RuleChange[] {
  const index = (list: unknown) => {
    const map = new Map<string, { rule: unknown; at: number }>();
    if (Array.isArray(list)) list.forEach((rule, at) => isRecord(rule) && typeof rule['id'] === 'string' && map.set(rule['id'], { rule, at }));
    return map;
  };
  const ia = index(a);
  const ib = index(b);
  const out: RuleChange[] = [];
  for (const id of [...new Set([...ib.keys(), ...ia.keys()])]) {
    const before = ia.get(id);
    const after = ib.get(id);
    const pa = before ? `/${section}/${before.at}` : '';
    const pb = after ? `/${section}/${after.at}` : '';
    out.push(...entry(section, id, before?.rule, after?.rule, pa, pb));
  }
  return out;
}

function diffByKey(section: string, a: unknown, b: unknown): RuleChange[] {
  const ma = isRecord(a) ? a : {};
  const mb = isRecord(b) ? b : {};
  return [...new Set([...Object.keys(mb), ...Object.keys(ma)])].flatMap((key) => {
    const p = `/${section}${pointerToken(key)}`;
    return entry(section, key, ma[key], mb[key], p, p);
  });
}

function entry(section: string, id: string, before: unknown, after: unknown, pa: string, pb: string): RuleChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ section, id, change: 'added', pointer: pb, fields: [{ pointer: pb, after }] }];
  if (after === undefined) return [{ section, id, change: 'removed', pointer: pa, fields: [{ pointer: pa, before }] }];
  const fields = jsonDiff(before, after, pb);
  return fields.length === 0 ? [] : [{ section, id, change: 'changed', pointer: pb, fields }];
}
