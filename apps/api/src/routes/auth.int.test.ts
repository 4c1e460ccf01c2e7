import { Writable } from 'node:stream';
import { ROLE_PERMISSIONS } from '@kaoping/contracts';
import { insertScheme, listAudit, updateUser } from '@kaoping/store';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { makeTestApp, PASSWORD, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the user without secrets', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({ username: 'viewer', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: expect.objectContaining({ username: 'viewer', role: 'viewer', unitId: null }),
      access: { role: 'viewer', permissions: [...ROLE_PERMISSIONS.viewer], schemes: null, unitId: null },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/hash|argon/i);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^kp_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a trusted https proxy', async () => {
    const app = createApp({ store: t.store, trustProxy: 1 });
    const res = await request(app).post('/api/v1/auth/login').set('X-Forwarded-Proto', 'https').send({ username: 'viewer', password: PASSWORD });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await request(t.app).post('/api/v1/auth/login').send({ username: 'admin', password: 'nope-nope-nope' });
    const unknown = await request(t.app).post('/api/v1/auth/login').send({ username: 'ghost', password: 'nope-nope-nope' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ errors: [{ message: '用户名或密码错误', extensions: { code: 'UNAUTHENTICATED' } }] });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('lists each missing field', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({});
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { extensions: { pointer: string } }) => e.extensions.pointer).sort()).toEqual(['/password', '/username']);
  });

  it('audits failed logins with the reason and address, never the password', async () => {
    await request(t.app).post('/api/v1/auth/login').send({ username: 'evaluator', password: 'not-the-password-1' });
    await request(t.app).post('/api/v1/auth/login').send({ username: 'nobody-here', password: 'not-the-password-2' });
    const failed = (await listAudit(t.store.db, { entity: 'session' })).filter((e) => e.action === 'login_failed');
    const wrong = failed.find((e) => e.createdBy === 'evaluator');
    const unknown = failed.find((e) => e.createdBy === 'nobody-here');
    expect(wrong?.after).toMatchObject({ reason: 'wrong_password', ip: expect.any(String) as unknown });
    expect(unknown?.after).toMatchObject({ reason: 'unknown_user' });
    expect(JSON.stringify(failed)).not.toContain('not-the-password');
  });

  it('records the login in the audit log', async () => {
    const entries = await listAudit(t.store.db, { entity: 'session', user: 'viewer' });
    expect(entries.some((e) => e.action === 'login')).toBe(true);
  });
});

describe('session', () => {
  it('GET /auth/me needs a session', async () => {
    const res = await request(t.app).get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ignores a forged cookie', async () => {
    const res = await request(t.app).get('/api/v1/auth/me').set('Cookie', 'kp_session=forged-token');
    expect(res.status).toBe(401);
  });

  it('GET /auth/me sends the permission codes and the scope', async () => {
    const admin = (await t.as.admin.get('/api/v1/auth/me')).body;
    expect(admin.access).toEqual({ role: 'admin', permissions: [...ROLE_PERMISSIONS.admin], schemes: null, unitId: null });
    expect(admin.access.permissions).toContain('users');
    const evaluator = (await t.as.evaluator.get('/api/v1/auth/me')).body.access;
    expect(evaluator.permissions).toContain('run:write');
    expect(evaluator.permissions).not.toContain('users');
    // The fixture's reporter has a unit but no scheme: it sees no scheme at all until it is bound to one.
    expect((await t.as.reporter.get('/api/v1/auth/me')).body.access).toEqual({
      role: 'reporter',
      permissions: [...ROLE_PERMISSIONS.reporter],
      schemes: [],
      unitId: null,
    });
  });

  it('GET /auth/me scopes a bound reporter to its scheme and unit', async () => {
    await insertScheme(t.store.db, { id: 'demo', name: '方案 demo', pack: {} }, 'fixture');
    await updateUser(t.store.db, 'reporter', { schemeId: 'demo' });
    try {
      const agent = await t.login('reporter');
      const { access } = (await agent.get('/api/v1/auth/me')).body;
      expect(access).toMatchObject({ role: 'reporter', schemes: ['demo'], unitId: 'J01' });
      expect(access.permissions).toEqual(expect.arrayContaining(['report:submit', 'data:read']));
      expect(access.permissions).not.toContain('version:read');
    } finally {
      await updateUser(t.store.db, 'reporter', { schemeId: null });
    }
  });

  it('ends with logout', async () => {
    const agent = await t.login('evaluator');
    expect((await agent.get('/api/v1/auth/me')).body.user.username).toBe('evaluator');
    const out = await agent.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/kp_session=;/);
    expect((await agent.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('login rate limit', () => {
  it('blocks an IP after too many failed logins, even with the right password', async () => {
    const app = createApp({ store: t.store, loginRateLimit: { windowMs: 60_000, limit: 3 } });
    for (let i = 0; i < 3; i += 1) {
      expect((await request(app).post('/api/v1/auth/login').send({ username: 'admin', password: 'wrong-wrong' })).status).toBe(401);
    }
    const blocked = await request(app).post('/api/v1/auth/login').send({ username: 'admin', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('request logs', () => {
  it('carry a request id at debug level, and never the password, cookie, headers or session token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = createApp({ store: t.store, logger: pino({ level: 'debug' }, sink) });
    const agent = request.agent(app);
    const login = await agent.post('/api/v1/auth/login').send({ username: 'admin', password: PASSWORD });
    const token = /kp_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1] ?? 'missing';
    const me = await agent.get('/api/v1/auth/me').set('x-request-id', 'req-42');
    expect(me.headers['x-request-id']).toBe('req-42');
    const log = lines.join('');
    expect(log).toContain('req-42');
    expect(log).toContain('/api/v1/auth/me');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain(token);
    expect(log).not.toContain('cookie');
  });

  it('stay out of an info-level log, so the one-time password printed at start is not buried', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = createApp({ store: t.store, logger: pino({ level: 'info' }, sink) });
    await request(app).get('/api/v1/auth/me');
    expect(lines).toEqual([]);
  });
});
