import type { Node } from '../formula/ast.ts';
import { PURE_FUNCTIONS } from '../formula/functions.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';

/** Operators in words, for explanations. */
const OPS: Record<string, string> = { '*': '×', '/': '÷', '&&': '且', '||': '或', '==': '=', '!=': '≠', '<=': '≤', '>=': '≥' };

/** How one explanation names what a formula reads; the walk over the formula is shared. */
export interface NodeWords {
  /** Substitute values (true) or show names as labels (false). */
  readonly values: boolean;
  id(name: string): string;
  member(object: string, prop: string): string;
  /** A call shown as its value, or null to show the call itself. */
  callValue?(node: Extract<Node, { k: 'call' }>): string | null;
}

function fnLabel(fn: string): string {
  return SPECIAL_FORMS[fn]?.label ?? PURE_FUNCTIONS[fn]?.label ?? fn;
}

/** A formula in words: 如果 … 则 … 否则 …, × ÷ 且 或, functions by their Chinese names. */
export function renderNode(node: Node, w: NodeWords): string {
  const r = (n: Node): string => renderNode(n, w);
  const wrap = (n: Node): string => (n.k === 'bin' ? `(${r(n)})` : r(n));
  switch (node.k) {
    case 'num':
      return node.raw;
    case 'str':
      return `'${node.v}'`;
    case 'bool':
      return node.v ? '是' : '否';
    case 'null':
      return '空';
    case 'list':
      return `[${node.items.map(r).join(', ')}]`;
    case 'id':
      return w.id(node.name);
    case 'member':
      return w.member(node.object, node.prop);
    case 'unary':
      return `${node.op === '!' ? '非' : node.op}${r(node.arg)}`;
    case 'bin':
      return `${wrap(node.l)} ${OPS[node.op] ?? node.op} ${wrap(node.r)}`;
    case 'cond':
      return `如果 ${r(node.test)} 则 ${r(node.then)} 否则 ${r(node.else)}`;
    case 'call':
      return w.callValue?.(node) ?? `${w.values ? node.fn : fnLabel(node.fn)}(${node.args.map(r).join(', ')})`;
  }
}

/** “名称 = 公式 = 代入数值 = 结果”, dropping steps that say nothing new. */
export function explainSteps(name: string, steps: readonly string[]): string {
  return `${name} = ${steps.filter((s, k) => s !== steps[k - 1]).join(' = ')}`;
}
