import type { Condition, FactCondition, RulePack } from '@kaoping/contracts';
import type { ConditionScope } from './condition-labels.ts';

export interface ScopedCondition {
  pointer: string;
  scope: ConditionScope;
  condition: Condition;
}

const MEASURE_SCOPE: Record<string, ConditionScope> = { projects: 'project', events: 'event', reports: 'report' };

/** Every condition in a pack with where it sits and which facts it may use. */
export function packConditions(pack: RulePack): ScopedCondition[] {
  const out: ScopedCondition[] = [];
  (pack.projectFlags ?? []).forEach((f, i) => out.push({ pointer: `/projectFlags/${i}/when`, scope: 'project', condition: f.when }));
  (pack.measures ?? []).forEach((m, i) => {
    if (m.where) out.push({ pointer: `/measures/${i}/where`, scope: MEASURE_SCOPE[m.source] ?? 'project', condition: m.where });
  });
  if (pack.veto) out.push({ pointer: '/veto/when', scope: 'unit', condition: pack.veto.when });
  pack.indicators.forEach((ind, i) =>
    (ind.light?.bands ?? []).forEach((b, j) => {
      if (b.when) out.push({ pointer: `/indicators/${i}/light/bands/${j}/when`, scope: 'indicator', condition: b.when });
    }),
  );
  (pack.lists ?? []).forEach((l, i) => l.rules.forEach((r, j) => out.push({ pointer: `/lists/${i}/rules/${j}/when`, scope: 'unit', condition: r.when })));
  return out;
}

/** The leaves of a condition with their pointers relative to it. */
export function leaves(c: Condition, pointer = ''): Array<{ pointer: string; leaf: FactCondition }> {
  if ('all' in c) return c.all.flatMap((x, i) => leaves(x, `${pointer}/all/${i}`));
  if ('any' in c) return c.any.flatMap((x, i) => leaves(x, `${pointer}/any/${i}`));
  if ('not' in c) return leaves(c.not, `${pointer}/not`);
  return [{ pointer, leaf: c }];
}

/** A condition that always holds: an empty `all`. */
export function isUnconditional(c: Condition | undefined): boolean {
  return c === undefined || ('all' in c && c.all.length === 0);
}
