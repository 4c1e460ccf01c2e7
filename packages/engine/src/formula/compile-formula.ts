import type { Node, Value } from './ast.ts';
import { PURE_FUNCTIONS } from './functions.ts';
import { FormulaSyntaxError } from './parse-formula.ts';
import type { Getter } from './runtime.ts';
import type { Scope } from './scope.ts';
import { SPECIAL_FORMS } from './special-forms.ts';
import { candidatesFor, namesHint } from './suggest.ts';
import { applyBinary, applyUnary } from './values.ts';

function unknownName(name: string, scope: Scope): FormulaSyntaxError {
  return new FormulaSyntaxError(`未知的名称 “${name}”${namesHint(name, candidatesFor(name, scope.names()))}`);
}

function checkArity(fn: string, n: number, min: number, max: number): void {
  if (n < min || n > max) {
    const want = min === max ? `${min}` : max === Infinity ? `至少 ${min}` : `${min}–${max}`;
    throw new FormulaSyntaxError(`函数 ${fn} 需要 ${want} 个参数，实际 ${n} 个`);
  }
}

function compileCall(node: Extract<Node, { k: 'call' }>, scope: Scope): Getter {
  // Own keys only: `toString(1)` or `constructor()` must not find Object.prototype's methods.
  const special = Object.hasOwn(SPECIAL_FORMS, node.fn) ? SPECIAL_FORMS[node.fn] : undefined;
  if (special !== undefined) {
    checkArity(node.fn, node.args.length, special.min, special.max);
    if (!special.scopes.includes(scope.kind)) throw new FormulaSyntaxError(`函数 ${node.fn} 不能用在这里`);
    return special.build(node.args, scope, compileFormula, node.id);
  }
  const pure = Object.hasOwn(PURE_FUNCTIONS, node.fn) ? PURE_FUNCTIONS[node.fn] : undefined;
  if (pure === undefined) {
    const all = [...Object.keys(PURE_FUNCTIONS), ...Object.keys(SPECIAL_FORMS)].sort();
    throw new FormulaSyntaxError(`未知的函数 “${node.fn}”${namesHint(node.fn, all, '函数')}`);
  }
  checkArity(node.fn, node.args.length, pure.min, pure.max);
  const args = node.args.map((a) => compileFormula(a, scope));
  return (ctx) => pure.fn(args.map((a) => a(ctx)));
}

/**
 * Turns a syntax tree into a closure. Names are resolved now, so a misspelt name fails at compile
 * time; evaluation then only calls closures (no eval, no new Function).
 */
export function compileFormula(node: Node, scope: Scope): Getter {
  switch (node.k) {
    case 'num':
    case 'str':
    case 'bool': {
      const v: Value = node.v;
      return () => v;
    }
    case 'null':
      return () => null;
    case 'list': {
      const items = node.items.map((n) => compileFormula(n, scope));
      return (ctx) => items.map((g) => g(ctx));
    }
    case 'id': {
      const g = scope.ident(node.name);
      if (g === null) throw unknownName(node.name, scope);
      return g;
    }
    case 'member': {
      const g = scope.member(node.object, node.prop);
      if (g === null) throw unknownName(`${node.object}.${node.prop}`, scope);
      return g;
    }
    case 'unary': {
      const a = compileFormula(node.arg, scope);
      return (ctx) => applyUnary(node.op, a(ctx));
    }
    case 'bin': {
      const l = compileFormula(node.l, scope);
      const r = compileFormula(node.r, scope);
      if (node.op === '&&')
        return (ctx) => {
          const a = l(ctx);
          return a === false ? false : applyBinary('&&', a, r(ctx));
        };
      if (node.op === '||')
        return (ctx) => {
          const a = l(ctx);
          return a === true ? true : applyBinary('||', a, r(ctx));
        };
      return (ctx) => applyBinary(node.op, l(ctx), r(ctx));
    }
    case 'cond': {
      const t = compileFormula(node.test, scope);
      const a = compileFormula(node.then, scope);
      const b = compileFormula(node.else, scope);
      return (ctx) => (t(ctx) === true ? a(ctx) : b(ctx));
    }
    case 'call':
      return compileCall(node, scope);
  }
}
