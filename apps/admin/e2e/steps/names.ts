/**
 * Names, not codes (issue 10): a reporter bound by picking a unit, then a walk of every page of gulou-2021 in
 * zh-CN checking the visible text against an allow-list of ASCII words (offenders are printed with the page),
 * with a screenshot of each page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USER, SCHEME, api, createUserInUi, errorToasts, expect, logIn, logOut, text, type Ctx, type Step } from '../lib.ts';
import { offenders, visibleText } from './names-text.ts';

const EVALUATOR = { username: 'e2e-evaluator', password: 'evaluator-pass-2021' };
const BOUND = { username: 'e2e-bound', password: 'bound-pass-2021', unit: 'J01' };

/** Waits for the page to settle (no skeleton, no spinner) and returns its offenders, saving a screenshot. */
async function check(ctx: Ctx, name: string, ready: string): Promise<string[]> {
  const { page } = ctx;
  await page.waitForSelector(ready);
  await page
    .waitForFunction(() => document.querySelectorAll('[data-test="skeleton"], .el-loading-mask').length === 0, undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  await ctx.shot(`names-${name}`);
  return offenders(await visibleText(page)).map((w) => `${name}: ${w}`);
}

async function go(page: Page, url: string, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
}

export const namesSteps: Step[] = [
  [
    '用户管理：按名称绑定填报员 / bind a reporter by picking a unit by name, re-bind it',
    async (ctx) => {
      const { page, url } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await go(page, url, '/users');
      await page.waitForSelector('[data-test="users"] .el-table__row');
      await createUserInUi(page, { username: EVALUATOR.username, password: EVALUATOR.password, role: 'evaluator' });
      await createUserInUi(page, { username: BOUND.username, password: BOUND.password, role: 'reporter', unit: BOUND.unit });
      const units = await api<{ data: Array<{ id: string; name: string }> }>(ctx, 'GET', `/schemes/${SCHEME}/units`);
      const name = units.data.find((u) => u.id === BOUND.unit)?.name ?? '';
      const row = await text(page, `[data-test="users"] .user-${BOUND.username}`);
      expect(
        name !== '' && row.includes(name) && !row.includes(BOUND.unit),
        `the bound reporter's row reads "${row}" (want the unit name ${name}, not its code)`,
      );
      const users = await api<{ data: Array<{ username: string; schemeId: string | null; unitId: string | null }> }>(ctx, 'GET', '/users');
      expect(
        users.data.some((u) => u.username === BOUND.username && u.schemeId === SCHEME && u.unitId === BOUND.unit),
        'the API does not hold the binding picked in the dialog',
      );
      await ctx.shot('names-users-bound');
    },
  ],
  [
    '界面无英文标识 / no English identifiers on any page of gulou-2021 (evaluator and admin)',
    async (ctx) => {
      const { page, url } = ctx;
      const runId = ctx.state.runId;
      expect(runId !== undefined, 'the core scenario left no run to open');
      const found: string[] = [];
      await logOut(page);
      await logIn(page, url, EVALUATOR.username, EVALUATOR.password);
      const base = `/schemes/${SCHEME}`;
      const pages: Array<[string, string, string]> = [
        ['schemes', '/schemes', `[data-scheme="${SCHEME}"]`],
        ['overview', base, '.el-statistic'],
        ['targets', `${base}/targets`, '[data-cell]'],
        ...(['projects', 'reports', 'events', 'units'] as const).map((tb): [string, string, string] => [
          `data-${tb}`,
          `${base}/data/${tb}`,
          `[data-table="${tb}"] .el-table__row`,
        ]),
        ['simulate', `${base}/simulate`, '.page'],
        ['versions', `${base}/versions`, '[data-test="versions"] .el-table__row'],
        ['runs', `${base}/runs`, '[data-test="run-history"] .el-table__row'],
        ['run', `${base}/runs/${runId}`, '[data-ranking]'],
        ['bulletin', `${base}/runs/${runId}/bulletin`, '.page, .bulletin, article'],
      ];
      for (const [name, path, ready] of pages) {
        await go(page, url, path);
        found.push(...(await check(ctx, name, ready)));
      }
      await go(page, url, `${base}/editor`);
      for (const tab of ['basics', 'weights', 'indicators', 'flags', 'lists', 'methods']) {
        await page.click(`#tab-${tab}`);
        found.push(...(await check(ctx, `editor-${tab}`, `#pane-${tab}`)));
      }
      // Layout: neither the editor's tab bar nor the sidebar scrolls sideways (content wider than a box that clips it shows no scrollbar).
      const overflow = await page.evaluate(() =>
        ['.forms .el-tabs__header', '.aside'].filter((s) => {
          const el = document.querySelector(s);
          return el !== null && getComputedStyle(el).overflowX !== 'hidden' && el.scrollWidth > el.clientWidth + 1;
        }),
      );
      expect(overflow.length === 0, `wider than their box: ${overflow.join(', ')}`);
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      const admin: Array<[string, string, string]> = [
        ['users', '/users', '[data-test="users"] .el-table__row'],
        ['audit', '/audit', '.el-table__row'],
      ];
      for (const [name, path, ready] of admin) {
        await go(page, url, path);
        found.push(...(await check(ctx, name, ready)));
      }
      expect((await errorToasts(page)).length === 0, `error toasts while walking: ${(await errorToasts(page)).join(' | ')}`);
      // The offenders are kept in an artifact as well as failing the step, so a run shows the whole list at once.
      writeFileSync(join(import.meta.dirname, '..', 'artifacts', 'names-english-on-screen.txt'), `${found.join('\n')}\n`);
      expect(found.length === 0, `English identifiers on screen (${found.length}, page: word):\n  ${found.join('\n  ')}`);
    },
  ],
];
