import { scratchBits } from './pool.ts';
import type { Condition, FactCondition } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { Q } from '../exact/q.ts';
import type { Node } from '../formula/ast.ts';
import { arith, gatedSum, nullNumber } from './arith.ts';
import { compare, logic, not, numericCompare } from './compare.ts';
import { choose, chooseChain, coalesce, extreme, gate, round, unaryMath } from './functions.ts';
import { groupCall } from './group-aggregates.ts';
import { tiered, tierLevels } from './tiers.ts';
import { boolNode, constNode, F, type FNode, T, Unsupported } from './node.ts';

/** Name resolution while compiling a formula for one group, like the exact engine's scopes. */
export interface FastScope {
  readonly n: number;
  ident(name: string): FNode;
  member(object: string, prop: string): FNode;
  /** Unit scope only: indicatorSum(…) and friends over the group's indicators. */
  indicators?: (build: (scope: FastScope) => FNode | null) => (FNode | null)[];
  /** A condition leaf the scope decides itself (project text and date fields), or null. */
  leaf?: (c: FactCondition) => FNode | null;
}

const ZERO_Q = new Q(0);
const ONE_Q = new Q(1);

type Agg = 'indicatorSum' | 'indicatorCount' | 'indicatorAll' | 'indicatorAny';

/** Σ / count / all / any over the group's indicators that pass the filter, per member. */
function indicatorAggregate(fn: Agg, args: readonly Node[], scope: FastScope): FNode {
  if (scope.indicators === undefined) throw new Unsupported(fn);
  const n = scope.n;
  const withExpr = fn !== 'indicatorCount';
  const exprs = withExpr ? scope.indicators((s) => compileNode(args[0]!, s)) : [];
  const filterNode = args[withExpr ? 1 : 0];
  const filters = scope.indicators((s) => (filterNode === undefined ? null : compileNode(filterNode, s)));
  if (fn === 'indicatorCount') {
    const gates = filters.map((f) => (f === null ? constNode(true, n) : f));
    const one = constNode(ONE_Q, n);
    return gatedSum(
      gates.map((gate) => ({ gate, x: one })),
      () => sumTerms(gates, n, true),
      n,
    );
  }
  if (fn === 'indicatorSum') {
    // A value that is not a number (for an indicator that passes) makes the sum null.
    const terms = () =>
      exprs.map((x, k) => {
        const gate = filters[k] ?? null;
        if (gate === null) return x!.t === 'n' ? x! : nullNumber(n);
        return choose(gate.t === 'b' ? gate : constNode(false, n), x!.t === 'n' ? x! : nullNumber(n), constNode(ZERO_Q, n), n);
      });
    return gatedSum(
      exprs.map((x, k) => ({ gate: filters[k] ?? null, x: x! })),
      () => sumTerms(terms(), n, false),
      n,
    );
  }
  const all = fn === 'indicatorAll';
  // Per member: all, false once a passing indicator's value is not true; any, true once one is.
  // Indicator by indicator, a pass each; a column is asked for only while a member it could settle is open, as before.
  const open = all ? T : F;
  const settled = all ? F : T;
  return boolNode(() => {
    const out = scratchBits(n).fill(open);
    for (let k = 0; k < exprs.length; k++) {
      if (!out.includes(open)) break;
      const f = filters[k] ?? null;
      // A filter that is not boolean passes no member.
      if (f !== null && f.t !== 'b') continue;
      const pass = f === null ? null : f.bits();
      const x = exprs[k]!;
      let v: Uint8Array | null | undefined;
      for (let j = 0; j < n; j++) {
        if ((pass !== null && pass[j] !== T) || out[j] === settled) continue;
        if (v === undefined) v = x.t === 'b' ? x.bits() : null;
        if ((v !== null && v[j] === T) !== all) out[j] = settled;
      }
    }
    return out;
  });
}

/** The terms of Σ (counts: 1 for true, else 0), for the exact values of a gated sum; none: exact zero. */
function sumTerms(terms: readonly FNode[], n: number, counts: boolean): FNode[] {
  if (terms.length === 0) return [constNode(ZERO_Q, n)];
  return counts ? terms.map((t) => choose(t, constNode(ONE_Q, n), constNode(ZERO_Q, n), n)) : [...terms];
}

function call(node: Extract<Node, { k: 'call' }>, scope: FastScope): FNode {
  const n = scope.n;
  const args = (): FNode[] => node.args.map((a) => compileNode(a, scope));
  switch (node.fn) {
    case 'if':
      return chain(node, scope);
    case 'min':
    case 'max':
    case 'clamp':
      return extreme(node.fn, args(), n);
    case 'abs':
    case 'floor':
    case 'ceil':
      return unaryMath(node.fn, args()[0]!, n);
    case 'coalesce':
      return coalesce(args(), n);
    case 'round': {
      const dpNode = node.args[1];
      if (dpNode !== undefined && dpNode.k !== 'num') throw new Unsupported('round 的位数不是常数');
      const dp = dpNode === undefined ? 0 : Number(dpNode.v.valueOf());
      const x = compileNode(node.args[0]!, scope);
      return Number.isInteger(dp) && dp >= 0 && dp <= 12 ? round(x, dp, n) : nullNumber(n);
    }
    case 'indicatorSum':
    case 'indicatorCount':
    case 'indicatorAll':
    case 'indicatorAny':
      return indicatorAggregate(node.fn, node.args, scope);
    case 'groupMax':
    case 'groupMin':
    case 'groupSum':
    case 'groupAvg':
    case 'groupCount':
    case 'groupRank':
      return groupCall(node.fn, node.args, (a) => compileNode(a, scope), n);
    default:
      throw new Unsupported(`函数 ${node.fn}`);
  }
}

/** Test, then and else of a choice (`c ? a : b` or if(c, a, b)), or null for any other node. */
function choiceParts(node: Node): readonly Node[] | null {
  if (node.k === 'cond') return [node.test, node.then, node.else];
  return node.k === 'call' && node.fn === 'if' ? node.args : null;
}

/**
 * A choice whose else branch is another choice, and so on (tiered thresholds), as one chain of
 * levels computed in one column; the parts are compiled in the order the nested choices took.
 * Thresholds on one number with numbers as results are decided in one pass (see tiers.ts).
 */
function chain(node: Node, scope: FastScope): FNode {
  const tests: Node[] = [];
  const values: Node[] = [];
  let at = node;
  for (let parts = choiceParts(at); parts !== null; parts = choiceParts(at)) {
    tests.push(parts[0]!);
    values.push(parts[1]!);
    at = parts[2]!;
  }
  const levels = tierLevels(node, tests, values, at);
  const x = levels === null ? null : compileNode(levels.x, scope);
  if (levels !== null && x?.t === 'n') return tiered(x, levels, scope.n);
  const ts: FNode[] = [];
  const xs: FNode[] = [];
  for (let k = 0; k < tests.length; k++) {
    ts.push(compileNode(tests[k]!, scope));
    xs.push(compileNode(values[k]!, scope));
  }
  return chooseChain(ts, xs, compileNode(at, scope), scope.n);
}

/** Compiles a checked formula tree into column nodes for one group. */
export function compileNode(node: Node, scope: FastScope): FNode {
  const n = scope.n;
  switch (node.k) {
    case 'num':
    case 'bool':
    case 'null':
      return constNode(node.k === 'null' ? null : node.v, n);
    case 'str':
    case 'list':
      throw new Unsupported('文本或列表');
    case 'id':
      return scope.ident(node.name);
    case 'member':
      return scope.member(node.object, node.prop);
    case 'unary': {
      const a = compileNode(node.arg, scope);
      return node.op === '!' ? not(a, n) : node.op === '-' ? unaryMath('neg', a, n) : a.t === 'n' ? a : nullNumber(n);
    }
    case 'bin': {
      const l = compileNode(node.l, scope);
      const r = compileNode(node.r, scope);
      switch (node.op) {
        case '+':
        case '-':
        case '*':
        case '/':
          return arith(node.op, l, r, n);
        case '&&':
        case '||':
          return logic(node.op, l, r, n);
        default:
          return compare(node.op, l, r, n);
      }
    }
    case 'cond':
      return chain(node, scope);
    case 'call':
      return call(node, scope);
  }
}

/**
 * An indicator fact gated by `on` (applicable ? formula : null; `on` is asked for after the formula
 * is compiled, in the order the facts were always built). An arithmetic or a comparison of numbers at
 * the formula's root takes the gate into its own pass, with no column and pass for the gate; anything
 * else is gated by `gate`.
 */
export function compileGated(node: Node, scope: FastScope, on: () => FNode): FNode {
  const n = scope.n;
  if (node.k !== 'bin' || node.op === '&&' || node.op === '||') {
    const f = compileNode(node, scope);
    return gate(on(), f, n);
  }
  const l = compileNode(node.l, scope);
  const r = compileNode(node.r, scope);
  const g = on();
  // A constant gate needs no pass at all (see gate); only a boolean column can be read as a gate.
  const fused = g.t === 'b' && g.value === undefined && l.t === 'n' && r.t === 'n';
  switch (node.op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return fused ? arith(node.op, l, r, n, g) : gate(g, arith(node.op, l, r, n), n);
    default:
      return fused ? numericCompare(node.op, l, r, n, g) : gate(g, compare(node.op, l, r, n), n);
  }
}

const OPS = { equal: '==', notEqual: '!=', lessThan: '<', lessThanInclusive: '<=', greaterThan: '>', greaterThanInclusive: '>=' } as const;

/** A json-rules-engine condition as a boolean column (only `true` holds). */
export function compileFastCondition(c: Condition, scope: FastScope): FNode {
  const n = scope.n;
  if (isFactCondition(c)) {
    const own = scope.leaf?.(c) ?? null;
    if (own !== null) return own;
    const op = OPS[c.operator as keyof typeof OPS];
    if (op === undefined) throw new Unsupported(`运算符 ${c.operator}`);
    const ref = (fact: string, path: string | undefined): FNode => {
      const props = path === undefined ? [] : path.split('.').slice(1);
      return props.length === 0 ? scope.ident(fact) : scope.member(fact, props[0]!);
    };
    const v = c.value;
    const right = v !== null && typeof v === 'object' && !Array.isArray(v) ? ref(v.fact, v.path) : constNode(literalValue(v) as never, n);
    return compare(op, ref(c.fact, c.path), right, n);
  }
  const parts =
    'all' in c
      ? c.all.map((x) => compileFastCondition(x, scope))
      : 'any' in c
        ? c.any.map((x) => compileFastCondition(x, scope))
        : [compileFastCondition(c.not, scope)];
  const mode = 'all' in c ? 'all' : 'any' in c ? 'any' : 'not';
  // Only true holds: a part that is not boolean is never true. Part by part, a pass each.
  return boolNode(() => {
    const cols = parts.map((p) => (p.t === 'b' ? p.bits() : null));
    const out = scratchBits(n);
    if (mode === 'not') {
      const x = cols[0] ?? null;
      if (x === null) out.fill(T);
      else for (let j = 0; j < n; j++) out[j] = x[j] === T ? F : T;
      return out;
    }
    const all = mode === 'all';
    out.fill(all ? T : F);
    for (const x of cols) {
      if (x === null) {
        if (all) out.fill(F);
        continue;
      }
      if (all) for (let j = 0; j < n; j++) out[j] = x[j] === T ? out[j]! : F;
      else for (let j = 0; j < n; j++) out[j] = x[j] === T ? T : out[j]!;
    }
    return out;
  });
}
