import type { Condition, Operator } from '@kaoping/contracts';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx, Runtime } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { compileCondition } from './compile-condition.ts';
import { rng } from '../../test/rng.ts';

type Plain = number | string | boolean | null | (number | string)[];
const NUMBERS = [-2, -0.5, 0, 0.5, 1, 1.5, 2, 3, 10];
const STRINGS = ['红', '绿', 'abc', ''];
const DATES = ['2021-01-01', '2021-03-31', '2021-04-01', '2020-12-31', '2021-06-30'];
const NUMERIC_OPS: Operator[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function scalar(r: () => number): Plain {
  const k = r();
  return k < 0.55 ? pick(r, NUMBERS) : k < 0.75 ? pick(r, STRINGS) : k < 0.9 ? r() < 0.5 : null;
}

function facts(r: () => number): Record<string, Plain> {
  return {
    a: scalar(r),
    b: scalar(r),
    c: pick(r, NUMBERS),
    d: pick(r, DATES),
    tags: [pick(r, STRINGS), pick(r, NUMBERS)],
    ind: null,
  };
}

function leaf(r: () => number): Condition {
  const op = pick(r, ['equal', 'notEqual', ...NUMERIC_OPS, 'in', 'notIn', 'contains', 'doesNotContain', 'inWindow'] as Operator[]);
  if (op === 'inWindow') return { fact: 'd', operator: op, value: r() < 0.8 };
  if (op === 'contains' || op === 'doesNotContain') return { fact: 'tags', operator: op, value: r() < 0.5 ? pick(r, STRINGS) : pick(r, NUMBERS) };
  if (op === 'in' || op === 'notIn') return { fact: pick(r, ['a', 'b', 'c']), operator: op, value: [pick(r, NUMBERS), pick(r, STRINGS), pick(r, NUMBERS)] };
  // Numeric operators take a number on the right (Kaoping rejects other literals when compiling;
  // json-rules-engine would coerce them with JavaScript's rules, e.g. false → 0).
  const numeric = NUMERIC_OPS.includes(op);
  if (r() < 0.15) return { fact: 'ind', path: '$.done', operator: op, value: numeric ? pick(r, NUMBERS) : pick(r, [true, false, 1]) };
  const value = r() < 0.2 ? { fact: numeric ? 'c' : pick(r, ['a', 'b', 'c']) } : numeric ? pick(r, NUMBERS) : scalar(r);
  return { fact: pick(r, ['a', 'b', 'c']), operator: op, value } as Condition;
}

function condition(r: () => number, depth: number): Condition {
  const k = r();
  if (depth >= 3 || k < 0.4) return leaf(r);
  const n = 1 + Math.floor(r() * 3);
  const parts = Array.from({ length: n }, () => condition(r, depth + 1));
  return k < 0.65 ? { all: parts } : k < 0.9 ? { any: parts } : { not: parts[0] as Condition };
}

function toValue(v: Plain): Value {
  if (typeof v === 'number') return parseDecimal(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? parseDecimal(x) : x));
  return v;
}

const WINDOW = { start: '2021-01-01', end: '2021-03-31' };

function ours(c: Condition, f: Record<string, Plain>, indDone: Plain): boolean {
  const row: Record<string, Value> = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, toValue(v)]));
  const scope: Scope = {
    kind: 'unit',
    ident: (name) => (name in row ? (ctx: Ctx) => ctx.row?.[name] ?? null : null),
    member: (o, p) => (o === 'ind' && p === 'done' ? () => toValue(indDone) : null),
    names: () => Object.keys(row),
  };
  const rt = { periodFact: (_p: number, n: string) => (n === 'windowStart' ? WINDOW.start : n === 'asOf' ? WINDOW.end : null) } as unknown as Runtime;
  return compileCondition(c, scope)({ rt, p: 0, u: 0, i: -1, row }) === true;
}

async function theirs(c: Condition, f: Record<string, Plain>, indDone: Plain): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('inWindow', (d: unknown, want: unknown) => {
    const inside = typeof d === 'string' && d >= WINDOW.start && d <= WINDOW.end;
    return want === false ? !inside : inside;
  });
  engine.addRule({ conditions: ('fact' in c ? { all: [c] } : c) as never, event: { type: 'hit' } });
  for (const [k, v] of Object.entries(f)) engine.addFact(k, k === 'ind' ? { done: indDone } : v);
  const { events } = await engine.run();
  return events.length === 1;
}

describe('conditions agree with json-rules-engine', () => {
  it('on 400 random conditions and fact sets', async () => {
    const r = rng(20211231);
    let held = 0;
    for (let k = 0; k < 400; k++) {
      const c = condition(r, 0);
      const f = facts(r);
      const done = pick(r, [true, false, null, 1] as Plain[]);
      const expected = await theirs(c, f, done);
      expect({ k, c, f, done, result: ours(c, f, done) }).toEqual({ k, c, f, done, result: expected });
      if (expected) held++;
    }
    // Both outcomes must occur, or the comparison proves little.
    expect(held).toBeGreaterThan(40);
    expect(held).toBeLessThan(360);
  });
});
