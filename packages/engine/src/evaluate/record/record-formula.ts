import type { Node, Value } from '../../formula/ast.ts';
import { compileFormula } from '../../formula/compile-formula.ts';
import { PURE_FUNCTIONS } from '../../formula/functions.ts';
import type { Ctx, Getter } from '../../formula/runtime.ts';
import type { Scope } from '../../formula/scope.ts';
import { SPECIAL_FORMS } from '../../formula/special-forms.ts';
import { applyBinary, applyUnary, isTrue } from '../../formula/values.ts';

/** What one evaluation of a formula read and returned: the record its explanation is rendered from. */
export interface FormulaRecord {
  readonly value: Value;
  /** Each name (`completion`) and indicator member (`K1.actual`) as read. */
  readonly reads: ReadonlyMap<string, Value>;
  /** Each special-form call (group, indicator and period functions) by its call id, with its result. */
  readonly calls: ReadonlyMap<number, Value>;
  /** Branches the evaluation did not take (of `?:`, `if`, `&&`, `||`): not evaluated, see `readSkipped`. */
  readonly skipped: readonly Node[];
}

type Call = Extract<Node, { k: 'call' }>;

/** Special-form calls compiled once per scope (they evaluate their arguments in other units, indicators or periods). */
const specials = new WeakMap<Scope, Map<number, Getter>>();

function specialGetter(call: Call, scope: Scope): Getter {
  let m = specials.get(scope);
  if (m === undefined) specials.set(scope, (m = new Map()));
  let g = m.get(call.id);
  if (g === undefined) m.set(call.id, (g = compileFormula(call, scope)));
  return g;
}

function isSpecial(fn: string): boolean {
  return Object.hasOwn(SPECIAL_FORMS, fn) && fn !== 'if';
}

/**
 * Evaluates a formula tree with the semantics of `compileFormula` (the same getters for names and
 * special forms, the same operators and short-circuits) and records what it read on the way.
 */
export function recordFormula(node: Node, scope: Scope, ctx: Ctx): FormulaRecord {
  const reads = new Map<string, Value>();
  const calls = new Map<number, Value>();
  const read = (key: string, get: Getter | null): Value => {
    const v = get === null ? null : get(ctx);
    reads.set(key, v);
    return v;
  };
  const skipped: Node[] = [];
  const touch = (n: Node): void => { skipped.push(n); };
  const ev = (n: Node): Value => {
    switch (n.k) {
      case 'num': case 'str': case 'bool': return n.v;
      case 'null': return null;
      case 'list': return n.items.map(ev);
      case 'id': return read(n.name, scope.ident(n.name));
      case 'member': return read(`${n.object}.${n.prop}`, scope.member(n.object, n.prop));
      case 'unary': return applyUnary(n.op, ev(n.arg));
      case 'bin': {
        const a = ev(n.l);
        if ((n.op === '&&' && a === false) || (n.op === '||' && a === true)) { touch(n.r); return a; }
        return applyBinary(n.op, a, ev(n.r));
      }
      case 'cond': return branch(isTrue(ev(n.test)), n.then, n.else);
      case 'call': {
        if (n.fn === 'if') return branch(isTrue(ev(n.args[0] as Node)), n.args[1] as Node, n.args[2] as Node);
        if (isSpecial(n.fn)) { const v = specialGetter(n, scope)(ctx); calls.set(n.id, v); return v; }
        return (PURE_FUNCTIONS[n.fn]?.fn ?? (() => null))(n.args.map(ev));
      }
    }
  };
  const branch = (taken: boolean, yes: Node, no: Node): Value => {
    const v = ev(taken ? yes : no);
    touch(taken ? no : yes);
    return v;
  };
  return { value: ev(node), reads, calls, skipped };
}

function children(n: Node): readonly Node[] {
  switch (n.k) {
    case 'unary': return [n.arg];
    case 'bin': return [n.l, n.r];
    case 'cond': return [n.test, n.then, n.else];
    case 'call': return n.args;
    case 'list': return n.items;
    default: return [];
  }
}

/**
 * The names and special calls of the branches a formula's evaluation skipped, read after the run (when
 * every fact they name is settled) so that the explanation can show them beside the ones it used;
 * a name read by the evaluation keeps its recorded value.
 */
export function readSkipped(rec: FormulaRecord, scope: Scope, ctx: Ctx): Pick<FormulaRecord, 'reads' | 'calls'> {
  if (rec.skipped.length === 0) return rec;
  const reads = new Map(rec.reads);
  const calls = new Map(rec.calls);
  const touch = (n: Node): void => {
    if (n.k === 'id') { if (!reads.has(n.name)) reads.set(n.name, scope.ident(n.name)?.(ctx) ?? null); return; }
    const key = n.k === 'member' ? `${n.object}.${n.prop}` : '';
    if (n.k === 'member') { if (!reads.has(key)) reads.set(key, scope.member(n.object, n.prop)?.(ctx) ?? null); return; }
    if (n.k === 'call' && isSpecial(n.fn)) { if (!calls.has(n.id)) calls.set(n.id, specialGetter(n, scope)(ctx)); return; }
    for (const c of children(n)) touch(c);
  };
  rec.skipped.forEach(touch);
  return { reads, calls };
}
