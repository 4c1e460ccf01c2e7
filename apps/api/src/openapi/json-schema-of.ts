import { z } from 'zod';

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses) of a request body or query schema, inlined into its
 * operation. Recursive and shared schemas belong in `components` instead (see `responseSchemas`).
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Record<
    string,
    unknown
  >;
  return json;
}
