/** The engine's vocabulary: built-in facts and fields, functions, operators and pack defaults. */
export { FACTS, factsOf } from './facts.ts';
export { FORMULA_SITES, INDICATOR_FORMULA_KEYS, formulaSiteAt } from './formula-sites.ts';
export { FUNCTIONS } from './functions.ts';
export { LIMIT_CATALOGUE } from './limits.ts';
export { METHOD_TEMPLATES, type MethodFormulas, type MethodParamEntry, type MethodTemplate } from './method-templates.ts';
export { OPERATOR_CATALOGUE } from './operators.ts';
export { PACK_KEYS } from './pack-keys.ts';
export { renderPackReference } from './render-reference.ts';
export type { CatalogueScope, FactEntry, FormulaSite, FunctionEntry, OperatorEntry, PackKeyEntry, SiteScope, ValueType } from './types.ts';
