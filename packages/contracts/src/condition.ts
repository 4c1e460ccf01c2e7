import { z } from 'zod';

/**
 * Operators understood in conditions. The first ten are json-rules-engine's own; `inWindow` tests
 * whether a date (YYYY-MM-DD) lies inside the evaluation window (registered as a custom operator
 * when the same condition is run on json-rules-engine).
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'inWindow',
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

/** A literal compared against a fact, or a reference to another fact (`{ "fact": "target" }`). */
export const ConditionValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
  z.strictObject({ fact: z.string().min(1), path: z.string().optional() }),
]);
export type ConditionValue = z.infer<typeof ConditionValue>;

/** A leaf: `fact operator value`, with an optional JSONPath-style `path` ($.a.b) into the fact. */
export const FactCondition = z.strictObject({
  fact: z.string().min(1),
  operator: Operator,
  value: ConditionValue,
  path: z
    .string()
    .regex(/^\$(\.[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*)*$/, '路径须形如 $.K4.done')
    .optional(),
  name: z.string().optional(),
});
export type FactCondition = z.infer<typeof FactCondition>;

export type Condition =
  | { all: Condition[]; name?: string | undefined }
  | { any: Condition[]; name?: string | undefined }
  | { not: Condition; name?: string | undefined }
  | FactCondition;

/** json-rules-engine's condition format: nested `all` / `any` / `not` over fact conditions. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition), name: z.string().optional() }),
    z.strictObject({ any: z.array(Condition), name: z.string().optional() }),
    z.strictObject({ not: Condition, name: z.string().optional() }),
    FactCondition,
  ]),
);

export function isFactCondition(c: Condition): c is FactCondition {
  return 'fact' in c;
}
