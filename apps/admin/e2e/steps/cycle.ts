/**
 * 报送周期 (issue 11): 罗溪 January 2022 is due on 4 February; the e2e server's clock is stopped on 7 February
 * (KAOPING_TODAY in server.ts), so 双溪村 is 3 days late before it reports, and its late 提交 costs 0.5 points.
 */
import { ADMIN_PASSWORD, ADMIN_USER, api, expect, logIn, logOut, runAt, statusOf, text, type Step } from '../lib.ts';

const SID = 'luoxi-2022';
const UNIT = { id: 'V01', name: '双溪村' };
const REPORTER = { username: 'e2e-shuangxi', password: 'shuangxi-pass-2022' };
const SUBMISSION = `/schemes/${SID}/submissions/${UNIT.id}/2022-01`;
const row = `[data-test="chase-table"] .el-table__row:has-text("${UNIT.name}")`;

export const cycleSteps: Step[] = [
  [
    '催报 / the office sees 双溪村 late before it reports',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await api(ctx, 'POST', '/users', { username: REPORTER.username, password: REPORTER.password, role: 'reporter', schemeId: SID, unitId: UNIT.id });
      await page.goto(`${url}/schemes/${SID}/cycle`);
      await page.waitForSelector(row);
      const line = await text(page, row);
      expect(line.includes('未报') && line.includes('迟报 3 天'), `催报 row of ${UNIT.name} before it reports: "${line}"`);
      expect((await text(page, '[data-test="chase-deadline"]')) === '2022-02-04', 'the 罗溪 deadline for January is not 2022-02-04');
      await shot('30-cycle-chase-late');
    },
  ],
  [
    '我的报送 / the reporter fills January by name and submits it late',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, REPORTER.username, REPORTER.password, SID);
      await page.goto(`${url}/tasks`);
      await page.waitForSelector(`[data-test="task-${SID}"]`);
      await page.click(`[data-test="task-${SID}"]`);
      const project = page.locator('[data-test="project-双溪康养民宿集群"]');
      await project.waitFor();
      await project.locator('input[data-test="month-investment"]').fill('120');
      await project.locator('input[data-test="progress"]').fill('主体施工，完成桩基');
      await page.locator('textarea[data-test="note"]').fill('1月工作推进情况');
      await page.click('[data-test="save-draft"]');
      await page.waitForSelector('.el-message--success');
      await page.click('[data-test="submit"]');
      await page.waitForSelector('[data-test="submission-form"] [data-test="state"]:has-text("已提交")');
      const status = await text(page, '[data-test="submission-form"] [data-test="submission-status"]');
      expect(status.includes('迟报 3 天'), `the reporter's status does not show 3 days late: "${status}"`);
      await shot('31-cycle-reporter-submitted');
    },
  ],
  [
    '审核 / the evaluator approves; the run deducts for the automatic LATE event and explains it',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await page.goto(`${url}/schemes/${SID}/cycle`);
      await page.waitForSelector(`${row}:has-text("已提交")`);
      await page.locator(row).locator('[data-test="approve"]').click();
      await page.waitForSelector(`${row}:has-text("已审核")`);
      const events = await api<{ data: Array<{ code: string; count: string; note: string | null }> }>(
        ctx,
        'GET',
        `/schemes/${SID}/events?unitId=${UNIT.id}&period=2022-01`,
      );
      expect(
        events.data.some((e) => e.code === 'LATE' && e.count === '3'),
        `no automatic LATE event of 3 days: ${JSON.stringify(events.data)}`,
      );
      await runAt(ctx, SID, '2022-01-31');
      const runId = page.url().split('/').pop() ?? '';
      const run = await api<{ result: { groups: Array<{ units: Array<{ unitId: string; deduction: string }> }> } }>(ctx, 'GET', `/runs/${runId}`);
      const unit = run.result.groups.flatMap((g) => g.units).find((u) => u.unitId === UNIT.id);
      expect(unit?.deduction === '0.50', `${UNIT.name}'s deduction is ${unit?.deduction}, not 0.50`);
      await page.locator(`.unit-link:has-text("${UNIT.name}")`).first().click();
      await page.waitForSelector('[data-test="trace"] li');
      const trace = await text(page, '[data-test="trace"]');
      expect(trace.includes('月报迟报'), `the explanation of ${UNIT.name} does not name 月报迟报: "${trace.slice(0, 400)}"`);
      await shot('32-cycle-run-explained');
      await page.keyboard.press('Escape');
    },
  ],
  [
    "锁定与解锁 / the reporter's later change is refused; an unlock is audited",
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, REPORTER.username, REPORTER.password, SID);
      await page.goto(`${url}/tasks`);
      await page.waitForSelector('[data-test="submission-form"] [data-test="state"]:has-text("已审核")');
      expect(await page.locator('[data-test="submit"]').isDisabled(), 'the 提交 button is enabled on a locked submission');
      const body = { submit: true, values: {}, projects: [], note: '改' };
      expect((await statusOf(ctx, 'PUT', SUBMISSION, body)) === 409, 'a change to the approved submission was not refused');
      await shot('33-cycle-locked');
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await page.goto(`${url}/schemes/${SID}/cycle`);
      await page.locator(row).locator('[data-test="unlock"]').click();
      await page.locator('.el-message-box__input input').fill('项目投资数据更正');
      await page.locator('.el-message-box .el-button--primary').click();
      await page.waitForSelector(`${row}:has-text("已退回")`);
      const audit = await api<{ data: Array<{ action: string; entityId: string; after: { reason?: string } | null }> }>(ctx, 'GET', '/audit?entity=submission');
      const unlock = audit.data.find((a) => a.action === 'unlock');
      expect(
        unlock?.entityId === `${SID}/${UNIT.id}/2022-01` && unlock.after?.reason === '项目投资数据更正',
        `no audited unlock: ${JSON.stringify(audit.data[0])}`,
      );
      await page.goto(`${url}/audit`);
      await page.waitForSelector('.el-table__row');
      await shot('34-cycle-unlock-audited');
    },
  ],
];
