import type { Q } from '../exact/q.ts';

/** A value in the formula language. Lists hold indicator ids or other values. */
export type Value = Q | boolean | string | null | Value[];

/** The formula syntax tree, after validation of the parser's output. */
export type Node =
  | { k: 'num'; v: Q; raw: string }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'id'; name: string }
  | { k: 'member'; object: string; prop: string }
  | { k: 'unary'; op: '-' | '+' | '!'; arg: Node }
  | { k: 'bin'; op: BinaryOp; l: Node; r: Node }
  | { k: 'cond'; test: Node; then: Node; else: Node }
  | { k: 'call'; fn: string; args: Node[]; id: number }
  | { k: 'list'; items: Node[] };

export const BINARY_OPS = ['+', '-', '*', '/', '==', '!=', '<', '<=', '>', '>=', '&&', '||'] as const;
export type BinaryOp = (typeof BINARY_OPS)[number];
