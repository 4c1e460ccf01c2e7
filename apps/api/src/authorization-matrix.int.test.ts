import { can, ROLES, type Role } from '@kaoping/contracts';
import { getDraft, insertRun, putCycleSettings } from '@kaoping/store';
import { defaultBulletinTemplate } from '@kaoping/report';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES } from './routes/all-routes.ts';
import { sampleResult } from './testing/fixtures.ts';
import { makeDemoApp, PASSWORD, REPORTER_UNIT, type Agent, type TestApp } from './testing/test-app.ts';
import { TEST_PACK } from './testing/test-pack.ts';

type Who = Role | 'anonymous';
type Expect = 2 | 401 | 403;
const WHO: Who[] = [...ROLES, 'anonymous'];

/**
 * What the role table in @kaoping/contracts says each role gets from each route, walking every declared route:
 * public → 2 for all; otherwise anonymous 401, then 2 or 403 by the route's permission (signedIn: 2).
 */
function fromRoleTable(): Record<string, Expect[]> {
  return Object.fromEntries(
    ALL_ROUTES.map((r) => {
      const key = `${r.method} ${r.path}`;
      if (r.access === 'public') return [key, WHO.map(() => 2)];
      const access = r.access;
      return [key, WHO.map((who) => (who === 'anonymous' ? 401 : access === 'signedIn' || can(who, access) ? 2 : 403))];
    }),
  );
}

/**
 * The expected answer for every route × role (2 = any 2xx), written out independently of the role table: the
 * table must agree with it, and the running API must answer it (a reporter bound to scheme demo and unit J01).
 */
const MATRIX: Record<string, [Expect, Expect, Expect, Expect, Expect]> = {
  //                                          admin evaluator reporter viewer anonymous
  'post /auth/login': [2, 2, 2, 2, 2],
  'post /auth/logout': [2, 2, 2, 2, 401],
  'get /auth/me': [2, 2, 2, 2, 401],
  'get /schemes': [2, 2, 2, 2, 401],
  'post /schemes': [2, 2, 403, 403, 401],
  'get /schemes/:sid': [2, 2, 2, 2, 401],
  'get /schemes/:sid/draft': [2, 2, 403, 403, 401],
  'put /schemes/:sid/draft': [2, 2, 403, 403, 401],
  'post /schemes/:sid/versions': [2, 2, 403, 403, 401],
  'get /schemes/:sid/versions': [2, 2, 403, 2, 401],
  'get /schemes/:sid/versions/:v': [2, 2, 403, 2, 401],
  'get /schemes/:sid/versions/:a/diff/:b': [2, 2, 403, 2, 401],
  'post /schemes/:sid/versions/:v/restore': [2, 2, 403, 403, 401],
  'get /schemes/:sid/versions/:v/review': [2, 2, 403, 403, 401],
  'post /schemes/:sid/versions/:v/review': [2, 2, 403, 403, 401],
  'put /schemes/:sid/settings': [2, 2, 403, 403, 401],
  'get /schemes/:sid/targets/template': [2, 2, 403, 403, 401],
  'get /schemes/:sid/units': [2, 2, 2, 403, 401],
  'get /schemes/:sid/targets': [2, 2, 2, 403, 401],
  'get /schemes/:sid/reports': [2, 2, 2, 403, 401],
  'get /schemes/:sid/events': [2, 2, 2, 403, 401],
  'get /schemes/:sid/projects': [2, 2, 2, 403, 401],
  'post /schemes/:sid/projects': [2, 2, 403, 403, 401],
  'put /schemes/:sid/projects/:pid': [2, 2, 403, 403, 401],
  'delete /schemes/:sid/projects/:pid': [2, 2, 403, 403, 401],
  'put /schemes/:sid/targets': [2, 2, 403, 403, 401],
  'post /schemes/:sid/reports': [2, 2, 2, 403, 401],
  'post /schemes/:sid/imports/:table': [2, 2, 403, 403, 401],
  'get /schemes/:sid/imports': [2, 2, 403, 403, 401],
  'post /imports/:bid/undo': [2, 2, 403, 403, 401],
  'post /schemes/:sid/runs': [2, 2, 403, 403, 401],
  'post /schemes/:sid/jobs/imports/:table': [2, 2, 403, 403, 401],
  'post /schemes/:sid/jobs/runs': [2, 2, 403, 403, 401],
  'get /jobs/:id': [2, 2, 403, 403, 401],
  'get /schemes/:sid/runs': [2, 2, 2, 2, 401],
  'get /schemes/:sid/gaps': [2, 2, 403, 403, 401],
  'post /runs/:rid/release': [2, 2, 403, 403, 401],
  'post /runs/:rid/void': [2, 2, 403, 403, 401],
  'get /runs/:rid': [2, 2, 2, 2, 401],
  'get /runs/:rid/export': [2, 2, 2, 2, 401],
  'get /runs/:rid/units/:uid': [2, 2, 2, 2, 401],
  'post /schemes/:sid/simulate': [2, 2, 403, 403, 401],
  'get /schemes/:sid/bulletin-template': [2, 2, 403, 403, 401],
  'put /schemes/:sid/bulletin-template': [2, 2, 403, 403, 401],
  'get /runs/:rid/bulletin/docx': [2, 2, 403, 403, 401],
  'get /users': [2, 403, 403, 403, 401],
  'post /users': [2, 403, 403, 403, 401],
  'patch /users/:username': [2, 403, 403, 403, 401],
  'get /audit': [2, 403, 403, 403, 401],
  'get /schemes/:sid/cycle': [2, 2, 2, 2, 401],
  'put /schemes/:sid/cycle': [2, 2, 403, 403, 401],
  'get /schemes/:sid/cycle/chase': [2, 2, 403, 403, 401],
  'post /schemes/:sid/cycle/sweep-late': [2, 2, 403, 403, 401],
  'get /cycle/tasks': [2, 2, 2, 403, 401],
  'get /schemes/:sid/submissions/:unitId/:period': [2, 2, 2, 403, 401],
  'put /schemes/:sid/submissions/:unitId/:period': [2, 2, 2, 403, 401],
  'post /schemes/:sid/submissions/:unitId/:period/review': [2, 2, 403, 403, 401],
};

let t: TestApp;
let counter = 0;
beforeAll(async () => {
  t = await makeDemoApp();
  await insertRun(t.store.db, {
    id: 'run-1',
    schemeId: 'demo',
    version: 1,
    asOf: '2021-03-31',
    fingerprint: 'f'.repeat(64),
    result: JSON.stringify(sampleResult()),
    createdBy: 'fixture',
    createdAt: '2021-04-01T00:00:00.000Z',
    status: 'released',
  });
  await putCycleSettings(
    t.store.db,
    'demo',
    { cadence: 'month', deadline: { kind: 'dayOfNextMonth', day: 4 }, calendar: { holidays: [], extraWorkdays: [] } },
    'fixture',
  );
});
afterAll(async () => {
  await t.close();
});

/** A valid request for the route, so that an allowed role gets 2xx. */
async function send(key: string, agent: Agent, who: Who) {
  counter += 1;
  const [method, path] = key.split(' ') as [string, string];
  const url = `/api/v1${path.replace(':sid', 'demo').replace(':v', '1').replace(':a', '1').replace(':b', '1').replace(':rid', 'run-1').replace(':username', 'viewer').replace(':table', 'units').replace(':unitId', REPORTER_UNIT).replace(':period', '2021-01').replace(':uid', REPORTER_UNIT)}`;
  switch (key) {
    case 'post /auth/login':
      // A fresh client: the shared anonymous agent must stay signed out.
      return request(t.app)
        .post(url)
        .send({ username: who === 'anonymous' ? 'viewer' : who, password: PASSWORD });
    case 'post /schemes':
      return agent.post(url).send({ id: `s-${counter}`, name: `方案${counter}`, fromSchemeId: 'demo' });
    case 'put /schemes/:sid/draft':
      return agent.put(url).send({ pack: TEST_PACK, revision: (await getDraft(t.store.db, 'demo'))?.revision ?? 0 });
    case 'post /schemes/:sid/versions':
      return agent.post(url).send({ note: `第${counter}次发布` });
    case 'post /schemes/:sid/projects':
      return agent.post(url).send({ id: `P-${counter}`, unitId: 'J02', name: `项目${counter}`, fields: { plannedStart: '2021年6月' } });
    case 'put /schemes/:sid/projects/:pid':
    case 'delete /schemes/:sid/projects/:pid': {
      const id = `P-${counter}`;
      await t.as.admin.post('/api/v1/schemes/demo/projects').send({ id, unitId: 'J02', name: '待改项目', fields: {} });
      const target = url.replace(':pid', id);
      return method === 'put' ? agent.put(target).send({ id, unitId: 'J02', name: '改过的项目', fields: {} }) : agent.delete(target);
    }
    case 'put /schemes/:sid/settings':
      return agent.put(url).send({ reviewRequired: false });
    case 'post /schemes/:sid/versions/:v/review': {
      // A 待复核 version published by someone else, so that an allowed reviewer gets 2xx.
      await t.as.admin.put('/api/v1/schemes/demo/settings').send({ reviewRequired: true });
      const author = who === 'evaluator' ? t.as.admin : t.as.evaluator;
      const published = await author.post('/api/v1/schemes/demo/versions').send({ note: `待复核 ${counter}` });
      await t.as.admin.put('/api/v1/schemes/demo/settings').send({ reviewRequired: false });
      return agent.post(url.replace('/versions/1/', `/versions/${String(published.body.version)}/`)).send({ decision: 'approve' });
    }
    case 'put /schemes/:sid/targets':
      return agent.put(url).send({ unitId: 'J02', indicator: 'K1', value: '100', period: null });
    case 'post /schemes/:sid/reports':
      return agent.post(url).send({ unitId: REPORTER_UNIT, indicator: 'K1', period: '2021-02', value: '1' });
    case 'post /schemes/:sid/imports/:table':
      return agent
        .post(url)
        .set('Content-Type', 'text/csv')
        .send('单位编号,单位名称,所属组别\nJ01,榕东街道,街镇组\nJ02,榕西街道,街镇组\nJ03,凤池街道,街镇组\n');
    case 'post /imports/:bid/undo': {
      const units = '单位编号,单位名称,所属组别\nJ01,榕东街道,街镇组\nJ02,榕西街道,街镇组\nJ03,凤池街道,街镇组\n';
      const batch = await t.as.admin.post('/api/v1/schemes/demo/imports/units').set('Content-Type', 'text/csv').send(units);
      return agent.post(`/api/v1/imports/${String(batch.body.batchId)}/undo`);
    }
    case 'post /schemes/:sid/runs':
    case 'post /schemes/:sid/jobs/runs':
      return agent.post(url).send({ asOf: '2021-03-31', acceptGaps: true });
    case 'post /schemes/:sid/jobs/imports/:table':
      return agent.post(url).set('Content-Type', 'text/csv').send('单位编号,单位名称,所属组别\nJ01,榕东街道,街镇组\n');
    case 'get /jobs/:id': {
      const job = await t.as.admin.post('/api/v1/schemes/demo/jobs/runs').send({ asOf: '2021-03-31', acceptGaps: true });
      return agent.get(url.replace(':id', String(job.body.id)));
    }
    case 'get /schemes/:sid/gaps':
      return agent.get(`${url}?asOf=2021-03-31`);
    case 'post /runs/:rid/release':
    case 'post /runs/:rid/void': {
      const draft = await t.as.admin.post('/api/v1/schemes/demo/runs').send({ asOf: '2021-03-31', acceptGaps: true });
      const target = url.replace('run-1', String(draft.body.id));
      return agent.post(target).send(key.endsWith('release') ? { note: '审核无误' } : { reason: '数据有误' });
    }
    case 'post /schemes/:sid/simulate':
      return agent.post(url).send({ pack: TEST_PACK, asOf: '2021-03-31' });
    case 'put /schemes/:sid/bulletin-template':
      return agent.put(url).send(defaultBulletinTemplate(true));
    case 'put /schemes/:sid/cycle':
      return agent.put(url).send({ cadence: 'month', deadline: { kind: 'dayOfNextMonth', day: 4 } });
    case 'put /schemes/:sid/submissions/:unitId/:period':
      return agent.put(url).send({ submit: false, values: {} });
    case 'post /schemes/:sid/submissions/:unitId/:period/review': {
      // Each allowed reviewer needs a 已提交 submission: unlock an approved one and submit it again.
      const at = url.replace('/review', '');
      if ((await t.as.admin.get(at)).body.data.state === 'approved') await t.as.admin.post(url).send({ decision: 'unlock', reason: '复核' });
      await t.as.admin.put(at).send({ submit: true, values: {} });
      return agent.post(url).send({ decision: 'approve' });
    }
    case 'post /users':
      return agent.post(url).send({ username: `user${counter}`, password: 'long-enough-pass', role: 'viewer' });
    case 'patch /users/:username':
      return agent.patch(url).send({ disabled: false });
    default:
      return method === 'get' ? agent.get(url) : method === 'post' ? agent.post(url).send({}) : agent.delete(url);
  }
}

describe('authorization matrix', () => {
  it('covers every route exactly', () => {
    expect(ALL_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('agrees with the role table in @kaoping/contracts for every route', () => {
    expect(fromRoleTable()).toEqual(MATRIX);
  });

  for (const [key, expected] of Object.entries(MATRIX)) {
    it(key, async () => {
      const got: string[] = [];
      for (const who of WHO) {
        // Logout ends the session, so it gets a session of its own.
        const agent = key === 'post /auth/logout' && who !== 'anonymous' ? await t.login(who) : t.as[who];
        const res = await send(key, agent, who);
        const status = res.status >= 200 && res.status < 300 ? 2 : res.status;
        got.push(`${who}:${status}`);
        if (status !== 2) expect(res.body.errors?.[0]?.extensions?.code, `${who} ${key}`).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
      expect(got).toEqual(WHO.map((who, i) => `${who}:${expected[i]}`));
    });
  }

  it('serves the OpenAPI document to everyone', async () => {
    for (const who of WHO) expect((await t.as[who].get('/api/docs')).status).toBe(200);
  });
});
