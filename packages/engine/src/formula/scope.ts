import type { Getter } from './runtime.ts';

export type ScopeKind = 'indicator' | 'unit' | 'project' | 'event' | 'report';

/** Resolves names while compiling: each known name becomes a getter, unknown names are errors. */
export interface Scope {
  readonly kind: ScopeKind;
  ident(name: string): Getter | null;
  member(object: string, prop: string): Getter | null;
  /** Names offered in error messages. */
  names(): string[];
  /** For unit scope: the indicator scope used by indicatorSum(…) and friends. */
  readonly indicatorScope?: Scope;
}
