import type { RulePack } from '@kaoping/contracts';
import type { Node } from '../formula/ast.ts';
import { parseFormula } from '../formula/parse-formula.ts';

/** Keys whose string values are formulas, wherever they appear in a pack. */
const FORMULA_KEYS = new Set([
  'actual',
  'applicable',
  'plan',
  'completion',
  'score',
  'done',
  'base',
  'total',
  'formula',
  'eligible',
  'amount',
  'detail',
  'count',
]);

function namesIn(node: Node, out: Set<string>): void {
  switch (node.k) {
    case 'id':
      out.add(node.name);
      break;
    case 'member':
      out.add(node.object);
      out.add(`${node.object}.${node.prop}`);
      break;
    case 'unary':
      namesIn(node.arg, out);
      break;
    case 'bin':
      namesIn(node.l, out);
      namesIn(node.r, out);
      break;
    case 'cond':
      namesIn(node.test, out);
      namesIn(node.then, out);
      namesIn(node.else, out);
      break;
    case 'call':
      node.args.forEach((a) => namesIn(a, out));
      break;
    case 'list':
      node.items.forEach((a) => namesIn(a, out));
      break;
    default:
      break;
  }
}

function addFormula(text: unknown, out: Set<string>): void {
  if (typeof text !== 'string') return;
  try {
    namesIn(parseFormula(text), out);
  } catch {
    // A formula that does not parse is an error reported by the compiler, not a warning.
  }
}

/**
 * Every name a pack's formulas and conditions refer to: plain names, indicator ids of `K1.done`,
 * and condition facts (including `value: { fact }`).
 */
export function referencedNames(pack: RulePack): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, key: string | null): void => {
    if (Array.isArray(v)) {
      v.forEach((x) => walk(x, null));
      return;
    }
    if (typeof v !== 'object' || v === null) {
      if (key !== null && FORMULA_KEYS.has(key)) addFormula(v, out);
      return;
    }
    const obj = v as Record<string, unknown>;
    if (typeof obj['fact'] === 'string') out.add(obj['fact']);
    for (const [k, x] of Object.entries(obj)) {
      // Indicator, method and default `facts` are maps of formulas; the pack's `facts` is a list.
      if (k === 'facts' && typeof x === 'object' && x !== null && !Array.isArray(x)) Object.values(x).forEach((f) => addFormula(f, out));
      else walk(x, k);
    }
  };
  walk(pack, null);
  return out;
}
