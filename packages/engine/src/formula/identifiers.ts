import type { Node } from './ast.ts';

/** The plain names a formula refers to, in order of appearance, without repeats. */
export function identifiers(node: Node): string[] {
  const out = new Set<string>();
  const walk = (n: Node): void => {
    switch (n.k) {
      case 'id':
        out.add(n.name);
        break;
      case 'unary':
        walk(n.arg);
        break;
      case 'bin':
        walk(n.l);
        walk(n.r);
        break;
      case 'cond':
        walk(n.test);
        walk(n.then);
        walk(n.else);
        break;
      case 'call':
        n.args.forEach(walk);
        break;
      case 'list':
        n.items.forEach(walk);
        break;
      default:
        break;
    }
  };
  walk(node);
  return [...out];
}
