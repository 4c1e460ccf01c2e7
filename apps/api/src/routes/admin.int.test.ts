import { listAudit } from '@kaoping/store';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

describe('users', () => {
  it('creates a reporter bound to a scheme and one of its units and audits it without the password', async () => {
    const res = await t.as.admin
      .post('/api/v1/users')
      .send({ username: 'j02', password: 'secret-pass-123', role: 'reporter', schemeId: 'demo', unitId: 'J02' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ username: 'j02', role: 'reporter', schemeId: 'demo', unitId: 'J02', disabled: false });
    const [entry] = await listAudit(t.store.db, { entity: 'user', user: 'admin' });
    expect(entry).toMatchObject({ action: 'create', entityId: 'j02', after: { username: 'j02', role: 'reporter' } });
    expect(JSON.stringify(entry)).not.toContain('secret-pass-123');
    const login = await request(t.app).post('/api/v1/auth/login').send({ username: 'j02', password: 'secret-pass-123' });
    expect(login.status).toBe(200);
  });

  it('lists every bad field with its pointer', async () => {
    const res = await t.as.admin.post('/api/v1/users').send({ username: '!', password: 'short', role: 'reporter', colour: 'red' });
    expect(res.status).toBe(400);
    const pointers = res.body.errors.map((e: { extensions: { pointer: string; code: string } }) => e.extensions.pointer);
    expect(pointers.sort()).toEqual(['/colour', '/password', '/schemeId', '/unitId', '/username']);
    expect(res.body.errors.every((e: { extensions: { code: string } }) => e.extensions.code === 'VALIDATION_FAILED')).toBe(true);
  });

  it('refuses a second user with the same name', async () => {
    const res = await t.as.admin.post('/api/v1/users').send({ username: 'viewer', password: 'another-pass-1', role: 'viewer' });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('never disables or demotes the last admin', async () => {
    for (const patch of [{ disabled: true }, { role: 'viewer' }]) {
      const res = await t.as.admin.patch('/api/v1/users/admin').send(patch);
      expect(res.status).toBe(409);
    }
    expect((await t.as.admin.get('/api/v1/auth/me')).body.user).toMatchObject({ role: 'admin', disabled: false });
  });

  it('ends the sessions of a disabled user', async () => {
    const agent = await t.login('viewer');
    expect((await agent.get('/api/v1/schemes')).status).toBe(200);
    const res = await t.as.admin.patch('/api/v1/users/viewer').send({ disabled: true });
    expect(res.status).toBe(200);
    expect((await agent.get('/api/v1/schemes')).status).toBe(401);
    await t.as.admin.patch('/api/v1/users/viewer').send({ disabled: false });
  });

  it('requires a scheme and a unit when a user becomes a reporter', async () => {
    const res = await t.as.admin.patch('/api/v1/users/evaluator').send({ role: 'reporter' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.pointer).toBe('/schemeId');
    const noUnit = await t.as.admin.patch('/api/v1/users/evaluator').send({ role: 'reporter', schemeId: 'demo' });
    expect(noUnit.body.errors[0].extensions.pointer).toBe('/unitId');
  });

  it("refuses a unit that is not in the scheme's unit list, or a scheme that does not exist", async () => {
    const body = { username: 'x99', password: 'secret-pass-123', role: 'reporter' };
    const unknownUnit = await t.as.admin.post('/api/v1/users').send({ ...body, schemeId: 'demo', unitId: 'X99' });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.errors[0].extensions).toMatchObject({ pointer: '/unitId', code: 'VALIDATION_FAILED' });
    expect(unknownUnit.body.errors[0].message).toContain('方案「测试方案」');
    const unknownScheme = await t.as.admin.post('/api/v1/users').send({ ...body, schemeId: 'nope', unitId: 'J01' });
    expect(unknownScheme.body.errors[0].extensions.pointer).toBe('/schemeId');
    expect((await t.as.admin.get('/api/v1/users')).body.data.map((u: { username: string }) => u.username)).not.toContain('x99');
  });

  it('re-binds a reporter to another unit (audited) and scopes it there at once', async () => {
    const agent = await t.login('reporter');
    const res = await t.as.admin.patch('/api/v1/users/reporter').send({ unitId: 'J03' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ schemeId: 'demo', unitId: 'J03' });
    const [entry] = await listAudit(t.store.db, { entity: 'user', user: 'admin' });
    expect(entry).toMatchObject({ action: 'update', entityId: 'reporter', before: { unitId: 'J01' }, after: { unitId: 'J03' } });
    const units = await agent.get('/api/v1/schemes/demo/units');
    expect(units.body.data.map((u: { id: string }) => u.id)).toEqual(['J03']);
    expect((await t.as.admin.patch('/api/v1/users/reporter').send({ unitId: 'X99' })).status).toBe(400);
    await t.as.admin.patch('/api/v1/users/reporter').send({ unitId: 'J01' });
  });

  it('drops the binding when a reporter becomes a viewer', async () => {
    await t.as.admin.post('/api/v1/users').send({ username: 'j03', password: 'secret-pass-123', role: 'reporter', schemeId: 'demo', unitId: 'J03' });
    const res = await t.as.admin.patch('/api/v1/users/j03').send({ role: 'viewer' });
    expect(res.body.user).toMatchObject({ role: 'viewer', schemeId: null, unitId: null });
  });
});

describe('audit log', () => {
  it('filters by entity, user and dates', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const res = await t.as.admin.get('/api/v1/audit').query({ entity: 'user', user: 'admin', from: today, to: today });
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((e: { entity: string; createdBy: string }) => e.entity === 'user' && e.createdBy === 'admin')).toBe(true);
    const none = await t.as.admin.get('/api/v1/audit').query({ to: '2000-01-01' });
    expect(none.body.data).toEqual([]);
  });

  it('rejects unknown filters', async () => {
    const res = await t.as.admin.get('/api/v1/audit').query({ colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'VALIDATION_FAILED', pointer: '/colour' });
  });
});
