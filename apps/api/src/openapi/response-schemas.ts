import { z } from 'zod';
import type { Endpoint } from '@kaoping/contracts';
import { COMPONENTS } from './components.ts';

type JsonSchema = Record<string, unknown>;

const REF = '#/components/schemas/';
const ROUTE_ID = '__route';

/**
 * JSON Schemas of the named components and of each route's response, converted together from one
 * registry: a component is written once and referenced as `#/components/schemas/<id>` (recursive
 * schemas included), a route's own wrapper (`{ data: [...] }` …) is inlined into its operation.
 */
export function responseSchemas(routes: readonly Endpoint[]): { components: Record<string, JsonSchema>; responses: Map<Endpoint, JsonSchema> } {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  routes.forEach((r, i) => {
    if (r.response && !registry.has(r.response)) registry.add(r.response, { id: `${ROUTE_ID}${i}` });
  });
  const { schemas } = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline', uri: (id) => `${REF}${id}` });
  const components: Record<string, JsonSchema> = {};
  const responses = new Map<Endpoint, JsonSchema>();
  for (const [id, schema] of Object.entries(schemas)) {
    if (!id.startsWith(ROUTE_ID)) components[id] = bare(schema);
  }
  for (const r of routes) {
    const id = r.response ? registry.get(r.response)?.id : undefined;
    if (id === undefined) continue;
    const schema = schemas[id];
    if (schema !== undefined) responses.set(r, id.startsWith(ROUTE_ID) ? bare(schema) : { $ref: `${REF}${id}` });
  }
  return { components, responses };
}

/** Without `$schema` (the document says 3.1) and `$id` (a component is addressed by its place in the document). */
function bare(schema: object): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
  return rest;
}
