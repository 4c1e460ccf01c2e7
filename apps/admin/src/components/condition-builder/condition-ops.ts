import type { Condition, FactCondition } from '@kaoping/contracts';
import type { FactOption } from '@/utils/condition-labels.ts';

export type GroupMode = 'all' | 'any' | 'not';

/** A fresh leaf on the first fact of the scope. */
export function newLeaf(facts: FactOption[]): FactCondition {
  const f = facts[0];
  const leaf: FactCondition = { fact: f?.id ?? 'total', operator: 'greaterThanInclusive', value: f?.kind === 'boolean' ? true : 0 };
  if (f?.paths?.[0]) leaf.path = f.paths[0].path;
  if (f?.kind === 'boolean') leaf.operator = 'equal';
  return leaf;
}

function childrenOf(c: Condition): Condition[] {
  if ('all' in c) return c.all;
  if ('any' in c) return c.any;
  if ('not' in c) return [c.not];
  return [c];
}

/**
 * Switches a group between all / any / not, keeping its children: `not` over several children
 * negates their conjunction; leaving `not` unwraps a nested `all`/`any` back into the list.
 */
export function setMode(c: Condition, mode: GroupMode): Condition {
  const name = 'name' in c && c.name !== undefined ? { name: c.name } : {};
  let kids = childrenOf(c);
  if ('not' in c && kids.length === 1 && kids[0] !== undefined && !('fact' in kids[0]) && !('not' in kids[0])) kids = childrenOf(kids[0]);
  if (mode === 'not') {
    const only = kids.length === 1 && kids[0] !== undefined ? kids[0] : { all: kids };
    return { not: only, ...name };
  }
  return mode === 'all' ? { all: kids, ...name } : { any: kids, ...name };
}
