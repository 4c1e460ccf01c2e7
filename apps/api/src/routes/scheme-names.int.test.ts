import { getDraft, getVersion, listAudit } from '@kaoping/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

const pointers = (body: { errors: Array<{ extensions: { pointer?: string } }> }) => body.errors.map((e) => e.extensions.pointer).sort();

describe("a pack's id and name are its scheme's", () => {
  it('refuses a draft whose id or name differs, naming both pointers, and writes nothing', async () => {
    const before = await getDraft(t.store.db, 'demo');
    const pack = { ...(before?.pack as object), id: 'other', name: '别的名称' };
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack, revision: before?.revision });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('RULE_PACK_INVALID');
    expect(pointers(res.body)).toEqual(['/id', '/name']);
    expect(await getDraft(t.store.db, 'demo')).toEqual(before);
  });

  it('renames the scheme and its draft in one audited step; the published version keeps its name', async () => {
    const before = await getDraft(t.store.db, 'demo');
    const oldName = (before?.pack as { name: string }).name;
    const res = await t.as.evaluator.put('/api/v1/schemes/demo/settings').send({ name: '  新的方案名称 ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'demo', name: '新的方案名称' });
    expect(await getDraft(t.store.db, 'demo')).toMatchObject({ revision: (before?.revision ?? 0) + 1, pack: { id: 'demo', name: '新的方案名称' } });
    expect((await getVersion(t.store.db, 'demo', 1))?.pack).toMatchObject({ name: oldName });
    const listed = await t.as.viewer.get('/api/v1/schemes');
    expect(listed.body.data.find((s: { id: string }) => s.id === 'demo')).toMatchObject({ name: '新的方案名称' });
    const [entry] = await listAudit(t.store.db, { entity: 'scheme-settings' });
    expect(entry).toMatchObject({ createdBy: 'evaluator', before: { name: oldName }, after: { name: '新的方案名称' } });
    const draft = await getDraft(t.store.db, 'demo');
    const saved = await t.as.evaluator.put('/api/v1/schemes/demo/draft').send({ pack: draft?.pack, revision: draft?.revision });
    expect(saved.status).toBe(200);
  });

  it('refuses empty settings, an empty name, and a viewer', async () => {
    expect((await t.as.evaluator.put('/api/v1/schemes/demo/settings').send({})).status).toBe(400);
    expect((await t.as.evaluator.put('/api/v1/schemes/demo/settings').send({ name: '  ' })).status).toBe(400);
    expect((await t.as.viewer.put('/api/v1/schemes/demo/settings').send({ name: '新名' })).status).toBe(403);
  });
});
