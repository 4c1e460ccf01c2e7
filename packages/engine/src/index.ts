/**
 * @kaoping/engine — pure, deterministic evaluation of rule packs. No fs, no network: runs in Node and
 * in the browser.
 *
 *   const pack = parsePack(json);              // validate (throws KaopingError RULE_PACK_INVALID)
 *   const compiled = compilePack(pack);        // parse every formula and condition once
 *   const result = evaluate(compiled, data, { asOf: '2021-06-30', trace: true });
 */
export { parsePack, validatePack } from './pack/validate-pack.ts';
export { compilePack, type CompileOptions } from './compile/compile-pack.ts';
export type { CompiledPack } from './compile/compiled.ts';
export { paramValues } from './compile/params.ts';
export { evaluate, type EvaluateOptions } from './evaluate/evaluate.ts';
export { Q, parseDecimal, roundHalfUp, toExact, toFixed } from './exact/q.ts';
export { LIMITS } from './limits/limits.ts';
export { findGaps } from './completeness/find-gaps.ts';
export { periodSeries } from './evaluate/calendar.ts';
export { packWarnings, type PackWarningOptions } from './warnings/pack-warnings.ts';
export * from './catalogue/index.ts';
export { evaluateFast, type FastRun } from './fast/evaluate-fast.ts';
export type { FastGroup, FastList } from './fast/fast-groups.ts';
export { writeChunks, type JsonSink } from './fast/stream-result.ts';
export { matchGroup } from './evaluate/data-index.ts';
