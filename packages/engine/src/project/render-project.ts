import type { Condition } from '@kaoping/contracts';
import { isFactCondition, PROJECT_STATUS_NAMES } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS, OPERATOR_LABELS } from '../condition/operators.ts';
import type { Node, Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { showValue } from '../formula/values.ts';
import { explainSteps, renderNode } from '../trace/render-node.ts';

/** What a project explanation reads: the project scope, the project and the Chinese labels. */
export interface ProjectView {
  readonly scope: Scope;
  readonly ctx: Ctx;
  readonly labels: ReadonlyMap<string, string>;
}

function valueOf(v: ProjectView, name: string): Value {
  return v.scope.ident(name)?.(v.ctx) ?? null;
}

const VALUE_NAMES: Record<string, Record<string, string>> = {
  status: PROJECT_STATUS_NAMES,
  light: { green: '绿灯', yellow: '黄灯', red: '红灯' },
};

/** A value as shown next to the name it belongs to: statuses and lights in Chinese. */
function shown(name: string, value: Value): string {
  return typeof value === 'string' ? (VALUE_NAMES[name]?.[value] ?? value) : showValue(value);
}

function label(v: ProjectView, name: string): string {
  return v.labels.get(name) ?? name;
}

/** A project formula with names as labels (values = false) or as the project's values. */
function renderProjectFormula(node: Node, v: ProjectView, values: boolean): string {
  return renderNode(node, {
    values,
    id: (name) => (values ? showValue(valueOf(v, name)) : label(v, name)),
    member: (object, prop) => `${object}.${prop}`,
  });
}

/** “名称 = 公式 = 代入数值 = 结果”, dropping steps that say nothing new. */
export function explainProjectFormula(name: string, node: Node, v: ProjectView, result: string): string {
  return explainSteps(name, [renderProjectFormula(node, v, false), renderProjectFormula(node, v, true), result]);
}

/** A condition over a project in words, with each leaf's value and ✓ or ✗. */
export function renderProjectCondition(c: Condition, v: ProjectView): string {
  if (isFactCondition(c)) {
    const left = valueOf(v, c.fact);
    const ref = c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value) ? c.value : null;
    const right = ref !== null ? valueOf(v, ref.fact) : literalValue(c.value as Exclude<typeof c.value, { fact: string }>);
    const ok = OPERATOR_FNS[c.operator](left, right, v.ctx);
    const rightText =
      ref !== null
        ? `${label(v, ref.fact)} ${shown(ref.fact, right)}`
        : Array.isArray(right)
          ? right.map((x) => shown(c.fact, x)).join('、')
          : shown(c.fact, right);
    return `${label(v, c.fact)} ${shown(c.fact, left)} ${OPERATOR_LABELS[c.operator]} ${rightText} ${ok ? '✓' : '✗'}`;
  }
  if ('all' in c) return c.all.map((x) => renderProjectCondition(x, v)).join('；且 ');
  if ('any' in c) return `（${c.any.map((x) => renderProjectCondition(x, v)).join('；或 ')}）`;
  return `非（${renderProjectCondition(c.not, v)}）`;
}
