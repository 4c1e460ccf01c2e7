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
  lists: Record<string, string[]>;
}

async function api<T>(ctx: Ctx, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const full = `${ctx.url}/api/v1${path}`;
  const req = ctx.page.request;
  const res = method === 'GET' ? await req.get(full) : method === 'POST' ? await req.post(full, { data }) : await req.put(full, { data });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

function expect(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}

/** Runs a scheme at a date from the Runs page and waits for the result table. */
async function runAt(ctx: Ctx, sid: string, asOf: string): Promise<string> {
  const { page, url } = ctx;
  await page.goto(`${url}/schemes/${sid}/runs`);
  const input = page.locator('.run-form .el-date-editor input');
  await input.waitFor();
  await input.fill(asOf);
  await input.press('Enter');
  await page.click('[data-test="run-start"]');
  await page.waitForURL(/\/runs\/[^/]+$/);
  await page.waitForSelector('[data-ranking]');
  return page.url().split('/').pop() ?? '';
}

const text = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).join(' | ');

/** 鹿城: lights only — no score/rank columns, no NaN/null, badges, red indicators named in the red list. */
async function checkLuocheng(ctx: Ctx, asOf: string, red: { unit: string; indicator: string }): Promise<void> {
  const { page } = ctx;
  await runAt(ctx, 'luocheng-2023', asOf);
  const table = await text(page, '[data-ranking]');
  expect(!/NaN|null|undefined|不排名/.test(table), `the lights table shows NaN/null/不排名 at ${asOf}`);
  expect((await page.locator('[data-ranking="all"][data-scored="false"]').count()) === 1, 'the lights-only table still has score columns');
  expect((await page.locator('[data-ranking] [data-light="red"]').count()) > 0, `no red badge at ${asOf}`);
  await page.waitForSelector(`[data-entry="red-${red.unit}"]`, { timeout: 20_000 });
  const redEntry = await text(page, `[data-entry="red-${red.unit}"]`);
  expect(redEntry.includes(red.indicator), `红灯单位 ${red.unit} does not name its red indicator ${red.indicator}: "${redEntry}"`);
  for (const l of ['supervise', 'newSupervise', 'commend']) expect((await page.locator(`[data-list="${l}"]`).count()) === 1, `list ${l} missing`);
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
  ['条件构建器：改介绍经验规则 / change an outcome rule in the condition builder', async ({ page, shot }) => {
    await page.getByRole('tab', { name: '结果名单' }).click();
    await page.waitForSelector('[data-list] [data-test="cond-leaf"]');
    const leaves = await page.locator('[data-list] [data-test="cond-leaf"]').count();
    expect(leaves > 0, 'no condition leaves rendered');
    // 介绍经验 for 街镇组: “排名 小于等于 2” becomes “排名 小于等于 1”, without touching JSON.
    const value = page.locator('[data-list="present"] [data-test="cond-value"]').first();
    expect((await value.inputValue()) === '2', `the first 介绍经验 rule reads ${await value.inputValue()}, expected 2`);
    await value.fill('1');
    await value.blur();
    await page.waitForSelector('[data-test="dirty"]');
    await shot('04c-editor-lists');
    await page.click('[data-test="save-draft"]');
    await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
  }],
  ['模拟差异 / simulation diff', async ({ page, shot }) => {
    await page.click('[data-menu="menu.simulate"]');
    await page.waitForURL('**/simulate');
    await page.waitForSelector('[data-test="sim-diff"]', { timeout: 20_000 });
    // The diff is computed in the browser after the draft and the data have loaded: wait for it.
    const moved = await page.waitForSelector('[data-test="sim-diff"] [data-move]', { timeout: 20_000 }).then(() => true, () => false);
    expect(moved, 'the simulation shows no rank move after the weight change');
    const present = await page.waitForSelector('[data-list-change="present"]', { timeout: 20_000 }).then(async (el) => (await el.innerText()), () => '');
    expect(present.includes('榕东街道'), `介绍经验 should lose 榕东街道 (rank 2) after the rule change: "${present}"`);
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
    // The published rule change: 介绍经验 of 街镇组 is now rank 1 only.
    const present = (r: { groups: GroupJson[] }) => JSON.stringify(r.groups.find((x) => x.id === 'towns')?.lists['present']);
    expect(present(now.result) === '["J04"]' && present(before.result) === '["J04","J01"]', `介绍经验 under v${now.version}: ${present(now.result)}, before: ${present(before.result)}`);
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
  ['鹿城亮灯 3月 / Luocheng lights, March', async (ctx) => {
    await checkLuocheng(ctx, '2023-03-31', { unit: 'U03', indicator: '服务业投资完成额' });
    await ctx.shot('15-luocheng-03');
  }],
  ['鹿城亮灯 6月：名单与矩阵 / Luocheng June: lists and light matrix', async (ctx) => {
    const { page, shot } = ctx;
    await checkLuocheng(ctx, '2023-06-30', { unit: 'U07', indicator: '服务业投资完成额' });
    const entered = await page.waitForSelector('[data-entry="newSupervise-U07"]', { timeout: 20_000 }).then(() => true, () => false);
    expect(entered, '双屿镇 is not on 新增督办 in June');
    expect((await page.locator('[data-list="supervise"] [data-entry]').count()) === 4, '督办名单 should hold 4 units in June');
    await shot('16-luocheng-06');
    await page.click('[data-test="charts-tab"]');
    await page.waitForSelector('[data-test="light-matrix"] canvas', { timeout: 20_000 });
    await page.locator('[data-test="light-matrix"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await shot('17-luocheng-matrix');
  }],
  ['吉林奖励与淘汰 / Jilin reward amounts and two elimination reasons', async (ctx) => {
    const { page, url, shot } = ctx;
    // Raise 温泉康养 (C11)'s revenue targets so it misses them in both years: with its bottom-two
    // ranks it is then eliminated for both reasons.
    const targets = await api<{ data: Array<{ unitId: string; indicator: string; period: string | null; value: string }> }>(ctx, 'GET', '/schemes/jilin-2023/targets');
    for (const row of targets.data.filter((r) => r.unitId === 'C11')) await api(ctx, 'PUT', '/schemes/jilin-2023/targets', { ...row, value: '99.00' });
    const rid = await runAt(ctx, 'jilin-2023', '2023-12-31');
    await page.waitForSelector('[data-entry="reward-C04"] [data-test="entry-amount"]', { timeout: 20_000 });
    const amount = await text(page, '[data-entry="reward-C04"] [data-test="entry-amount"]');
    expect(amount === '30.00万元', `reward amount shows "${amount}", expected 30.00万元`);
    // Reason labels come from the run's pack version, which loads after the result.
    const want = '连续两年营业收入未达目标|连续两年排名后两位';
    await page.waitForFunction((w) => [...document.querySelectorAll('[data-entry="eliminate-C11"] [data-test="entry-reasons"] li')].map((e) => e.textContent?.trim()).join('|') === w, want, { timeout: 20_000 }).catch(() => undefined);
    const reasons = await page.locator('[data-entry="eliminate-C11"] [data-test="entry-reasons"] li').allInnerTexts();
    expect(reasons.map((r) => r.trim()).join('|') === want, `C11 elimination reasons: ${reasons.join('|')}`);
    await shot('18-jilin-run');
    await page.goto(`${url}/schemes/jilin-2023/runs/${rid}/bulletin`);
    await page.waitForSelector('[data-bulletin-list="eliminate"]');
    const line = await text(page, '[data-bulletin-list="eliminate"]');
    expect(line.includes('温泉康养服务集聚区（连续两年营业收入未达目标；连续两年排名后两位）'), `bulletin eliminate line: ${line}`);
    await shot('19-jilin-bulletin');
    await page.goto(`${url}/audit`);
    await page.waitForSelector('.el-table__row');
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
