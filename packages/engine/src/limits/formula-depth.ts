import type { Node } from '../formula/ast.ts';

/**
 * How deeply a formula nests: brackets, calls, conditionals and unary operators each add a level;
 * a flat chain of one operator (`a + b + c`, parsed as `(a + b) + c`) counts once.
 */
export function formulaDepth(node: Node): number {
  switch (node.k) {
    case 'unary':
      return 1 + formulaDepth(node.arg);
    case 'bin': {
      const left = formulaDepth(node.l);
      const chained = node.l.k === 'bin' && node.l.op === node.op;
      return Math.max(chained ? left : left + 1, 1 + formulaDepth(node.r));
    }
    case 'cond':
      return 1 + Math.max(formulaDepth(node.test), formulaDepth(node.then), formulaDepth(node.else));
    case 'call':
      return 1 + Math.max(0, ...node.args.map(formulaDepth));
    case 'list':
      return 1 + Math.max(0, ...node.items.map(formulaDepth));
    default:
      return 0;
  }
}

/** How many operations one evaluation of a formula performs at most (its nodes): its cost in steps. */
export function formulaSize(node: Node): number {
  switch (node.k) {
    case 'unary':
      return 1 + formulaSize(node.arg);
    case 'bin':
      return 1 + formulaSize(node.l) + formulaSize(node.r);
    case 'cond':
      return 1 + formulaSize(node.test) + formulaSize(node.then) + formulaSize(node.else);
    case 'call':
      return node.args.reduce((n, a) => n + formulaSize(a), 1);
    case 'list':
      return node.items.reduce((n, a) => n + formulaSize(a), 1);
    default:
      return 1;
  }
}

/** The plain names a formula reads (`f1` in `f1 * 2`), for the dependency chain of facts. */
export function namesIn(node: Node, out: Set<string> = new Set()): Set<string> {
  switch (node.k) {
    case 'id':
      out.add(node.name);
      break;
    case 'unary':
      namesIn(node.arg, out);
      break;
    case 'bin':
      namesIn(node.l, out);
      namesIn(node.r, out);
      break;
    case 'cond':
      for (const n of [node.test, node.then, node.else]) namesIn(n, out);
      break;
    case 'call':
      for (const n of node.args) namesIn(n, out);
      break;
    case 'list':
      for (const n of node.items) namesIn(n, out);
      break;
    default:
      break;
  }
  return out;
}
