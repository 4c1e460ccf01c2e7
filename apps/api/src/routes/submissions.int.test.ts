import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertUser, listAudit } from '@kaoping/store';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.ts';
import { REPO_ROOT } from '../env.ts';
import { fixedClock, type Clock } from '../services/cycle/clock.ts';
import { seedReferenceSchemes } from '../services/seed/seed-reference-schemes.ts';
import { makeTestApp, PASSWORD, type Agent, type TestApp } from '../testing/test-app.ts';

// 罗溪 (luoxi-2022, seeded with its cycle.json: monthly, due the 4th); 双溪村 V01 reports January 2022.
let today = '2022-02-03';
const clock: Clock = { today: () => today, now: () => fixedClock(today).now() };
const URL = '/api/v1/schemes/luoxi-2022/submissions/V01/2022-01';
const progress = (monthInvestment: string) => ({
  projectId: 'LX01',
  monthInvestment,
  totalInvestment: '300',
  progress: '主体施工',
  signedOn: null,
  startedOn: null,
  completedOn: null,
  listedOn: null,
  problems: '',
  coordination: '用地指标',
});
const body = (submit: boolean, monthInvestment = '120') => ({ submit, values: {}, projects: [progress(monthInvestment)], note: '1月工作推进情况' });

let t: TestApp;
let reporter: Agent;
beforeAll(async () => {
  t = await makeTestApp({ clock });
  const rules = mkdtempSync(join(tmpdir(), 'kaoping-cycle-'));
  symlinkSync(join(REPO_ROOT, 'rules', 'luoxi-2022'), join(rules, 'luoxi-2022'));
  await seedReferenceSchemes(t.store, rules, pino({ level: 'silent' }));
  await insertUser(t.store.db, { username: 'shuangxi', passwordHash: await hashPassword(PASSWORD), role: 'reporter', schemeId: 'luoxi-2022', unitId: 'V01' });
  reporter = request.agent(t.app);
  expect((await reporter.post('/api/v1/auth/login').send({ username: 'shuangxi', password: PASSWORD })).status).toBe(200);
});
afterAll(async () => {
  await t.close();
});

const chaseRow = async (unitId: string) => {
  const res = await t.as.evaluator.get('/api/v1/schemes/luoxi-2022/cycle/chase');
  expect(res.status).toBe(200);
  return res.body.units.find((u: { unitId: string }) => u.unitId === unitId);
};

describe('the reporting cycle of 罗溪 January 2022', () => {
  it('reads the seeded deadline rule and the current period from the clock', async () => {
    const res = await t.as.viewer.get('/api/v1/schemes/luoxi-2022/cycle');
    expect(res.body).toMatchObject({ today: '2022-02-03', currentPeriod: '2022-01', deadline: '2022-02-04', settings: { deadline: { day: 4 } } });
    expect(await chaseRow('V01')).toMatchObject({ unitName: '双溪村', state: 'unreported', daysLate: 0, daysLeft: 1 });
  });

  it('gives the reporter a form by name and its own unit only', async () => {
    const res = await reporter.get(URL);
    expect(res.status).toBe(200);
    expect(res.body.periodLabel).toBe('2022年1月');
    expect(res.body.form.projects.map((p: { name: string }) => p.name)).toEqual(['双溪康养民宿集群', '双溪冷链物流分拨中心']);
    expect((await reporter.get('/api/v1/schemes/luoxi-2022/submissions/V02/2022-01')).status).toBe(403);
    expect((await reporter.put('/api/v1/schemes/luoxi-2022/submissions/V02/2022-01').send(body(false))).status).toBe(403);
  });

  it('refuses values the form does not have, naming them, and writes nothing', async () => {
    const res = await reporter.put(URL).send({ ...body(true), values: { X9: '1' } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: expect.stringContaining('X9'), extensions: { code: 'VALIDATION_FAILED', pointer: '/values/X9' } }]);
    expect((await reporter.get(URL)).body.data.state).toBe('unreported');
  });

  it('lists the unit as late in 催报 once the deadline has passed, and a late 提交 writes the LATE event', async () => {
    today = '2022-02-07';
    expect(await chaseRow('V01')).toMatchObject({ state: 'unreported', daysLate: 3, daysLeft: -3 });
    expect((await reporter.put(URL).send(body(false))).body.data).toMatchObject({ state: 'unreported', body: { note: '1月工作推进情况' } });
    const submitted = await reporter.put(URL).send(body(true));
    expect(submitted.status).toBe(200);
    expect(submitted.body.data).toMatchObject({ state: 'submitted', daysLate: 3, submittedBy: 'shuangxi' });
    const events = await t.as.evaluator.get('/api/v1/schemes/luoxi-2022/events?unitId=V01&period=2022-01');
    expect(events.body.data).toEqual([expect.objectContaining({ code: 'LATE', count: '3', kind: 'submission', note: expect.stringContaining('迟报3天') })]);
    expect((await reporter.put(URL).send(body(false))).status).toBe(409);
  });

  it('returns with a reason the reporter sees; a resubmission keeps the first lateness', async () => {
    today = '2022-02-09';
    const returned = await t.as.evaluator.post(`${URL}/review`).send({ decision: 'return', reason: '本月完成投资有误' });
    expect(returned.body.data).toMatchObject({ state: 'returned', reason: '本月完成投资有误' });
    const tasks = await reporter.get('/api/v1/cycle/tasks');
    expect(tasks.body.data).toEqual([expect.objectContaining({ schemeId: 'luoxi-2022', periodLabel: '2022年1月' })]);
    expect(tasks.body.data[0].submission).toMatchObject({ state: 'returned', reason: '本月完成投资有误', deadline: '2022-02-04' });
    expect((await reporter.put(URL).send(body(true, '100'))).body.data).toMatchObject({ state: 'submitted', daysLate: 3 });
    const events = await t.as.evaluator.get('/api/v1/schemes/luoxi-2022/events?unitId=V01&period=2022-01');
    expect(events.body.data.map((e: { count: string }) => e.count)).toEqual(['3']);
  });

  it('approves (values reach reports), then locks: a change is refused in Chinese; an unlock is audited', async () => {
    expect((await t.as.evaluator.post(`${URL}/review`).send({ decision: 'approve' })).body.data.state).toBe('approved');
    const reports = await t.as.evaluator.get('/api/v1/schemes/luoxi-2022/reports?unitId=V01&period=2022-01');
    expect(reports.body.data).toEqual([{ unitId: 'V01', indicator: 'LX01', period: '2022-01', value: '100' }]);
    const refused = await reporter.put(URL).send(body(true, '90'));
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ message: expect.stringContaining('已审核锁定'), extensions: { code: 'SUBMISSION_LOCKED' } });
    expect((await t.as.evaluator.post(`${URL}/review`).send({ decision: 'unlock', reason: '' })).status).toBe(400);
    expect((await t.as.evaluator.post(`${URL}/review`).send({ decision: 'unlock', reason: '项目投资数据更正' })).body.data.state).toBe('returned');
    const audit = await listAudit(t.store.db, { entity: 'submission' });
    expect(audit[0]).toMatchObject({ createdBy: 'evaluator', action: 'unlock', entityId: 'luoxi-2022/V01/2022-01', after: { reason: '项目投资数据更正' } });
    expect(audit.map((a) => a.action)).toEqual(['unlock', 'approve', 'submit', 'return', 'submit', 'save-draft']);
  });

  it('lets a run deduct for the automatic LATE event and explain it', async () => {
    const run = await t.as.evaluator.post('/api/v1/schemes/luoxi-2022/runs').send({ asOf: '2022-01-31', acceptGaps: true });
    expect(run.status).toBe(201);
    const units = run.body.result.groups.flatMap((g: { units: { unitId: string; deduction: string }[] }) => g.units);
    expect(units.find((u: { unitId: string }) => u.unitId === 'V01').deduction).toBe('0.50');
    expect(units.find((u: { unitId: string }) => u.unitId === 'V03').deduction).toBe('0.00');
    expect(JSON.stringify(run.body.result.trace.V01)).toContain('月报迟报');
  });

  it('turns a report still missing after the deadline into a LATE event on 缺报记迟报 (office only)', async () => {
    expect((await reporter.post('/api/v1/schemes/luoxi-2022/cycle/sweep-late')).status).toBe(403);
    const swept = await t.as.evaluator.post('/api/v1/schemes/luoxi-2022/cycle/sweep-late?period=2022-01');
    expect(swept.status).toBe(200);
    expect(swept.body.data).toHaveLength(11);
    expect(swept.body.data.find((e: { unitId: string }) => e.unitId === 'V02')).toMatchObject({
      code: 'LATE',
      count: '5',
      note: expect.stringContaining('未提交'),
    });
    expect(swept.body.data.some((e: { unitId: string }) => e.unitId === 'V01')).toBe(false);
  });
});

describe('cycle settings', () => {
  it('are edited by the office only, validated and audited', async () => {
    const next = { cadence: 'month', deadline: { kind: 'workingDaysAfter', days: 5 }, calendar: { holidays: ['2022-02-01'], extraWorkdays: ['2022-01-29'] } };
    expect((await reporter.put('/api/v1/schemes/luoxi-2022/cycle').send(next)).status).toBe(403);
    expect((await t.as.evaluator.put('/api/v1/schemes/luoxi-2022/cycle').send({ ...next, deadline: { kind: 'dayOfNextMonth', day: 31 } })).status).toBe(400);
    const saved = await t.as.evaluator.put('/api/v1/schemes/luoxi-2022/cycle').send(next);
    // 2022-01 ends on a Monday; five working days later, skipping 2-1 and the weekend: 2-2, 2-3, 2-4, 2-7, 2-8.
    expect(saved.body).toMatchObject({ currentPeriod: '2022-01', deadline: '2022-02-08' });
    expect((await listAudit(t.store.db, { entity: 'cycle-settings' }))[0]).toMatchObject({ action: 'update', entityId: 'luoxi-2022' });
  });
});
