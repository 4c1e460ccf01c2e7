import type { Condition, FactCondition } from '@kaoping/contracts';

/** Ordering operators a numeric comparison may use in words. */
export const COMPARE_OPERATORS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
type CompareOperator = (typeof COMPARE_OPERATORS)[number];

/** Light colours a `light == …` clause may ask for. */
export const LIGHTS = ['red', 'yellow', 'green'] as const;

/**
 * One part of a list rule written in words. A rule in words is the conjunction (`all`) of its clauses:
 * - `top`: 前 n 名 (`rank <= n`)
 * - `bottom`: 后 n 名 (`unitsRankedBelow < n`, ties counted fairly); `last` keeps 末位 written as `== 0`
 * - `minTotal`: 得分不低于 x (`total >= x`)
 * - `done`: 完成 / 未完成 a task (`k4Done == false`, or an indicator's `$.done`)
 * - `flag`: a yes/no fact holds or not (`vetoed == true`, `supervised == true` …)
 * - `light`: 亮 红/黄/绿 灯 (`light == 'red'`)
 * - `compare`: a number fact against a number (`rewardAmount > 0`)
 */
export type Clause =
  | { kind: 'top'; n: number }
  | { kind: 'bottom'; n: number; last: boolean }
  | { kind: 'minTotal'; x: number | string }
  | { kind: 'done'; fact: string; path?: string; value: boolean }
  | { kind: 'flag'; fact: string; value: boolean }
  | { kind: 'light'; light: (typeof LIGHTS)[number] }
  | { kind: 'compare'; fact: string; operator: CompareOperator; value: number };

export type ClauseKind = Clause['kind'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isCompare = (op: string): op is CompareOperator => (COMPARE_OPERATORS as readonly string[]).includes(op);
const isLight = (v: unknown): v is (typeof LIGHTS)[number] => typeof v === 'string' && (LIGHTS as readonly string[]).includes(v);

/** A fact whose yes/no value means a task was done (`k4Done`, `tasksDone`) or an indicator's `$.done`. */
function isTaskFact(fact: string, path: string | undefined): boolean {
  return path === undefined ? /Done$/.test(fact) : path === '$.done';
}

function clauseOf(leaf: FactCondition): Clause | null {
  const { fact, operator: op, value: v, path } = leaf;
  if (path !== undefined) return op === 'equal' && typeof v === 'boolean' && isTaskFact(fact, path) ? { kind: 'done', fact, path, value: v } : null;
  if (fact === 'rank' && op === 'lessThanInclusive' && isCount(v)) return { kind: 'top', n: v };
  if (fact === 'unitsRankedBelow' && op === 'lessThan' && isCount(v)) return { kind: 'bottom', n: v, last: false };
  if (fact === 'unitsRankedBelow' && op === 'equal' && v === 0) return { kind: 'bottom', n: 1, last: true };
  if (fact === 'total' && op === 'greaterThanInclusive' && (typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))))
    return { kind: 'minTotal', x: v };
  if (op === 'equal' && typeof v === 'boolean') return isTaskFact(fact, undefined) ? { kind: 'done', fact, value: v } : { kind: 'flag', fact, value: v };
  if (fact === 'light' && op === 'equal' && isLight(v)) return { kind: 'light', light: v };
  if (isCompare(op) && typeof v === 'number') return { kind: 'compare', fact, operator: op, value: v };
  return null;
}

function leafOf(c: Clause): FactCondition {
  switch (c.kind) {
    case 'top':
      return { fact: 'rank', operator: 'lessThanInclusive', value: c.n };
    case 'bottom':
      return c.last && c.n === 1 ? { fact: 'unitsRankedBelow', operator: 'equal', value: 0 } : { fact: 'unitsRankedBelow', operator: 'lessThan', value: c.n };
    case 'minTotal':
      return { fact: 'total', operator: 'greaterThanInclusive', value: c.x };
    case 'done':
      return c.path === undefined ? { fact: c.fact, operator: 'equal', value: c.value } : { fact: c.fact, operator: 'equal', value: c.value, path: c.path };
    case 'flag':
      return { fact: c.fact, operator: 'equal', value: c.value };
    case 'light':
      return { fact: 'light', operator: 'equal', value: c.light };
    case 'compare':
      return { fact: c.fact, operator: c.operator, value: c.value };
  }
}

/** The condition a list of clauses stands for: their conjunction. */
export function buildWhen(clauses: readonly Clause[]): Condition {
  return { all: clauses.map(leafOf) };
}

/**
 * The clauses a rule's condition is written in, or null when it matches no known shape (it is then
 * edited in 高级). Only shapes that rebuild to the very same JSON are accepted, so reading a rule in
 * words and writing it back never changes a byte.
 */
export function parseWhen(when: Condition): Clause[] | null {
  if (!('all' in when) || when.name !== undefined || when.all.length === 0) return null;
  const clauses: Clause[] = [];
  for (const part of when.all) {
    if (!('fact' in part) || part.name !== undefined) return null;
    const c = clauseOf(part);
    if (c === null) return null;
    clauses.push(c);
  }
  return JSON.stringify(buildWhen(clauses)) === JSON.stringify(when) ? clauses : null;
}
