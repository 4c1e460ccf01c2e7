import type { RuleChange } from '@/api/versions.ts';

export interface DiffLine {
  change: RuleChange['change'];
  rule: string;
  pointer: string;
  before: string;
  after: string;
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** One line per changed field (or per added / removed rule), for a before/after table. */
export function diffLines(changes: RuleChange[]): DiffLine[] {
  return changes.flatMap((c) => {
    const rule = `${c.section} · ${c.id}`;
    if (c.fields.length === 0) return [{ change: c.change, rule, pointer: c.pointer, before: '', after: '' }];
    return c.fields.map((f) => ({ change: c.change, rule, pointer: f.pointer, before: show(f.before), after: show(f.after) }));
  });
}
