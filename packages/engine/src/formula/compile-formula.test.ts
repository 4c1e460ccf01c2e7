import { describe, expect, it } from 'vitest';
import { isQ, toExact } from '../exact/q.ts';
import type { Value } from './ast.ts';
import { compileFormula } from './compile-formula.ts';
import { FormulaSyntaxError, parseFormula } from './parse-formula.ts';
import type { Ctx, Runtime } from './runtime.ts';
import type { Scope } from './scope.ts';
import { parseDecimal } from '../exact/q.ts';

const vars: Record<string, Value> = { a: parseDecimal('2'), b: parseDecimal('3'), z: parseDecimal('0'), n: null, t: true, f: false, s: 'red' };
const scope: Scope = {
  kind: 'project',
  ident: (name) => (name in vars ? () => vars[name] ?? null : null),
  member: () => null,
  names: () => Object.keys(vars),
};
const ctx = { rt: {} as Runtime, p: 0, u: 0, i: -1, row: null } satisfies Ctx;

function calc(text: string): string | boolean | null | Value[] {
  const v = compileFormula(parseFormula(text), scope)(ctx);
  return isQ(v) ? toExact(v) : v;
}

describe('formula language', () => {
  it('is exact', () => {
    expect(calc('0.1 + 0.2')).toBe('0.3');
    expect(calc('a / b')).toBe('2/3');
    expect(calc('a / b * b')).toBe('2');
    expect(calc('round(85.325, 2)')).toBe('85.33');
    expect(calc('min(a / b, 1.3) * 10')).toBe('20/3');
    expect(calc('choose(2, 50, 30, 20)')).toBe('30');
    expect(calc('clamp(a, 0, 1)')).toBe('1');
  });

  it('propagates null and never divides by zero', () => {
    expect(calc('a / z')).toBe(null);
    expect(calc('n + 1')).toBe(null);
    expect(calc('coalesce(n, 7)')).toBe('7');
    expect(calc('n > 1')).toBe(false);
    expect(calc('n == null')).toBe(true);
  });

  it('uses three-valued logic', () => {
    expect(calc('f && n')).toBe(false);
    expect(calc('t || n')).toBe(true);
    expect(calc('t && n')).toBe(null);
    expect(calc('!n')).toBe(null);
    expect(calc("s == 'red' ? 1 : 2")).toBe('1');
    expect(calc('if(n, 1, 2)')).toBe('2');
  });

  it('rejects anything that is not an expression of the language', () => {
    for (const bad of ['a = 1', 'this', 'a[0]', 'constructor.constructor("x")()', 'a.b.c', 'x => 1', 'a; b', 'typeof a']) {
      expect(() => compileFormula(parseFormula(bad), scope), bad).toThrow(FormulaSyntaxError);
    }
  });

  it('names the unknown name or function and what is available', () => {
    expect(() => calc('a + c')).toThrow(/未知的名称 “c”.*a、b/);
    expect(() => calc('sqrt(a)')).toThrow(/未知的函数 “sqrt”/);
    for (const name of ['toString', 'valueOf', 'constructor', 'hasOwnProperty', '__proto__', '__defineGetter__']) {
      expect(() => calc(`${name}(1)`), name).toThrow(new RegExp(`未知的函数 “${name}”`));
    }
    expect(() => calc('min()')).toThrow(/函数 min 需要 至少 1 个参数/);
    expect(() => calc('groupMax(a)')).toThrow(/不能用在这里/);
  });
});
