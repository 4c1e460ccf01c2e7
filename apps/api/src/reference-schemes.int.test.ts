import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimulateResult, type RunResult } from '@kaoping/contracts';
import { hasChanges } from '@kaoping/report';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './env.ts';
import { seedReferenceSchemes } from './services/seed/seed-reference-schemes.ts';
import { makeTestApp, type TestApp } from './testing/test-app.ts';

const RULES = join(REPO_ROOT, 'rules');

interface ExpectedRanking {
  unit_id: string;
  rank: number | null;
  total: string;
}
interface ExpectedGulou {
  runs: { as_of: string; groups: Record<string, { ranking: ExpectedRanking[] }> }[];
}

interface ExpectedProjects {
  runs: {
    as_of: string;
    projects: { project_id: string; status: string; reasons: string[]; lists: string[] }[];
    groups: Record<string, { ranking: ExpectedRanking[] }>;
  }[];
}

let t: TestApp;
let seeded: string[];
beforeAll(async () => {
  t = await makeTestApp();
  seeded = await seedReferenceSchemes(t.store, RULES, pino({ level: 'silent' }));
});
afterAll(async () => {
  await t.close();
});

describe('reference schemes seeded from rules/', () => {
  it('creates one published scheme per reference pack', async () => {
    expect(seeded).toEqual(['gulou-2021', 'jilin-2023', 'luocheng-2023', 'luoxi-2022', 'sanming-2020']);
    const list = await t.as.viewer.get('/api/v1/schemes');
    expect(list.body.data.map((s: { id: string; latestVersion: number }) => [s.id, s.latestVersion])).toEqual([
      ['gulou-2021', 1],
      ['jilin-2023', 1],
      ['luocheng-2023', 1],
      ['luoxi-2022', 1],
      ['sanming-2020', 1],
    ]);
  });

  it('reproduces the gulou-2021 rankings of expected.json through the API (imported fixtures, stored runs)', async () => {
    const expected = JSON.parse(readFileSync(join(RULES, 'gulou-2021', 'expected.json'), 'utf8')) as ExpectedGulou;
    for (const run of expected.runs) {
      const res = await t.as.evaluator.post('/api/v1/schemes/gulou-2021/runs').send({ asOf: run.as_of, acceptGaps: true });
      expect(res.status).toBe(201);
      for (const [name, group] of Object.entries(run.groups)) {
        const got = res.body.result.groups.find((g: { name: string }) => g.name === name);
        expect(
          got.units.map((u: { unitId: string; rank: number | null; total: string }) => [u.unitId, u.rank, u.total]),
          `${run.as_of} ${name}`,
        ).toEqual(group.ranking.map((u) => [u.unit_id, u.rank, u.total]));
      }
    }
  });

  it('reproduces the project outcomes and rankings of luoxi-2022 and sanming-2020 through the API', async () => {
    for (const scheme of ['luoxi-2022', 'sanming-2020']) {
      const expected = JSON.parse(readFileSync(join(RULES, scheme, 'expected.json'), 'utf8')) as ExpectedProjects;
      for (const run of expected.runs) {
        const res = await t.as.evaluator.post(`/api/v1/schemes/${scheme}/runs`).send({ asOf: run.as_of, acceptGaps: true });
        expect(res.status, `${scheme} ${run.as_of}`).toBe(201);
        const result = res.body.result as RunResult;
        expect(
          result.projects?.items.map((p) => [p.projectId, p.status, p.reasons, p.lists]),
          `${scheme} ${run.as_of}`,
        ).toEqual(run.projects.map((p) => [p.project_id, p.status, p.reasons, p.lists]));
        for (const [name, group] of Object.entries(run.groups)) {
          const got = result.groups.find((g) => g.name === name);
          expect(
            got?.units.map((u) => [u.unitId, u.rank, u.total]),
            `${scheme} ${run.as_of} ${name}`,
          ).toEqual(group.ranking.map((u) => [u.unit_id, u.rank, u.total]));
        }
      }
    }
  });

  it('runs the other reference schemes and simulates an unchanged pack as no change', async () => {
    for (const [scheme, asOf] of [
      ['luocheng-2023', '2023-06-30'],
      ['jilin-2023', '2023-12-31'],
    ] as const) {
      const run = await t.as.evaluator.post(`/api/v1/schemes/${scheme}/runs`).send({ asOf, acceptGaps: true });
      expect(run.status, scheme).toBe(201);
      const draft = await t.as.evaluator.get(`/api/v1/schemes/${scheme}/draft`);
      const sim = await t.as.evaluator.post(`/api/v1/schemes/${scheme}/simulate`).send({ pack: draft.body.pack, asOf });
      expect(sim.status, scheme).toBe(200);
      const diff = SimulateResult.parse(sim.body).diff;
      expect(diff.groups.flatMap((g) => g.units).length, scheme).toBeGreaterThan(0);
      expect(hasChanges(diff), scheme).toBe(false);
    }
  });
});
