import type { Condition } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS, OPERATOR_LABELS } from '../condition/operators.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Node } from '../formula/ast.ts';
import { compileFormula } from '../formula/compile-formula.ts';
import { PURE_FUNCTIONS } from '../formula/functions.ts';
import type { Ctx } from '../formula/runtime.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';
import { showValue } from '../formula/values.ts';
import { dynamicScope, lookup } from './dynamic-scope.ts';

/** Operators in words, for explanations. */
export const OPS: Record<string, string> = { '*': '×', '/': '÷', '&&': '且', '||': '或', '==': '=', '!=': '≠', '<=': '≤', '>=': '≥' };

function fnLabel(fn: string): string {
  return SPECIAL_FORMS[fn]?.label ?? PURE_FUNCTIONS[fn]?.label ?? fn;
}

/** The formula with names replaced by their Chinese labels (values = false) or by their values. */
export function renderFormula(node: Node, rt: RunState, ctx: Ctx, values: boolean): string {
  const r = (n: Node): string => renderFormula(n, rt, ctx, values);
  const label = (name: string): string => rt.cp.labels.get(name) ?? name;
  switch (node.k) {
    case 'num': return node.raw;
    case 'str': return `'${node.v}'`;
    case 'bool': return node.v ? '是' : '否';
    case 'null': return '空';
    case 'list': return `[${node.items.map(r).join(', ')}]`;
    case 'id': return values ? showValue(lookup(rt, ctx, node.name)) : label(node.name);
    case 'member': {
      const i = rt.cp.indicatorIndex.get(node.object);
      return values && i !== undefined ? showValue(rt.indFact(ctx.p, ctx.u, i, node.prop)) : `${node.object}.${label(node.prop)}`;
    }
    case 'unary': return `${node.op === '!' ? '非' : node.op}${r(node.arg)}`;
    case 'bin': return `${wrap(node.l, r)} ${OPS[node.op] ?? node.op} ${wrap(node.r, r)}`;
    case 'cond': return `如果 ${r(node.test)} 则 ${r(node.then)} 否则 ${r(node.else)}`;
    case 'call':
      if (values && SPECIAL_FORMS[node.fn] !== undefined && node.fn !== 'if') {
        return showValue(compileFormula(node, dynamicScope(rt, ctx.i >= 0 ? 'indicator' : 'unit'))(ctx));
      }
      return `${values ? node.fn : fnLabel(node.fn)}(${node.args.map(r).join(', ')})`;
  }
}

function wrap(n: Node, r: (n: Node) => string): string {
  return n.k === 'bin' ? `(${r(n)})` : r(n);
}

/** “标签 = 公式 = 代入数值 = 结果”, dropping steps that say nothing new. */
export function explainFormula(name: string, node: Node, rt: RunState, ctx: Ctx, result: string): string {
  const steps = [renderFormula(node, rt, ctx, false), renderFormula(node, rt, ctx, true), result];
  const unique = steps.filter((s, k) => s !== steps[k - 1]);
  return `${name} = ${unique.join(' = ')}`;
}

/** A condition in words with each leaf's actual value and ✓ or ✗. */
export function renderCondition(c: Condition, rt: RunState, ctx: Ctx): string {
  if (isFactCondition(c)) {
    const fact = c.path === undefined ? c.fact : `${c.fact}${c.path.slice(1)}`;
    const left = c.path === undefined ? lookup(rt, ctx, c.fact) : rt.indFact(ctx.p, ctx.u, rt.cp.indicatorIndex.get(c.fact) ?? -1, c.path.slice(2));
    const v = c.value;
    const isRef = v !== null && typeof v === 'object' && !Array.isArray(v);
    const right = isRef ? lookup(rt, ctx, v.fact) : literalValue(v);
    const ok = OPERATOR_FNS[c.operator](left, right, ctx);
    const rightText = isRef ? `${rt.cp.labels.get(v.fact) ?? v.fact} ${showValue(right)}` : showValue(right);
    return `${rt.cp.labels.get(fact) ?? fact} ${showValue(left)} ${OPERATOR_LABELS[c.operator]} ${rightText} ${ok ? '✓' : '✗'}`;
  }
  if ('all' in c) return c.all.map((x) => renderCondition(x, rt, ctx)).join('；且 ');
  if ('any' in c) return `（${c.any.map((x) => renderCondition(x, rt, ctx)).join('；或 ')}）`;
  return `非（${renderCondition(c.not, rt, ctx)}）`;
}
