import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStore, type Store } from '@kaoping/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { ALL_ROUTES } from './routes/all-routes.ts';

interface OpenApiDoc {
  openapi: string;
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}
interface Operation {
  parameters: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
}

/** Every `$ref` in the document that does not point at something in it (a `#/$defs/…` left over from a cycle, say). */
function unresolvedRefs(doc: unknown): string[] {
  const bad: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && (typeof value !== 'string' || resolve(doc, value) === undefined)) bad.push(String(value));
        else walk(value);
      }
    }
  };
  walk(doc);
  return bad;
}

function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, token) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[token] : undefined), doc);
}

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store.close();
});

describe('app', () => {
  it('answers an unknown API path with the error shape', async () => {
    const res = await request(createApp({ store })).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
  });

  it('answers malformed JSON with VALIDATION_FAILED', async () => {
    const res = await request(createApp({ store })).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username":');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
  });

  it('serves an OpenAPI document listing every route', async () => {
    const res = await request(createApp({ store })).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const r of ALL_ROUTES) {
      const path = `/api/v1${r.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(res.body.paths[path]?.[r.method], `${r.method} ${path}`).toBeDefined();
    }
    expect(res.body.paths['/api/v1/schemes/{sid}/draft'].put.requestBody.content['application/json'].schema.properties.pack).toEqual({
      $ref: '#/components/schemas/RulePack',
    });
    expect(res.body.components.schemas.RulePack.properties.indicators).toBeDefined();
    expect(res.body.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['username', 'password', 'role']),
    );
  });

  it('documents every route with its success response, as a valid OpenAPI 3.1 document', async () => {
    const res = await request(createApp({ store })).get('/api/docs');
    const doc = JSON.parse(res.text) as OpenApiDoc;
    expect(doc).toMatchObject({ openapi: '3.1.0', info: { title: expect.any(String), version: expect.any(String) } });
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['RulePack', 'Condition', 'FactJson', 'RunResult', 'Problem']));
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\/api\/v1\//);
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'put', 'post', 'patch', 'delete'], `${method} ${path}`).toContain(method);
        expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(typeof response.description).toBe('string');
        }
        const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const inPath = op.parameters.filter((p) => p.in === 'path' && p.required).map((p) => p.name);
        expect(inPath, `${method} ${path}`).toEqual(names);
      }
    }
    for (const r of ALL_ROUTES) {
      const where = `${r.method} ${r.path}`;
      const op = doc.paths[`/api/v1${r.path.replace(/:(\w+)/g, '{$1}')}`]?.[r.method];
      const ok = Object.entries(op?.responses ?? {}).filter(([status]) => /^[23]/.test(status));
      expect(
        ok.map(([status]) => Number(status)),
        where,
      ).toEqual(Object.keys(r.responses).map(Number));
      for (const [status, response] of ok) {
        if (status === '204' || status === '304') continue;
        const content = Object.values(response.content ?? {});
        expect(content.length, `${where} ${status} has no response schema`).toBeGreaterThan(0);
        for (const media of content) expect(media.schema, where).toBeTypeOf('object');
      }
    }
    const runJob = doc.paths['/api/v1/schemes/{sid}/jobs/runs']?.post?.responses ?? {};
    expect(runJob['201']?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Run' });
    expect(Object.keys(runJob)).toContain('202');
    expect(unresolvedRefs(doc)).toEqual([]);
  });

  it('serves the admin SPA with an index.html fallback, but not for /api', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kp-admin-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>考评</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const app = createApp({ store, adminDist: dist });
    expect((await request(app).get('/')).text).toContain('<title>考评</title>');
    expect((await request(app).get('/schemes/gulou/draft')).text).toContain('<title>考评</title>');
    expect((await request(app).get('/app.js')).text).toBe('console.log(1)');
    expect((await request(app).get('/')).headers['cache-control']).toBe('no-cache');
    const api = await request(app).get('/api/v1/unknown');
    expect(api.status).toBe(404);
    expect(api.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('keeps hashed assets forever, and compresses what is worth it', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kp-admin-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>考评</title>');
    writeFileSync(join(dist, 'assets', 'index-3f2a1b.js'), `export const big = ${JSON.stringify('考评'.repeat(4000))};`);
    const app = createApp({ store, adminDist: dist });
    const res = await request(app).get('/assets/index-3f2a1b.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('does not serve a SPA that is not built', async () => {
    const res = await request(createApp({ store, adminDist: join(tmpdir(), 'kp-no-such-dist') })).get('/');
    expect(res.status).toBe(404);
  });
});
