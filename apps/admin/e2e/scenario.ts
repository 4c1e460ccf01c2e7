import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USER } from './server.ts';

export interface StepResult {
  name: string;
  ok: boolean;
  error?: string;
}

const SCHEME = 'gulou-2021';
const Q2 = '2021-06-30';

interface Ctx {
  page: Page;
  url: string;
  shot: (name: string) => Promise<void>;
  state: { weight?: { group: string; indicator: string; from: number; to: number }; runId?: string };
}

interface GroupJson {
  id: string;
  units: Array<{ unitId: string; rank: number | null; total: string }>;
}

async function api<T>(ctx: Ctx, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const res = method === 'GET' ? await ctx.page.request.get(`${ctx.url}/api/v1${path}`) : await ctx.page.request.post(`${ctx.url}/api/v1${path}`, { data });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

function expect(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}

const steps: Array<[string, (ctx: Ctx) => Promise<void>]> = [
  ['登录 / log in', async ({ page, url, shot }) => {
    await page.goto(`${url}/login`);
    await page.fill('input[name="username"]', ADMIN_USER);
    await page.fill('input[name="password"]', ADMIN_PASSWORD);
    await page.click('[data-test="login-submit"]');
    await page.waitForURL('**/schemes');
    await page.waitForSelector(`[data-scheme="${SCHEME}"]`);
    await shot('01-schemes');
  }],
  ['打开鼓楼方案 / open the Gulou scheme', async ({ page, shot }) => {
    await page.click(`[data-scheme="${SCHEME}"]`);
    await page.waitForURL(`**/schemes/${SCHEME}`);
    await page.waitForSelector('.el-statistic');
    await page.waitForTimeout(300);
    await shot('02-overview');
    await page.click('[data-menu="menu.targets"]');
    await page.waitForSelector('[data-cell]');
    await shot('03-targets');
  }],
  ['规则编辑：改权重 / change a weight in the visual editor', async (ctx) => {
    const { page, shot } = ctx;
    const draft = await api<{ pack: { groups: Array<{ id: string }>; weights: Record<string, Record<string, number | string>> } }>(ctx, 'GET', `/schemes/${SCHEME}/draft`);
    const group = draft.pack.groups[0]!.id;
    // K6 (rank points) in 街镇组: +40 lifts 凤池 over 乌山 in Q2, so ranks and 表态发言 both change.
    const row = draft.pack.weights[group]!;
    const [indicator, w] = Object.entries(row).find(([k]) => k === 'K6') ?? Object.entries(row)[0]!;
    const from = Number(w);
    ctx.state.weight = { group, indicator, from, to: from + 40 };
    await page.click('[data-menu="menu.editor"]');
    const cell = page.locator(`[data-weight="${group}-${indicator}"] input`);
    await cell.waitFor();
    await cell.fill(String(from + 40));
    await page.waitForSelector('[data-test="dirty"]');
    await page.waitForFunction((g) => document.querySelector(`[data-sum="${g}"]`)?.classList.contains('bad'), group);
    await page.getByRole('tab', { name: /差异/ }).click();
    await page.waitForSelector('[data-test="sim-diff"]', { timeout: 20_000 });
    await shot('04-editor-weights');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = await page.locator('[data-test="json-editor"] .cm-content').innerText();
    expect(json.includes(`"${indicator}": ${from + 40}`), 'JSON view did not follow the form edit');
    await page.getByRole('tab', { name: /指标/ }).first().click();
    await shot('04b-editor-json');
    await page.click('[data-test="save-draft"]');
    await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
  }],
  ['条件构建器 / condition builder shows the 表态发言 rules', async ({ page, shot }) => {
    await page.getByRole('tab', { name: '结果名单' }).click();
    await page.waitForSelector('[data-list] [data-test="cond-leaf"]');
    const leaves = await page.locator('[data-list] [data-test="cond-leaf"]').count();
    expect(leaves > 0, 'no condition leaves rendered');
    await shot('04c-editor-lists');
  }],
  ['模拟差异 / simulation diff', async ({ page, shot }) => {
    await page.click('[data-menu="menu.simulate"]');
    await page.waitForURL('**/simulate');
    await page.waitForSelector('[data-test="sim-diff"]', { timeout: 20_000 });
    const moved = await page.locator('[data-test="sim-diff"] [data-move]').count();
    expect(moved > 0, 'the simulation shows no rank move after the weight change');
    await shot('05-simulate');
  }],
  ['发布 / publish with a note', async ({ page, shot }) => {
    await page.click('[data-test="publish-open"]');
    await page.fill('textarea[data-test="publish-note"]', 'E2E：调整街镇组权重');
    await page.click('[data-test="publish-confirm"]');
    await page.waitForURL('**/versions');
    await page.waitForSelector('text=E2E：调整街镇组权重');
    await shot('06-versions');
  }],
  ['运行第二季度 / run Q2', async (ctx) => {
    const { page, shot } = ctx;
    await page.click('[data-menu="menu.runs"]');
    await page.click(`[data-preset="${Q2}"]`);
    await page.click('[data-test="run-start"]');
    await page.waitForURL(/\/runs\/[^/]+$/);
    ctx.state.runId = page.url().split('/').pop() ?? '';
    await page.waitForSelector('[data-ranking]');
    await shot('07-run');
  }],
  ['排名已变化 / the ranking changed', async (ctx) => {
    const now = await api<{ version: number; result: { groups: GroupJson[] } }>(ctx, 'GET', `/runs/${ctx.state.runId}`);
    const before = await api<{ result: { groups: GroupJson[] } }>(ctx, 'POST', `/schemes/${SCHEME}/runs`, { asOf: Q2, version: now.version - 1 });
    const g = ctx.state.weight!.group;
    const order = (r: { groups: GroupJson[] }) => JSON.stringify(r.groups.find((x) => x.id === g)?.units.map((u) => [u.unitId, u.rank]));
    expect(order(now.result) !== order(before.result), `group ${g} has the same ranking under v${now.version} and v${now.version - 1}`);
  }],
  ['得分说明 / unit explanation', async ({ page, shot }) => {
    await page.locator('.unit-link').first().click();
    await page.waitForSelector('[data-test="trace"] li');
    await page.waitForTimeout(600);
    await shot('08-explain');
    await page.keyboard.press('Escape');
  }],
  ['导出 Excel / export XLSX', async ({ page }) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="export-xlsx"]')]);
    expect(download.suggestedFilename().endsWith('.xlsx'), `unexpected file ${download.suggestedFilename()}`);
    const path = join(import.meta.dirname, 'artifacts', download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString() === 'PK', 'the export is not an XLSX (zip) file');
  }],
  ['图表 / charts', async ({ page, shot }) => {
    await page.click('[data-test="charts-tab"]');
    await page.waitForSelector('[data-test="charts"] canvas');
    await page.waitForTimeout(1500);
    await shot('09-charts');
  }],
  ['通报 / printable bulletin', async (ctx) => {
    const { page, url, shot } = ctx;
    await page.goto(`${url}/schemes/${SCHEME}/runs/${ctx.state.runId}/bulletin`);
    await page.waitForSelector('[data-test="bulletin"] table');
    await shot('10-bulletin');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(import.meta.dirname, 'artifacts', 'bulletin.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
  }],
  ['数据、用户、审计 / data, users, audit', async ({ page, url, shot }) => {
    await page.goto(`${url}/schemes/${SCHEME}/data/projects`);
    await page.waitForSelector('[data-table="projects"] .el-table__row');
    await shot('11-data');
    await page.goto(`${url}/users`);
    await page.waitForSelector('.el-table__row');
    await shot('12-users');
    await page.goto(`${url}/audit`);
    await page.waitForSelector('.el-table__row');
    await shot('13-audit');
  }],
  ['英文界面 / English switch', async ({ page, shot }) => {
    await page.click('[data-test="locale"]');
    await page.waitForSelector('text=Audit log');
    await shot('14-english');
  }],
];

/** Runs the steps in order; a failed step stops the rest (they build on each other). */
export async function scenario(browser: Browser, url: string, artifacts: string): Promise<StepResult[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const ctx: Ctx = { page, url, state: {}, shot: async (name) => void (await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false })) };
  const results: StepResult[] = [];
  for (const [name, run] of steps) {
    try {
      await run(ctx);
      results.push({ name, ok: true });
    } catch (e) {
      await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => undefined);
      results.push({ name, ok: false, error: e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n    ') : String(e) });
      break;
    }
  }
  await context.close();
  return results;
}
