import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestStore, type Store } from '@kaoping/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { ALL_ROUTES } from './routes/all-routes.ts';

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

  it('serves the admin SPA with an index.html fallback, but not for /api', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'kp-admin-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>考评</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const app = createApp({ store, adminDist: dist });
    expect((await request(app).get('/')).text).toContain('<title>考评</title>');
    expect((await request(app).get('/schemes/gulou/draft')).text).toContain('<title>考评</title>');
    expect((await request(app).get('/app.js')).text).toBe('console.log(1)');
    const api = await request(app).get('/api/v1/unknown');
    expect(api.status).toBe(404);
    expect(api.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('does not serve a SPA that is not built', async () => {
    const res = await request(createApp({ store, adminDist: join(tmpdir(), 'kp-no-such-dist') })).get('/');
    expect(res.status).toBe(404);
  });
});
