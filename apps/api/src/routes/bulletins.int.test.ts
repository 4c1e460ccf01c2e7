import { defaultBulletinTemplate } from '@kaoping/report';
import { listAudit } from '@kaoping/store';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoApp, type Agent, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let runId: string;
beforeAll(async () => {
  t = await makeDemoApp();
  runId = (await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-03-31', acceptGaps: true })).body.id as string;
  await t.as.evaluator.post(`/api/v1/runs/${runId}/release`).send({ note: '审核无误' });
});
afterAll(async () => {
  await t.close();
});

const TEMPLATE_URL = '/api/v1/schemes/demo/bulletin-template';

async function docxText(agent: Agent, query: string): Promise<{ status: number; headers: Record<string, string>; xml: string }> {
  const res = await agent
    .get(`/api/v1/runs/${runId}/bulletin/docx${query}`)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (res.status !== 200) return { status: res.status, headers: res.headers, xml: '' };
  const files = unzipSync(new Uint8Array(res.body as Buffer));
  const xml = Object.entries(files)
    .filter(([name]) => name.startsWith('word/'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  return { status: res.status, headers: res.headers, xml };
}

describe('通报 template', () => {
  it('starts from a default derived from the pack', async () => {
    const res = await t.as.evaluator.get(TEMPLATE_URL);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ template: defaultBulletinTemplate(true), saved: false, updatedAt: null, updatedBy: null });
  });

  it('refuses an unknown placeholder and names the field', async () => {
    const res = await t.as.evaluator.put(TEMPLATE_URL).send({ ...defaultBulletinTemplate(true), title: '关于{季度}的通报' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('未知的占位符 {季度}');
    expect(JSON.stringify(res.body)).toContain('title');
    expect((await t.as.evaluator.get(TEMPLATE_URL)).body.saved).toBe(false);
  });

  it('saves an edited template and audits the change', async () => {
    const template = { ...defaultBulletinTemplate(true), redHeader: '测试区抓项目促提升领导小组办公室', signature: '测试区考评办' };
    const res = await t.as.evaluator.put(TEMPLATE_URL).send(template);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ template, saved: true, updatedBy: 'evaluator' });
    const [entry] = await listAudit(t.store.db, { entity: 'bulletin_template' });
    expect(entry).toMatchObject({ createdBy: 'evaluator', action: 'update', entityId: 'demo', after: template });
  });
});

describe('通报 as DOCX', () => {
  it('lays out the run with the saved template, the given serial number and date, and page numbers', async () => {
    const { status, headers, xml } = await docxText(t.as.evaluator, '?serial=7&date=2021-04-06');
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('wordprocessingml.document');
    expect(decodeURIComponent(headers['content-disposition'] ?? '')).toContain("filename*=UTF-8''测试方案-2021年3月-考评通报.docx");
    for (const text of [
      '测试区抓项目促提升领导小组办公室',
      '考评办〔2021〕7号',
      '一、综合排名情况',
      '二、结果名单',
      '介绍经验',
      '测试区考评办',
      '2021年4月6日',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toMatch(/PAGE/);
    expect(xml).toContain('w:pgSz w:w="11906" w:h="16838"');
  });

  it('refuses a date that does not exist', async () => {
    expect((await docxText(t.as.evaluator, '?date=2021-02-30')).status).toBe(400);
  });
});
