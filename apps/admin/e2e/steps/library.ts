/** 项目库: an evaluator adds a project to 三明 through the page, moves its planned 开工 month, and the audit log shows both. */
import { ADMIN_PASSWORD, ADMIN_USER, api, createUserInUi, expect, logIn, logOut, text, type Ctx, type Step } from '../lib.ts';

const EVALUATOR = { username: 'e2e-library-evaluator', password: 'evaluator-pass-2020' };
const SANMING = 'sanming-2020';
const PROJECT = { id: 'E2E-P1', name: '三明高新区智能制造产业园', unitName: '市交通运输局' };

async function fillField(ctx: Ctx, key: string, value: string): Promise<void> {
  await ctx.page.fill(`[data-test="project-dialog"] input[data-field="${key}"]`, value);
}

async function saveDialog(ctx: Ctx): Promise<void> {
  await ctx.page.click('[data-test="project-save"]');
  await ctx.page.locator('[data-test="project-dialog"]').waitFor({ state: 'hidden' });
}

const plannedStartCell = (ctx: Ctx) => text(ctx.page, `[data-test="project-table"] [data-cell="${PROJECT.id}-plannedStart"]`);

export const librarySteps: Step[] = [
  [
    '项目库：评审员新增项目 / library: an evaluator adds a project',
    async (ctx) => {
      const { page, url } = ctx;
      await logOut(page).catch(() => undefined);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await page.goto(`${url}/users`);
      await createUserInUi(page, { username: EVALUATOR.username, password: EVALUATOR.password, role: 'evaluator' });
      await logOut(page);
      await logIn(page, url, EVALUATOR.username, EVALUATOR.password);
      await page.goto(`${url}/schemes/${SANMING}/projects`);
      await page.waitForSelector('[data-test="project-table"] .el-table__row');
      await page.click('[data-test="project-add"]');
      await fillField(ctx, 'id', PROJECT.id);
      await fillField(ctx, 'name', PROJECT.name);
      await page.click('[data-test="project-dialog"] [data-field="unitId"]');
      // The page's unit filter renders the same options in a hidden dropdown; pick the dialog's open one.
      await page.locator('.el-select-dropdown__item:visible', { hasText: PROJECT.unitName }).click();
      await fillField(ctx, 'annualPlan', '8000.5');
      await fillField(ctx, 'plannedStart', '明年春天');
      await page.click('[data-test="project-save"]');
      // The server reads the plan like an import does; its message stands beside the field.
      await page.waitForSelector('[data-test="project-dialog"] .el-form-item__error:has-text("计划开工")');
      await ctx.shot('library-01-invalid-plan');
      await fillField(ctx, 'plannedStart', '2020年6月');
      await saveDialog(ctx);
      await page.waitForSelector(`[data-test="project-table"] [data-cell="${PROJECT.id}-plannedStart"]`);
      expect((await plannedStartCell(ctx)) === '2020年6月', `planned start shows ${await plannedStartCell(ctx)}`);
      const body = await api<{ data: Array<{ id: string; unitName: string; fields: Record<string, unknown> }> }>(ctx, 'GET', `/schemes/${SANMING}/projects`);
      const stored = body.data.find((p) => p.id === PROJECT.id);
      expect(stored?.unitName === PROJECT.unitName && stored.fields['plannedStart'] === '2020-06-30', `stored project: ${JSON.stringify(stored)}`);
      await ctx.shot('library-02-added');
    },
  ],
  [
    '项目库：修改计划开工月份 / library: edit the planned start month',
    async (ctx) => {
      const { page } = ctx;
      await page.click(`[data-edit="${PROJECT.id}"]`);
      await page.locator('[data-test="project-dialog"] input[data-field="plannedStart"]').waitFor();
      await fillField(ctx, 'plannedStart', '2020年9月');
      await saveDialog(ctx);
      await page.waitForFunction((id) => document.querySelector(`[data-cell="${id}-plannedStart"]`)?.textContent?.trim() === '2020年9月', PROJECT.id);
      await ctx.shot('library-03-edited');
    },
  ],
  [
    '项目库：审计日志 / library: the audit log shows the changes',
    async (ctx) => {
      const { page, url } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await page.goto(`${url}/audit`);
      await page.waitForSelector('.el-table__row');
      const rows = await text(page, '.el-table__row');
      expect(
        rows.includes('项目') && rows.includes('修改') && rows.includes('2020-09-30') && rows.includes(EVALUATOR.username),
        `audit rows: ${rows.slice(0, 400)}`,
      );
      await ctx.shot('library-04-audit');
    },
  ],
];
