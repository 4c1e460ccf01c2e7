/** The type of a fact or field as the formula language sees it. */
export type ValueType = 'number' | 'boolean' | 'text' | 'date' | 'light' | 'list';

/** Where a name is visible: period facts everywhere, unit and indicator facts, and row fields. */
export type CatalogueScope = 'period' | 'unit' | 'indicator' | 'project' | 'event' | 'report';

/** A built-in fact or row field. */
export interface FactEntry {
  readonly id: string;
  readonly label: string;
  readonly type: ValueType;
  readonly scope: CatalogueScope;
  /** How the value is found when the pack says nothing (a default formula or a sentence). */
  readonly note?: string;
}

/** A formula function. */
export interface FunctionEntry {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Scopes where it may be used. */
  readonly scopes: readonly string[];
  /** Where its arguments are evaluated, when not where it is written (indicatorSum(score) reads each indicator's score). */
  readonly argsScope?: 'indicator';
  readonly note?: string;
}

/** A condition operator. */
export interface OperatorEntry {
  readonly id: string;
  readonly label: string;
  readonly note?: string;
}

/** A pack key and what applies when it is left out. */
export interface PackKeyEntry {
  readonly key: string;
  readonly label: string;
  readonly default: string;
}

/** The scope a formula is compiled in (the compiler's scope kinds). */
export type SiteScope = 'unit' | 'indicator' | 'project' | 'event' | 'report';

/** A place in a rule pack where the compiler reads a formula or a condition. */
export interface FormulaSite {
  /** JSON pointer pattern: `*` is any one segment, `{a,b}` one of the listed keys. */
  readonly pattern: string;
  readonly kind: 'formula' | 'condition';
  /** `source`: a measure's filter, compiled in the scope of its rows. */
  readonly scope: SiteScope | 'source';
  readonly label: string;
  /** Built-in names of the scope not yet defined there (project rules are compiled in layers). */
  readonly hides?: readonly string[];
}
