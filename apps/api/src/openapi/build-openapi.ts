import type { Endpoint } from '@kaoping/contracts';
import { jsonSchemaOf } from './json-schema-of.ts';
import { responseSchemas } from './response-schemas.ts';

const ERROR_BODY = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message', 'extensions'],
        properties: {
          message: { type: 'string' },
          extensions: {
            type: 'object',
            required: ['code'],
            properties: {
              code: { type: 'string' },
              pointer: { type: 'string' },
              file: { type: 'string' },
              sheet: { type: 'string' },
              row: { type: 'integer' },
              column: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

const ERROR_RESPONSES = {
  '400': 'VALIDATION_FAILED / RULE_PACK_INVALID / DATA_INVALID',
  '401': 'UNAUTHENTICATED',
  '403': 'FORBIDDEN',
  '404': 'NOT_FOUND',
  '409': 'CONFLICT',
};

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
        ...success(r, responses.get(r)),
        ...Object.fromEntries(Object.entries(ERROR_RESPONSES).map(([s, d]) => [s, { description: d, content: json({ $ref: '#/components/schemas/ErrorBody' }) }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kaoping 考评 API', version: '1' },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kp_session' } },
      schemas: { ErrorBody: ERROR_BODY, ...components },
    },
    security: [{ session: [] }],
    paths,
  };
}

const json = (schema: unknown) => ({ 'application/json': { schema } });

/** The success response: 204 without content, a file download, or JSON with the route's response schema. */
function success(r: Endpoint, schema: unknown): Record<string, unknown> {
  const status = String(r.status ?? 200);
  if (status === '204') return { [status]: { description: 'No Content' } };
  if (r.download) {
    const content = Object.fromEntries(r.download.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]));
    return { [status]: { description: 'OK', content } };
  }
  return { [status]: { description: 'OK', ...(schema === undefined ? {} : { content: json(schema) }) } };
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
