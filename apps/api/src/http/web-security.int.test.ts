import { listRecords } from '@kaoping/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, PASSWORD, type TestApp } from '../testing/test-app.ts';
import { MAX_JSON_DEPTH } from './check-input.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const UNITS_CSV = '单位编号,单位名称,所属组别\nX1,外来单位,街镇组\n';

describe('cross-site requests (CSRF)', () => {
  it('refuses a cross-site text/plain upload that would replace the units table', async () => {
    const before = await listRecords(t.store.db, 'demo', 'units');
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/units')
      .set('Origin', 'https://evil.example')
      .set('Content-Type', 'text/plain')
      .send(UNITS_CSV);
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('CROSS_SITE_REJECTED');
    expect(await listRecords(t.store.db, 'demo', 'units')).toEqual(before);
  });

  it('refuses Sec-Fetch-Site cross-site and same-site, and a null Origin', async () => {
    for (const [header, value] of [
      ['Sec-Fetch-Site', 'cross-site'],
      ['Sec-Fetch-Site', 'same-site'],
      ['Origin', 'null'],
    ] as const) {
      const res = await t.as.admin.post('/api/v1/users').set(header, value).send({ username: 'mallory', password: 'x-long-enough-1', role: 'viewer' });
      expect(res.status, `${header}: ${value}`).toBe(403);
    }
  });

  it('lets the same site through', async () => {
    const res = await t.as.admin
      .post('/api/v1/users')
      .set('Host', 'kaoping.local:3000')
      .set('Origin', 'http://kaoping.local:3000')
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ username: 'samesite', password: 'same-site-secret-1', role: 'viewer' });
    expect(res.status).toBe(201);
  });

  it('takes only JSON on JSON routes (a form or text body needs no CORS preflight)', async () => {
    const body = JSON.stringify({ username: 'viewer', password: PASSWORD });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await request(t.app).post('/api/v1/auth/login').set('Content-Type', type).send(body);
      expect(res.status, type).toBe(415);
      expect(res.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });
});

describe('security headers', () => {
  it('sends a CSP and helmet headers on the API and the SPA', async () => {
    const res = await request(t.app).get('/api/v1/auth/me');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    // The live simulation's worker is a same-origin file: no blob: or data: workers.
    expect(csp.split(';').map((d) => d.trim())).toContain("worker-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('malformed input gets a 4xx, never a 500', () => {
  it('a session cookie that is not a token is no session', async () => {
    for (const cookie of ['kp_session=%E0%A4%A', 'kp_session=%', 'kp_session=a b c', `kp_session=${'x'.repeat(5000)}`]) {
      const res = await request(t.app).get('/api/v1/auth/me').set('Cookie', cookie);
      expect(res.status, cookie).toBe(401);
    }
  });

  it('NUL characters in a body, a body key, a path or a query', async () => {
    const inBody = await t.as.admin.post('/api/v1/users').send({ username: 'nul', password: 'abc\u0000defghijkl', role: 'viewer' });
    expect(inBody.status).toBe(400);
    expect(inBody.body.errors[0].extensions.pointer).toBe('/password');
    const inKey = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ ['a\u0000']: 1 });
    expect(inKey.status).toBe(400);
    for (const path of ['/api/v1/schemes/de%00mo', '/api/v1/audit?user=a%00b', '/api/v1/runs/%00']) {
      const res = await t.as.admin.get(path);
      expect(res.status, path).toBe(400);
    }
  });

  it('JSON nested deeper than the limit names where', async () => {
    let deep: unknown = { fact: 'rank', operator: 'equal', value: 1 };
    for (let i = 0; i < 1000; i++) deep = { not: deep };
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ revision: 1, pack: { lists: [{ rules: [{ when: deep }] }] } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain(`${MAX_JSON_DEPTH}`);
    expect(res.body.errors[0].extensions.pointer).toMatch(/^\/pack\/lists\/0\/rules\/0\/when\/not\/not/);
  });
});
