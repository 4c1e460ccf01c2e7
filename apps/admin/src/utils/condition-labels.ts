import type { Operator } from '@kaoping/contracts';

/** Chinese labels (i18n keys under `cond.op.*`) of the condition operators, in menu order. */
export const OPERATOR_KEYS: Record<Operator, string> = {
  equal: 'cond.op.equal',
  notEqual: 'cond.op.notEqual',
  lessThan: 'cond.op.lessThan',
  lessThanInclusive: 'cond.op.lessThanInclusive',
  greaterThan: 'cond.op.greaterThan',
  greaterThanInclusive: 'cond.op.greaterThanInclusive',
  in: 'cond.op.in',
  notIn: 'cond.op.notIn',
  contains: 'cond.op.contains',
  doesNotContain: 'cond.op.doesNotContain',
  inWindow: 'cond.op.inWindow',
};

/** Where a condition is evaluated; each scope has its own facts. */
export type ConditionScope = 'project' | 'unit' | 'indicator' | 'event' | 'report';

export type FactKind = 'number' | 'string' | 'boolean' | 'date' | 'list';

export interface FactOption {
  id: string;
  /** A fixed label (from the pack) or an i18n key under `cond.fact.*`. */
  label: string;
  labelIsKey: boolean;
  kind: FactKind;
  /** Facts that are objects keyed by something (indicators): a path like `$.done` is needed. */
  paths?: Array<{ path: string; labelKey: string; kind: FactKind }>;
}

const builtin = (id: string, kind: FactKind): FactOption => ({ id, label: `cond.fact.${id}`, labelIsKey: true, kind });

/** Built-in facts per scope; the pack adds its own (flags, measures, facts, indicators). */
export const BUILTIN_FACTS: Record<ConditionScope, FactOption[]> = {
  project: [
    builtin('industry', 'string'),
    builtin('realEstate', 'boolean'),
    builtin('investment', 'number'),
    builtin('signedOn', 'date'),
    builtin('startedOn', 'date'),
    builtin('completedOn', 'date'),
    builtin('foreign', 'boolean'),
    builtin('sector', 'string'),
    builtin('category', 'string'),
    builtin('provincialKey', 'boolean'),
    builtin('annualPlan', 'number'),
    builtin('plannedSign', 'date'),
    builtin('plannedStart', 'date'),
    builtin('plannedCompletion', 'date'),
    builtin('plannedListing', 'date'),
    builtin('listedOn', 'date'),
    builtin('invested', 'number'),
    builtin('investedMonth', 'number'),
    builtin('status', 'string'),
    builtin('statusReasons', 'list'),
    builtin('prevStatus', 'string'),
    builtin('laggingPeriods', 'number'),
    builtin('lists', 'list'),
  ],
  unit: [
    builtin('rank', 'number'),
    builtin('unitsRankedBelow', 'number'),
    builtin('total', 'number'),
    builtin('base', 'number'),
    builtin('bonus', 'number'),
    builtin('deduction', 'number'),
    builtin('vetoed', 'boolean'),
    builtin('light', 'string'),
    builtin('group', 'string'),
    builtin('unitId', 'string'),
  ],
  indicator: [
    builtin('completion', 'number'),
    builtin('actual', 'number'),
    builtin('target', 'number'),
    builtin('plan', 'number'),
    builtin('score', 'number'),
    builtin('weight', 'number'),
    builtin('applicable', 'boolean'),
    builtin('done', 'boolean'),
    builtin('timeProgress', 'number'),
  ],
  event: [builtin('code', 'string'), builtin('kind', 'string'), builtin('period', 'string'), builtin('count', 'number')],
  report: [builtin('indicator', 'string'), builtin('period', 'string'), builtin('value', 'number')],
};

/** Paths into an indicator fact (`{ fact: 'K4', path: '$.done' }`). */
export const INDICATOR_PATHS: NonNullable<FactOption['paths']> = [
  { path: '$.done', labelKey: 'cond.fact.done', kind: 'boolean' },
  { path: '$.completion', labelKey: 'cond.fact.completion', kind: 'number' },
  { path: '$.score', labelKey: 'cond.fact.score', kind: 'number' },
  { path: '$.applicable', labelKey: 'cond.fact.applicable', kind: 'boolean' },
  { path: '$.actual', labelKey: 'cond.fact.actual', kind: 'number' },
  { path: '$.light', labelKey: 'cond.fact.light', kind: 'string' },
];
