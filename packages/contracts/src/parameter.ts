import { z } from 'zod';
import { DecimalString, Ident } from './primitives.ts';

/**
 * A pack parameter (方案参数): a named, typed value with a Chinese label and a default, usable in
 * formulas and conditions by its id, and overridable per run and per simulation
 * (e.g. `statementCount` 表态发言单位数 = 2).
 */
export const Parameter = z.strictObject({
  id: Ident,
  /** Chinese label shown in forms and traces. */
  name: z.string().min(1),
  type: z.enum(['number', 'boolean', 'text']),
  default: z.union([z.number(), DecimalString, z.boolean(), z.string()]),
  description: z.string().optional(),
});
export type Parameter = z.infer<typeof Parameter>;

/** Parameter overrides of one run or simulation: id → value (numbers as decimal strings or numbers). */
export const ParamOverrides = z.record(Ident, z.union([z.number(), z.boolean(), z.string()]));
export type ParamOverrides = z.infer<typeof ParamOverrides>;
