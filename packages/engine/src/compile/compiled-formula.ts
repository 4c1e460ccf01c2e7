import type { Node } from '../formula/ast.ts';
import type { Getter } from '../formula/runtime.ts';

/** A checked formula: its closure and the AST it was compiled from (for the trace). */
export interface CompiledFormula {
  readonly get: Getter;
  readonly node: Node;
  /** Where the formula is written in the pack (JSON pointer), named when a run reaches a limit in it. */
  readonly pointer: string;
}
