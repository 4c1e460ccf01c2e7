import type { Operator } from '@kaoping/contracts';
import { factsOf, type CatalogueScope, type ValueType } from '@kaoping/engine';

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

type FactKind = 'number' | 'string' | 'boolean' | 'date' | 'list';

export interface FactOption {
  id: string;
  /** A fixed label (from the pack) or an i18n key under `cond.fact.*`. */
  label: string;
  labelIsKey: boolean;
  kind: FactKind;
  /** Facts that are objects keyed by something (indicators): a path like `$.done` is needed. */
  paths?: Array<{ path: string; label: string; kind: FactKind }>;
}

const KIND: Record<ValueType, FactKind> = { number: 'number', boolean: 'boolean', text: 'string', date: 'date', light: 'string', list: 'list' };

/** The engine's built-in facts of some scopes (its catalogue), as condition-builder options. */
function fromCatalogue(...scopes: CatalogueScope[]): FactOption[] {
  return scopes.flatMap((s) => factsOf(s)).map((f) => ({ id: f.id, label: f.label, labelIsKey: false, kind: KIND[f.type] }));
}

/** Built-in facts per scope, from the engine's catalogue; the pack adds its own (flags, measures, facts, indicators). */
export const BUILTIN_FACTS: Record<ConditionScope, FactOption[]> = {
  project: fromCatalogue('project', 'period'),
  unit: fromCatalogue('unit', 'period'),
  indicator: fromCatalogue('indicator', 'unit', 'period'),
  event: fromCatalogue('event', 'period'),
  report: fromCatalogue('report', 'period'),
};

/** Paths into an indicator fact (`{ fact: 'K4', path: '$.done' }`), `$.done` first. */
export const INDICATOR_PATHS: NonNullable<FactOption['paths']> = fromCatalogue('indicator')
  .sort((a, b) => Number(b.id === 'done') - Number(a.id === 'done'))
  .map((f) => ({ path: `$.${f.id}`, label: f.label, kind: f.kind }));
