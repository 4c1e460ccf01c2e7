import { ERROR_STATUSES, ErrorBody, type Endpoint, type SuccessStatus } from '@kaoping/contracts';
import type { z } from 'zod';
import { jsonSchemaOf } from './json-schema-of.ts';
import { responseSchemas } from './response-schemas.ts';

/** The OpenAPI 3.1 document, generated from the same route declarations and zod schemas the server uses. */
export function buildOpenApi(routes: readonly Endpoint[]): Record<string, unknown> {
  const { components, responses } = responseSchemas(routes);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api/v1${r.path.replace(/:(\w+)/g, '{$1}')}`;
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = r.query ? queryParameters(jsonSchemaOf(r.query)) : [];
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      ...(r.access === 'public' ? { security: [] } : { 'x-kaoping-permission': r.access }),
      parameters: [...params, ...query],
      ...(r.body ? { requestBody: jsonBody(withPackRef(jsonSchemaOf(r.body))) } : {}),
      ...(r.rawBody ? { requestBody: rawBody() } : {}),
      responses: {
        ...successes(r, responses),
        ...Object.fromEntries(
          Object.entries(ERROR_STATUSES).map(([s, d]) => [s, { description: d, content: json({ $ref: '#/components/schemas/ErrorBody' }) }]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kaoping 考评 API', version: '1' },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kp_session' } },
      schemas: { ErrorBody: jsonSchemaOf(ErrorBody), ...components },
    },
    security: [{ session: [] }],
    paths,
  };
}

const json = (schema: unknown) => ({ 'application/json': { schema } });

const DESCRIPTION: Readonly<Record<SuccessStatus, string>> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 304: 'Not Modified' };

/** The success answers, one per declared status: JSON with its schema, a file download, or no content. */
function successes(r: Endpoint, schemas: ReadonlyMap<z.ZodType, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(r.responses) as [`${SuccessStatus}`, z.ZodType | null][]) {
    const description = DESCRIPTION[Number(status) as SuccessStatus];
    if (schema !== null) out[status] = { description, content: json(schemas.get(schema)) };
    else if (r.download && status === '200') {
      out[status] = { description, content: Object.fromEntries(r.download.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) };
    } else out[status] = { description };
  }
  return out;
}

const jsonBody = (schema: unknown) => ({ required: true, content: json(schema) });

function rawBody() {
  const file = { schema: { type: 'string', contentMediaType: 'application/octet-stream' } };
  return { required: true, content: { 'text/csv': file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file } };
}

/** Request bodies carry the pack as `unknown` (the engine checks it); document it as a RulePack. */
function withPackRef(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema['properties'] as Record<string, unknown> | undefined;
  if (!properties || !('pack' in properties)) return schema;
  return { ...schema, properties: { ...properties, pack: { $ref: '#/components/schemas/RulePack' } } };
}

function queryParameters(schema: Record<string, unknown>): unknown[] {
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({ name, in: 'query', required: required.has(name), schema: s }));
}
