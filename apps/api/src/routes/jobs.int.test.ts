import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from 'supertest';
import { makeDemoApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeDemoApp();
});
afterAll(async () => {
  await t.close();
});

/** Polls GET /jobs/:id until the job has ended. */
async function settled(
  agent: Agent,
  id: string,
): Promise<{ state: string; progress: number; result: Record<string, unknown> | null; error: { code: string; message: string } | null }> {
  for (;;) {
    const res = await agent.get(`/api/v1/jobs/${id}`).expect(200);
    if (res.body.state === 'done' || res.body.state === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('background jobs', () => {
  it('queues a run with 202, shows it done with the run id, and the run is stored', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/jobs/runs').send({ asOf: '2021-06-30', acceptGaps: true });
    expect(res.status).toBe(202);
    expect(['queued', 'running']).toContain(res.body.state);
    const job = await settled(t.as.evaluator, res.body.id);
    expect(job).toMatchObject({ state: 'done', progress: 100, error: null });
    const runId = job.result?.['runId'];
    expect(typeof runId).toBe('string');
    await t.as.evaluator.get(`/api/v1/runs/${String(runId)}`).expect(200);
  });

  it('answers a run that ends within ?wait= whole (201, the run view), and one that fails with its error', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/jobs/runs?wait=10000').send({ asOf: '2021-06-30', acceptGaps: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ schemeId: 'demo', asOf: '2021-06-30', status: 'draft' });
    expect(res.body.result.groups.length).toBeGreaterThan(0);
    const stored = await t.as.evaluator.get(`/api/v1/runs/${String(res.body.id)}`).expect(200);
    expect(stored.body.result).toEqual(res.body.result);
    const gaps = await t.as.evaluator.post('/api/v1/schemes/demo/jobs/runs?wait=10000').send({ asOf: '2021-06-30' });
    expect(gaps.status).toBe(409);
    expect(gaps.body.errors[0].extensions.code).toBe('DATA_INCOMPLETE');
  });

  it('ends an import that fails as failed with its error code, writing nothing', async () => {
    const before = await t.as.evaluator.get('/api/v1/schemes/demo/imports').expect(200);
    const res = await t.as.evaluator
      .post('/api/v1/schemes/demo/jobs/imports/targets')
      .set('Content-Type', 'text/csv')
      .set('x-filename', 'bad.csv')
      .send(Buffer.from('单位编号,指标,年度目标\nJ01,K1,twelve\n'));
    expect(res.status).toBe(202);
    const job = await settled(t.as.evaluator, res.body.id);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('DATA_INVALID');
    const after = await t.as.evaluator.get('/api/v1/schemes/demo/imports').expect(200);
    expect(after.body.data).toEqual(before.body.data);
  });

  it('shows jobs to the roles that may start them', async () => {
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/jobs/runs').send({ asOf: '2021-06-30', acceptGaps: true }).expect(202);
    await settled(t.as.evaluator, res.body.id);
    await t.as.viewer.get(`/api/v1/jobs/${res.body.id}`).expect(403);
    await t.as.admin.get(`/api/v1/jobs/${res.body.id}`).expect(200);
    await t.as.admin.get('/api/v1/jobs/nope').expect(404);
    await t.as.reporter.post('/api/v1/schemes/demo/jobs/runs').send({ asOf: '2021-06-30' }).expect(403);
  });

  it("makes a job row for every synchronous import and run too, with the same answer, and records the import's progress", async () => {
    const run = await t.as.evaluator.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-06-30', acceptGaps: true }).expect(201);
    const csv = Buffer.from('单位编号,指标,年度目标\nJ01,K1,11\nJ02,K1,12\n');
    const imported = await t.as.evaluator
      .post('/api/v1/schemes/demo/imports/targets')
      .set('Content-Type', 'text/csv')
      .set('x-filename', 't.csv')
      .send(csv)
      .expect(200);
    const rows = await t.store.db.selectFrom('jobs').selectAll().where('created_by', '=', 'evaluator').orderBy('created_at', 'desc').limit(2).execute();
    const [importJob, runJob] = rows;
    expect(runJob).toMatchObject({ kind: 'run', state: 'done', attempts: 1 });
    expect((JSON.parse(runJob?.result ?? '{}') as { runId: string }).runId).toBe(run.body.id);
    expect(importJob).toMatchObject({ kind: 'import', state: 'done', progress: 100, input: '{}' });
    expect(JSON.parse(importJob?.result ?? '{}')).toEqual(imported.body);
    // The last progress written: the write phase, over every row of the table after the import.
    const detail = JSON.parse(importJob?.progress_detail ?? '{}') as { phase: string; total: number };
    const targets = await t.as.evaluator.get('/api/v1/schemes/demo/targets').expect(200);
    expect(detail).toMatchObject({ phase: 'writing', total: targets.body.data.length });
    // A finished job shows no detail; a failed synchronous import answers as before.
    const view = await t.as.evaluator.get(`/api/v1/jobs/${importJob?.id ?? ''}`).expect(200);
    expect(view.body).toMatchObject({ state: 'done', detail: null, attempts: 1 });
    await t.as.evaluator.post('/api/v1/schemes/nope/imports/targets').set('Content-Type', 'text/csv').send(csv).expect(404);
  });
});
