import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../testing/fixtures.ts';
import { sheetXml, workbookFiles, zip } from '../testing/hostile-xlsx.ts';
import { makeTestApp, putScheme, type TestApp } from '../testing/test-app.ts';
import { testPack } from '../testing/test-pack.ts';
import { WorkerPool } from './worker-pool.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The test pack with 13 chained squaring facts that the total reads: f_k = f_{k−1}². */
function squaringPack() {
  const facts = [
    { id: 'f0', name: '起点', formula: '1.1' },
    ...Array.from({ length: 13 }, (_, k) => ({ id: `f${k + 1}`, name: `平方${k + 1}`, formula: `f${k} * f${k}` })),
  ];
  return { ...testPack(), id: 'hostile', facts, total: 'base + f13 * 0' };
}

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ jobs: new WorkerPool({ size: 1, timeMs: 120_000, heapMb: 512 }) });
  await putScheme(t.store, 'demo', testPack(), DATASET);
  await putScheme(t.store, 'hostile', squaringPack(), DATASET);
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('the server while hostile jobs run', () => {
  it('answers GET /schemes during a hostile upload and a hostile run, which fail with their limit errors', async () => {
    const finished: string[] = [];
    const track = (name: string) => (res: Response) => {
      finished.push(name);
      return res;
    };
    const sparse = zip(workbookFiles(sheetXml(['A1', 'XFD1048576'])));
    const upload = t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets?dryRun=1')
      .set('Content-Type', XLSX)
      .set('x-filename', 'sparse.xlsx')
      .send(sparse)
      .then(track('upload'));
    const run = t.as.evaluator.post('/api/v1/schemes/hostile/runs').send({ asOf: '2021-06-30', acceptGaps: true }).then(track('run'));
    const schemes = t.as.viewer.get('/api/v1/schemes').then(track('schemes'));
    const [u, r, s] = await Promise.all([upload, run, schemes]);
    expect(s.status).toBe(200);
    expect(u.status).toBe(413);
    expect(u.body.errors[0].extensions.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(u.body.errors[0].message).toContain('sparse.xlsx');
    expect(r.status).toBe(422);
    expect(r.body.errors[0].extensions.code).toBe('RUN_LIMIT_EXCEEDED');
    expect(r.body.errors[0].extensions.pointer).toMatch(/^\/facts\/\d+\/formula$/);
    // The worker thread starts with the first job, so the GET is answered before either job ends.
    expect(finished[0]).toBe('schemes');
  }, 120_000);

  it('still imports and runs normally through the worker afterwards', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-06-30', acceptGaps: true });
    expect(res.status).toBe(201);
    expect(res.body.result.groups[0].units.length).toBeGreaterThan(0);
    const csv = Buffer.from('单位编号,指标,年度目标\nJ01,K2,3\n');
    const dry = await t.as.evaluator.post('/api/v1/schemes/demo/imports/targets?dryRun=1').set('Content-Type', 'text/csv').set('x-filename', 't.csv').send(csv);
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
  }, 120_000);
});
