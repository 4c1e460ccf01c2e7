import type { Node, Value } from '../../formula/ast.ts';
import { compileFormula } from '../../formula/compile-formula.ts';
import { PURE_FUNCTIONS } from '../../formula/functions.ts';
import type { Ctx, Getter } from '../../formula/runtime.ts';
import type { Scope } from '../../formula/scope.ts';
import { applyBinary, applyUnary, isTrue } from '../../formula/values.ts';
import { children, isSpecial, readSites, type ReadSites } from './read-sites.ts';

/**
 * What one evaluation of a formula read and returned: the record its explanation is rendered from.
 * Compact: one value per read site of the formula (see `readSites`), undefined where nothing was read.
 */
export interface FormulaRecord {
  readonly value: Value;
  readonly sites: ReadSites;
  /** By site: each name (`completion`), member (`K1.actual`) and special-form call as read. */
  readonly read: readonly (Value | undefined)[];
  /** Branches the evaluation did not take (of `?:`, `if`, `&&`, `||`): not evaluated, see `readSkipped`. */
  readonly skipped: readonly Node[];
}

type Call = Extract<Node, { k: 'call' }>;

/** The scope's getter of each name and member, and each special-form call compiled, once per scope. */
const getters = new WeakMap<Scope, Map<string | number, Getter | null>>();

function getter(scope: Scope, key: string | number, make: () => Getter | null): Getter | null {
  let m = getters.get(scope);
  if (m === undefined) getters.set(scope, (m = new Map()));
  let g = m.get(key);
  if (g === undefined) m.set(key, (g = make()));
  return g;
}

function readName(scope: Scope, name: string, ctx: Ctx): Value {
  return getter(scope, name, () => scope.ident(name))?.(ctx) ?? null;
}

function readMember(scope: Scope, object: string, prop: string, ctx: Ctx): Value {
  return getter(scope, `${object}.${prop}`, () => scope.member(object, prop))?.(ctx) ?? null;
}

/** A special form evaluates its arguments in other units, indicators or periods: it is compiled as the compiler does. */
function readSpecial(scope: Scope, call: Call, ctx: Ctx): Value {
  return (getter(scope, call.id, () => compileFormula(call, scope)) as Getter)(ctx);
}

const NONE: readonly Node[] = [];

/**
 * Evaluates a formula tree with the semantics of `compileFormula` (the same getters for names and
 * special forms, the same operators and short-circuits) and records what it read on the way.
 */
export function recordFormula(node: Node, scope: Scope, ctx: Ctx): FormulaRecord {
  const sites = readSites(node);
  const read = new Array<Value | undefined>(sites.count);
  let skipped = NONE;
  const at = (key: string | number, v: Value): Value => {
    read[sites.slot.get(key) as number] = v;
    return v;
  };
  const ev = (n: Node): Value => {
    switch (n.k) {
      case 'num':
      case 'str':
      case 'bool':
        return n.v;
      case 'null':
        return null;
      case 'list':
        return n.items.map(ev);
      case 'id':
        return at(n.name, readName(scope, n.name, ctx));
      case 'member':
        return at(`${n.object}.${n.prop}`, readMember(scope, n.object, n.prop, ctx));
      case 'unary':
        return applyUnary(n.op, ev(n.arg));
      case 'bin': {
        const a = ev(n.l);
        if ((n.op === '&&' && a === false) || (n.op === '||' && a === true)) return skip(n.r, a);
        return applyBinary(n.op, a, ev(n.r));
      }
      case 'cond':
        return branch(isTrue(ev(n.test)), n.then, n.else);
      case 'call':
        if (n.fn === 'if') return branch(isTrue(ev(n.args[0] as Node)), n.args[1] as Node, n.args[2] as Node);
        if (isSpecial(n.fn)) return at(n.id, readSpecial(scope, n, ctx));
        return (PURE_FUNCTIONS[n.fn]?.fn ?? (() => null))(n.args.map(ev));
    }
  };
  const skip = (n: Node, v: Value): Value => {
    skipped = skipped === NONE ? [n] : [...skipped, n];
    return v;
  };
  const branch = (taken: boolean, yes: Node, no: Node): Value => skip(taken ? no : yes, ev(taken ? yes : no));
  const value = ev(node);
  return { value, sites, read, skipped };
}

/**
 * The values a formula's evaluation read, by site, with the names and special calls of the branches
 * it skipped read after the run (when every fact they name is settled) so that the explanation can
 * show them beside the ones it used.
 */
export function readSkipped(rec: FormulaRecord, scope: Scope, ctx: Ctx): readonly (Value | undefined)[] {
  if (rec.skipped.length === 0) return rec.read;
  const read = [...rec.read];
  const fill = (key: string | number, get: () => Value): void => {
    const k = rec.sites.slot.get(key) as number;
    if (read[k] === undefined) read[k] = get();
  };
  const touch = (n: Node): void => {
    if (n.k === 'id') fill(n.name, () => readName(scope, n.name, ctx));
    else if (n.k === 'member') fill(`${n.object}.${n.prop}`, () => readMember(scope, n.object, n.prop, ctx));
    else if (n.k === 'call' && isSpecial(n.fn)) fill(n.id, () => readSpecial(scope, n, ctx));
    else children(n).forEach(touch);
  };
  rec.skipped.forEach(touch);
  return read;
}
