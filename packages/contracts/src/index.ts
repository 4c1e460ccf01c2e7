export * from './errors.ts';
export * from './primitives.ts';
export * from './condition.ts';
export * from './inputs.ts';
export * from './rule-pack.ts';
export * from './data.ts';
export * from './result.ts';
