import { z } from 'zod';

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema. Recursive schemas keep their `$defs`;
 * the `$id` makes their internal `#/$defs/…` references resolve inside the component, not the document.
 */
export function jsonSchemaOf(schema: z.ZodType, id?: string, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Record<
    string,
    unknown
  >;
  return id !== undefined && '$defs' in json ? { $id: `urn:kaoping:${id}`, ...json } : json;
}
