/** Shared helpers of the end-to-end steps: API calls from the signed-in page, log in/out, runs, small checks. */
import type { Page } from 'playwright-core';
export { ADMIN_PASSWORD, ADMIN_USER } from './server.ts';

export interface StepResult {
  name: string;
  ok: boolean;
  error?: string;
}

export const SCHEME = 'gulou-2021';
export const Q2 = '2021-06-30';

/** One named step; steps run in order and build on each other (a failed step stops the rest). */
export type Step = [string, (ctx: Ctx) => Promise<void>];

export interface Ctx {
  page: Page;
  url: string;
  shot: (name: string) => Promise<void>;
  state: { weight?: { group: string; indicator: string; from: number; to: number }; runId?: string };
}

export interface GroupJson {
  id: string;
  units: Array<{ unitId: string; rank: number | null; total: string }>;
  lists: Record<string, string[]>;
}

export const REPORTER = { username: 'e2e-reporter', password: 'reporter-pass-2021', unit: 'J03', unitName: '凤池街道' };
export const VIEWER = { username: 'e2e-viewer', password: 'viewer-pass-2021' };

export async function api<T>(ctx: Ctx, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const full = `${ctx.url}/api/v1${path}`;
  const req = ctx.page.request;
  const res = method === 'GET' ? await req.get(full) : method === 'POST' ? await req.post(full, { data }) : await req.put(full, { data });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The HTTP status the API answers the signed-in page's session (for permission checks). */
export async function statusOf(ctx: Ctx, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<number> {
  const full = `${ctx.url}/api/v1${path}`;
  const req = ctx.page.request;
  const res = method === 'GET' ? await req.get(full) : method === 'POST' ? await req.post(full, { data }) : await req.put(full, { data });
  return res.status();
}

export function expect(cond: boolean, message: string): void {
  if (!cond) throw new Error(message);
}

/** Signs in and waits for the scheme list to show `scheme` (a reporter sees only the scheme it is bound to). */
export async function logIn(page: Page, url: string, username: string, password: string, scheme = SCHEME): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto(`${url}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('[data-test="login-submit"]');
  await page.waitForURL('**/schemes');
  await page.waitForSelector(`[data-scheme="${scheme}"]`);
}

export async function logOut(page: Page): Promise<void> {
  await page.click('[data-test="logout"]');
  await page.waitForURL('**/login**');
  await page.waitForSelector('input[name="username"]');
}

/** The scheme menu entries (their i18n keys) and the admin entries shown to the signed-in user. */
export async function menuKeys(page: Page): Promise<string[]> {
  return page.locator('[data-menu]').evaluateAll((els) => els.map((e) => e.getAttribute('data-menu') ?? ''));
}

/** Texts of the error toasts on screen. */
export const errorToasts = (page: Page) => page.locator('.el-message--error .el-message__content').allInnerTexts();

/** Opens an Element Plus select and clicks the option carrying `option` (e.g. `[data-unit="J03"]`). */
async function pickOption(page: Page, select: string, option: string): Promise<void> {
  await page.click(select);
  const item = page.locator(`.el-select-dropdown__item${option}`).filter({ visible: true });
  await item.click();
  await item.waitFor({ state: 'hidden' });
}

/** Creates a user through the 用户管理 dialog (a reporter's unit picked by name from the scheme's list) and waits for its row. */
export async function createUserInUi(page: Page, user: { username: string; password: string; role: string; unit?: string }): Promise<void> {
  await page.click('[data-test="user-create"]');
  const name = page.locator('input[data-test="user-username"]');
  await name.waitFor();
  await name.fill(user.username);
  await page.fill('input[data-test="user-password"]', user.password);
  await page.click(`[data-test="user-role"] [data-role="${user.role}"]`);
  if (user.unit !== undefined) {
    await pickOption(page, '[data-test="user-scheme"]', `[data-scheme="${SCHEME}"]`);
    await pickOption(page, '.el-dialog [data-test="user-unit"]', `[data-unit="${user.unit}"]`);
  }
  await page.click('[data-test="user-confirm"]');
  await page.waitForSelector(`[data-test="users"] .user-${user.username}`);
  await page.locator('input[data-test="user-username"]').waitFor({ state: 'hidden' });
}

/** Clicks 运行考评; when the data has gaps, the list is shown first and accepted (接受缺口并运行). */
export async function startRun(page: Page): Promise<void> {
  await page.click('[data-test="run-start"]');
  const gaps = page.locator('.gaps-box');
  await Promise.race([page.waitForURL(/\/runs\/[^/]+$/), gaps.waitFor()]);
  if (await gaps.isVisible()) await gaps.locator('.el-button--primary').click();
  await page.waitForURL(/\/runs\/[^/]+$/);
}

/** 发布结果 of the open run, with a note, so reporters and viewers see it. */
export async function releaseRun(page: Page, note: string): Promise<void> {
  await page.click('[data-test="run-release"]');
  await page.locator('.el-message-box__input input').fill(note);
  await page.locator('.el-message-box .el-button--primary').click();
  await page.waitForSelector('[data-test="run-review"] [data-status="released"]');
}

/** Runs a scheme at a date from the Runs page and waits for the result table. */
export async function runAt(ctx: Ctx, sid: string, asOf: string): Promise<string> {
  const { page, url } = ctx;
  await page.goto(`${url}/schemes/${sid}/runs`);
  const input = page.locator('.run-form .el-date-editor input');
  await input.waitFor();
  await input.fill(asOf);
  await input.press('Enter');
  await startRun(page);
  await page.waitForSelector('[data-ranking]');
  return page.url().split('/').pop() ?? '';
}

export const text = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).join(' | ');

/** 鹿城: lights only — no score/rank columns, no NaN/null, badges, red indicators named in the red list. */
export async function checkLuocheng(ctx: Ctx, asOf: string, red: { unit: string; indicator: string }): Promise<void> {
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
