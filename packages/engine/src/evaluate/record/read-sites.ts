import type { Node } from '../../formula/ast.ts';
import { SPECIAL_FORMS } from '../../formula/special-forms.ts';

/** Where a formula reads: each name, `indicator.fact` member and special-form call (by call id), numbered in tree order. */
export interface ReadSites {
  readonly count: number;
  readonly slot: ReadonlyMap<string | number, number>;
}

/** A special form other than `if`: it evaluates its arguments elsewhere, and its value is read as one site. */
export function isSpecial(fn: string): boolean {
  return Object.hasOwn(SPECIAL_FORMS, fn) && fn !== 'if';
}

export function children(n: Node): readonly Node[] {
  switch (n.k) {
    case 'unary':
      return [n.arg];
    case 'bin':
      return [n.l, n.r];
    case 'cond':
      return [n.test, n.then, n.else];
    case 'call':
      return n.args;
    case 'list':
      return n.items;
    default:
      return [];
  }
}

const cache = new WeakMap<Node, ReadSites>();

/**
 * The read sites of a formula, computed once per tree: a record keeps one value per site. A special
 * call's arguments are read in other units, indicators or periods, so they are not sites of this formula.
 */
export function readSites(node: Node): ReadSites {
  const hit = cache.get(node);
  if (hit !== undefined) return hit;
  const slot = new Map<string | number, number>();
  const add = (key: string | number): void => {
    if (!slot.has(key)) slot.set(key, slot.size);
  };
  const walk = (n: Node): void => {
    if (n.k === 'id') add(n.name);
    else if (n.k === 'member') add(`${n.object}.${n.prop}`);
    else if (n.k === 'call' && isSpecial(n.fn)) add(n.id);
    else children(n).forEach(walk);
  };
  walk(node);
  const sites = { count: slot.size, slot };
  cache.set(node, sites);
  return sites;
}
