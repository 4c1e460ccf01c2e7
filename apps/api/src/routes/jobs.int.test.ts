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
async function settled(agent: Agent, id: string): Promise<{ state: string; progress: number; result: Record<string, unknown> | null; error: { code: string; message: string } | null }> {
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

  it('ends an import that fails as failed with its error code, writing nothing', async () => {
    const before = await t.as.evaluator.get('/api/v1/schemes/demo/imports').expect(200);
    const res = await t.as.evaluator.post('/api/v1/schemes/demo/jobs/imports/targets').set('Content-Type', 'text/csv').set('x-filename', 'bad.csv')
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
});
