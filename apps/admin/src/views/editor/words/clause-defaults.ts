import type { RulePack } from '@kaoping/contracts';
import type { Clause, ClauseKind } from './rule-clauses.ts';
import { flagOptions, numberOptions, taskOptions } from './fact-names.ts';

/** Kinds offered by "+ 条件", in the order people reach for them. */
export const CLAUSE_KINDS: readonly ClauseKind[] = ['top', 'bottom', 'minTotal', 'done', 'flag', 'light', 'compare'];

/** A new clause of a kind, filled with a sensible first value (the pack's first task, 前3名, 60分 …). */
export function newClause(pack: RulePack, kind: ClauseKind): Clause {
  switch (kind) {
    case 'top':
      return { kind, n: 3 };
    case 'bottom':
      return { kind, n: 2, last: false };
    case 'minTotal':
      return { kind, x: 60 };
    case 'done': {
      const t = taskOptions(pack)[0];
      return t?.path === undefined ? { kind, fact: t?.fact ?? 'tasksDone', value: false } : { kind, fact: t.fact, path: t.path, value: false };
    }
    case 'flag':
      return { kind, fact: flagOptions(pack)[0]?.fact ?? 'vetoed', value: true };
    case 'light':
      return { kind, light: 'red' };
    case 'compare':
      return { kind, fact: numberOptions(pack)[0]?.fact ?? 'total', operator: 'greaterThan', value: 0 };
  }
}
