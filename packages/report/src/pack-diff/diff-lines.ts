import type { RuleChange } from '@kaoping/contracts';
import { isRecord } from './json-diff.ts';
import { packSectionName } from './section-names.ts';

export interface DiffLine {
  change: RuleChange['change'];
  /** Section and rule, e.g. `结果名单 · 介绍经验（present）`. */
  rule: string;
  /** The section and rule id, for tests and anchors (`lists/present`). */
  key: string;
  pointer: string;
  before: string;
  after: string;
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** Sections whose rules are listed with an id and a name; `weights` is keyed by group. */
const NAMED = ['groups', 'indicators', 'adjustments', 'facts', 'lists', 'measures', 'projectFlags'] as const;

/**
 * The display name of a rule in a pack: its `name` for listed rules, the group's name for a row of
 * weights, a method's `name`; undefined when the pack does not name it.
 */
export function ruleName(pack: unknown, section: string, id: string): string | undefined {
  if (!isRecord(pack)) return undefined;
  if (section === 'methods') {
    const method = isRecord(pack['methods']) ? pack['methods'][id] : undefined;
    return isRecord(method) && typeof method['name'] === 'string' && method['name'] !== '' ? method['name'] : undefined;
  }
  const listed = section === 'weights' ? 'groups' : (NAMED as readonly string[]).includes(section) ? section : null;
  if (listed === null) return undefined;
  const list = pack[listed];
  const rule = Array.isArray(list) ? list.find((r) => isRecord(r) && r['id'] === id) : undefined;
  return isRecord(rule) && typeof rule['name'] === 'string' && rule['name'] !== '' ? rule['name'] : undefined;
}

export interface DiffLabels {
  /** Section label in another language, or undefined for report's Chinese name (`权重`, PACK_SECTION_NAMES). */
  section?: (section: string) => string | undefined;
  /** Rule name in the newer pack, else the older one. */
  name?: (section: string, id: string) => string | undefined;
}

/** One line per changed field (or per added / removed rule), for a before/after table. */
export function diffLines(changes: RuleChange[], labels: DiffLabels = {}): DiffLine[] {
  return changes.flatMap((c) => {
    const section = labels.section?.(c.section) ?? packSectionName(c.section);
    const name = labels.name?.(c.section, c.id);
    const rule = `${section} · ${name !== undefined && name !== c.id ? `${name}（${c.id}）` : c.id}`;
    const key = `${c.section}/${c.id}`;
    if (c.fields.length === 0) return [{ change: c.change, rule, key, pointer: c.pointer, before: '', after: '' }];
    return c.fields.map((f) => ({ change: c.change, rule, key, pointer: f.pointer, before: show(f.before), after: show(f.after) }));
  });
}
