import { describe, expect, it } from 'vitest';
import { SCHEME, serverProcesses } from '../testing/server-processes.ts';

const HEADER = 'project_id,unit_id,name,industry,real_estate,total_investment_wan,signed_on,started_on,completed_on,is_foreign';
const CSV = `${HEADER}\nEO1,J01,一次项目1,二产,false,12000,2021-01-15,2021-03-20,,false\nEO2,J02,一次项目2,三产,false,13000,2021-01-15,2021-03-20,,false\n`;

describe('a job whose process dies right after its effect committed (kill -9)', () => {
  const { start } = serverProcesses('once', { KAOPING_JOB_LEASE_MS: '1000', KAOPING_JOB_POLL_MS: '200', KAOPING_JOB_MAX_ATTEMPTS: '3' });

  it('is done once: a later process finds it finished and neither imports nor runs it again', async () => {
    const a = await start({ KAOPING_TEST_FAULTS: 'die-after-commit' });
    const projectsBefore = (await (await a.call('GET', `/schemes/${SCHEME}/projects`)).json()) as { data: unknown[] };
    const runsBefore = (await (await a.call('GET', `/schemes/${SCHEME}/runs`)).json()) as { data: unknown[] };
    const imported = (await (await a.upload(`/schemes/${SCHEME}/jobs/imports/projects?mode=append`, CSV, 'text/csv')).json()) as { id: string };
    // A kills itself right after the import's commit, before it answers anything else.
    const died = await a.server.exited;
    expect(died.code).toBe(null);
    const ran = await start({ KAOPING_TEST_FAULTS: 'die-after-commit' }).then(async (b) => {
      const run = (await (await b.call('POST', `/schemes/${SCHEME}/jobs/runs`, { asOf: '2021-06-30', acceptGaps: true })).json()) as {
        id: string;
      };
      await b.server.exited;
      return run;
    });

    // C polls with leases of 1 s: had a job not been marked done with its effect, C would claim and execute it again.
    const c = await start();
    await new Promise((r) => setTimeout(r, 3000));
    const importJob = await c.job(imported.id);
    expect(importJob).toMatchObject({ state: 'done', attempts: 1 });
    const projects = (await (await c.call('GET', `/schemes/${SCHEME}/projects`)).json()) as { data: { id: string }[] };
    expect(projects.data.length).toBe(projectsBefore.data.length + 2);
    expect(projects.data.filter((p) => p.id.startsWith('EO')).map((p) => p.id)).toEqual(['EO1', 'EO2']);
    const batches = (await (await c.call('GET', `/schemes/${SCHEME}/imports`)).json()) as { data: { id: string }[] };
    expect(batches.data.map((b) => b.id)).toEqual([importJob.result?.batchId]);

    const runJob = await c.job(ran.id);
    expect(runJob).toMatchObject({ state: 'done', attempts: 1 });
    const runs = (await (await c.call('GET', `/schemes/${SCHEME}/runs`)).json()) as { data: { id: string }[] };
    expect(runs.data.map((r) => r.id)).toContain(runJob.result?.runId);
    expect(runs.data.length).toBe(runsBefore.data.length + 1);
  }, 300_000);
});
