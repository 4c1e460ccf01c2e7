import type { Condition } from '@kaoping/contracts';
import { isFactCondition, PROJECT_STATUS_NAMES } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS, OPERATOR_LABELS } from '../condition/operators.ts';
import type { Node, Value } from '../formula/ast.ts';
import { PURE_FUNCTIONS } from '../formula/functions.ts';
import type { Ctx } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';
import { showValue } from '../formula/values.ts';
import { OPS } from '../trace/render.ts';

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
  return typeof value === 'string' ? VALUE_NAMES[name]?.[value] ?? value : showValue(value);
}

function label(v: ProjectView, name: string): string {
  return v.labels.get(name) ?? name;
}

/** A project formula with names as labels (values = false) or as the project's values. */
export function renderProjectFormula(node: Node, v: ProjectView, values: boolean): string {
  const r = (n: Node): string => renderProjectFormula(n, v, values);
  switch (node.k) {
    case 'num': return node.raw;
    case 'str': return `'${node.v}'`;
    case 'bool': return node.v ? '是' : '否';
    case 'null': return '空';
    case 'list': return `[${node.items.map(r).join(', ')}]`;
    case 'id': return values ? showValue(valueOf(v, node.name)) : label(v, node.name);
    case 'member': return `${node.object}.${node.prop}`;
    case 'unary': return `${node.op === '!' ? '非' : node.op}${r(node.arg)}`;
    case 'bin': return `${node.l.k === 'bin' ? `(${r(node.l)})` : r(node.l)} ${OPS[node.op] ?? node.op} ${node.r.k === 'bin' ? `(${r(node.r)})` : r(node.r)}`;
    case 'cond': return `如果 ${r(node.test)} 则 ${r(node.then)} 否则 ${r(node.else)}`;
    case 'call': {
      const fn = values ? node.fn : SPECIAL_FORMS[node.fn]?.label ?? PURE_FUNCTIONS[node.fn]?.label ?? node.fn;
      return `${fn}(${node.args.map(r).join(', ')})`;
    }
  }
}

/** “名称 = 公式 = 代入数值 = 结果”, dropping steps that say nothing new. */
export function explainProjectFormula(name: string, node: Node, v: ProjectView, result: string): string {
  const steps = [renderProjectFormula(node, v, false), renderProjectFormula(node, v, true), result];
  return `${name} = ${steps.filter((s, k) => s !== steps[k - 1]).join(' = ')}`;
}

/** A condition over a project in words, with each leaf's value and ✓ or ✗. */
export function renderProjectCondition(c: Condition, v: ProjectView): string {
  if (isFactCondition(c)) {
    const left = valueOf(v, c.fact);
    const ref = c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value) ? c.value : null;
    const right = ref !== null ? valueOf(v, ref.fact) : literalValue(c.value as Exclude<typeof c.value, { fact: string }>);
    const ok = OPERATOR_FNS[c.operator](left, right, v.ctx);
    const rightText = ref !== null ? `${label(v, ref.fact)} ${shown(ref.fact, right)}` : Array.isArray(right) ? right.map((x) => shown(c.fact, x)).join('、') : shown(c.fact, right);
    return `${label(v, c.fact)} ${shown(c.fact, left)} ${OPERATOR_LABELS[c.operator]} ${rightText} ${ok ? '✓' : '✗'}`;
  }
  if ('all' in c) return c.all.map((x) => renderProjectCondition(x, v)).join('；且 ');
  if ('any' in c) return `（${c.any.map((x) => renderProjectCondition(x, v)).join('；或 ')}）`;
  return `非（${renderProjectCondition(c.not, v)}）`;
}
