import { z } from 'zod';
import type { Endpoint } from '@kaoping/contracts';
import { COMPONENTS } from './components.ts';

type JsonSchema = Record<string, unknown>;

const REF = '#/components/schemas/';
const ROUTE_ID = '__route';

/**
 * JSON Schemas of the named components and of each route's response, converted together from one
 * registry: a component is written once and referenced as `#/components/schemas/<id>` (recursive
 * schemas included), a route's own wrapper (`{ data: [...] }` …, one per declared status) is inlined into its operation.
 */
export function responseSchemas(routes: readonly Endpoint[]): { components: Record<string, JsonSchema>; responses: Map<z.ZodType, JsonSchema> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const declared = routes.flatMap((r) => Object.values(r.responses).filter((s): s is z.ZodType => s !== null));
  declared.forEach((schema, i) => {
    if (!registry.has(schema)) registry.add(schema, { id: `${ROUTE_ID}${i}` });
  });
  const { schemas } = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline', uri: (id) => `${REF}${id}` });
  const components: Record<string, JsonSchema> = {};
  const responses = new Map<z.ZodType, JsonSchema>();
  for (const [id, schema] of Object.entries(schemas)) {
    if (!id.startsWith(ROUTE_ID)) components[id] = bare(schema);
  }
  for (const declaredSchema of declared) {
    const id = registry.get(declaredSchema)?.id;
    const schema = id === undefined ? undefined : schemas[id];
    if (id !== undefined && schema !== undefined) responses.set(declaredSchema, id.startsWith(ROUTE_ID) ? bare(schema) : { $ref: `${REF}${id}` });
  }
  return { components, responses };
}

/** Without `$schema` (the document says 3.1) and `$id` (a component is addressed by its place in the document). */
function bare(schema: object): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
  return rest;
}
