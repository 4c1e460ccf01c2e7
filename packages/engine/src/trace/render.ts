import type { Condition } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS, OPERATOR_LABELS } from '../condition/operators.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Node } from '../formula/ast.ts';
import { compileFormula } from '../formula/compile-formula.ts';
import type { Ctx } from '../formula/runtime.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';
import { showValue } from '../formula/values.ts';
import { dynamicScope, lookup } from './dynamic-scope.ts';
import { explainSteps, renderNode } from './render-node.ts';

/** The formula with names replaced by their Chinese labels (values = false) or by their values. */
function renderFormula(node: Node, rt: RunState, ctx: Ctx, values: boolean): string {
  const label = (name: string): string => rt.cp.labels.get(name) ?? name;
  return renderNode(node, {
    values,
    id: (name) => (values ? showValue(lookup(rt, ctx, name)) : label(name)),
    member: (object, prop) => {
      const i = rt.cp.indicatorIndex.get(object);
      return values && i !== undefined ? showValue(rt.indFact(ctx.p, ctx.u, i, prop)) : `${object}.${label(prop)}`;
    },
    callValue: (call) =>
      values && SPECIAL_FORMS[call.fn] !== undefined && call.fn !== 'if'
        ? showValue(compileFormula(call, dynamicScope(rt, ctx.i >= 0 ? 'indicator' : 'unit'))(ctx))
        : null,
  });
}

/** “标签 = 公式 = 代入数值 = 结果”, dropping steps that say nothing new. */
export function explainFormula(name: string, node: Node, rt: RunState, ctx: Ctx, result: string): string {
  return explainSteps(name, [renderFormula(node, rt, ctx, false), renderFormula(node, rt, ctx, true), result]);
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
