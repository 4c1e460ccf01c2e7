import type { Node } from '../formula/ast.ts';
import type { Getter } from '../formula/runtime.ts';

/** A checked formula: its closure and the AST it was compiled from (for the trace). */
export interface CompiledFormula {
  readonly get: Getter;
  readonly node: Node;
}
