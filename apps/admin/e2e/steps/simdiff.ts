/**
 * The simulation diff of a 2,000-unit scheme in the editor (issue 8, item 3): gulou's data tables are answered scaled
 * to 2,000 units (a fixture: the page's own GET requests are fulfilled with the real rows repeated under new ids),
 * the 差异 tab renders the diff as a virtualized table, and a weight typed key by key re-simulates in the worker.
 * It PRINTS (never asserts) the longest main-thread long task (PerformanceObserver 'longtask') and the worker's times.
 */
import type { Page, Route } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USER, SCHEME, api, expect, logIn, logOut, type Ctx, type Step } from '../lib.ts';

const UNITS = 2000;
const TABLES = /\/api\/v1\/schemes\/[^/]+\/(units|targets|reports|events|projects)(\?.*)?$/;

type Row = Record<string, unknown> & { id?: string; unitId?: string; name?: string };

/** Unit `k` of the scaled scheme is copy `floor(k / n)` of unit `k mod n`; copy 0 keeps the real id. */
const copyId = (id: string, copy: number) => (copy === 0 ? id : `${id}-${copy}`);

/** A table's rows repeated for each copy of their unit that exists among the first UNITS units. */
function scaleRows(table: string, rows: Row[], unitOrder: string[]): Row[] {
  const n = unitOrder.length;
  const copies = Math.ceil(UNITS / n);
  const out: Row[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const row of rows) {
      const at = unitOrder.indexOf(table === 'units' ? String(row.id) : String(row.unitId));
      if (at < 0 || copy * n + at >= UNITS) continue;
      if (table === 'units')
        out.push({ ...row, id: copyId(String(row.id), copy), name: copy === 0 ? String(row.name) : `${String(row.name)}${copy}`, aliases: [] });
      else if (table === 'projects') out.push({ ...row, id: copyId(String(row.id), copy), unitId: copyId(String(row.unitId), copy) });
      else out.push({ ...row, unitId: copyId(String(row.unitId), copy) });
    }
  }
  return out;
}

/** Answers the scheme's five data tables scaled to UNITS units, from the real answers. */
async function serveScaled(ctx: Ctx): Promise<void> {
  const units = (await api<{ data: Row[] }>(ctx, 'GET', `/schemes/${SCHEME}/units`)).data.map((u) => String(u.id));
  await ctx.page.route(TABLES, async (route: Route) => {
    const table = TABLES.exec(new URL(route.request().url()).pathname)?.[1] ?? '';
    const res = await route.fetch();
    const body = (await res.json()) as { data: Row[] };
    await route.fulfill({ response: res, json: { ...body, data: scaleRows(table, body.data, units) } });
  });
}

/** Long tasks from now on, kept on the page: [start, duration] in ms of performance.now(). */
const observeLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<[number, number]> };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
  });

const now = (page: Page) => page.evaluate(() => performance.now());

/** The longest long task that started after `since`, and how many there were. */
const longest = (page: Page, since: number) =>
  page.evaluate((t) => {
    const tasks = (window as unknown as { longTasks: Array<[number, number]> }).longTasks.filter(([start]) => start >= t);
    return { max: Math.max(0, ...tasks.map(([, d]) => d)), count: tasks.length };
  }, since);

const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), 500)));

const status = (page: Page) => page.locator('[data-test="sim-status"]');

export const simdiffSteps: Step[] = [
  [
    '模拟差异 2,000 家单位 / the diff of a 2,000-unit scheme renders virtualized and re-simulates while typing (printed)',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await serveScaled(ctx);
      try {
        await page.goto(`${url}/schemes/${SCHEME}/editor`);
        await observeLongTasks(page);
        await page.waitForSelector('[data-test="sim-status"][data-at]', { state: 'attached', timeout: 120_000 });
        const t0 = await now(page);
        await page.getByRole('tab', { name: /差异/ }).click();
        await page.waitForSelector('[data-test="sim-diff"] .el-table-v2__row', { timeout: 60_000 });
        await settle(page);
        const rows = await page
          .locator('[data-test="sim-diff"] [data-rows]')
          .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-rows')), 0));
        const rendered = await page.locator('[data-test="sim-diff"] .el-table-v2__row').count();
        expect(rows === UNITS, `the diff has ${rows} unit rows, not ${UNITS}`);
        expect(rendered > 0 && rendered < 200, `${rendered} rows are in the page for ${rows} units: the table is not virtualized`);
        const load = await longest(page, 0);
        const render = await longest(page, t0);
        const first = { ms: await status(page).getAttribute('data-ms'), detail: await status(page).getAttribute('title') };
        await shot('90-simdiff-2000');

        const draft = await api<{ pack: { groups: Array<{ id: string }>; weights: Record<string, Record<string, number | string>> } }>(
          ctx,
          'GET',
          `/schemes/${SCHEME}/draft`,
        );
        const group = draft.pack.groups[0]!.id;
        const [indicator, w] = Object.entries(draft.pack.weights[group]!)[0]!;
        const cell = page.locator(`[data-weight="${group}-${indicator}"] input`);
        const at = await status(page).getAttribute('data-at');
        const t1 = await now(page);
        await cell.selectText();
        await cell.pressSequentially(String(Number(w) + 40), { delay: 80 });
        await page.waitForFunction(
          (a) => {
            const s = document.querySelector('[data-test="sim-status"]');
            return s?.getAttribute('data-running') === 'false' && s.getAttribute('data-at') !== a;
          },
          at,
          { timeout: 120_000 },
        );
        await settle(page);
        const typing = await longest(page, t1);
        const again = { ms: await status(page).getAttribute('data-ms'), detail: await status(page).getAttribute('title') };
        console.log(
          `2,000-unit diff in the editor: ${rendered} of ${rows} rows in the page; longest main-thread long task ${render.max.toFixed(0)} ms while the 差异 tab rendered (${render.count} long tasks), ${load.max.toFixed(0)} ms since the page loaded (${load.count}, incl. fetching and posting the data); worker: ${Number(first.ms).toFixed(0)} ms (${first.detail})`,
        );
        console.log(
          `typing a weight key by key: longest long task ${typing.max.toFixed(0)} ms (${typing.count} long tasks) until the re-simulation showed; worker: ${Number(again.ms).toFixed(0)} ms (${again.detail})`,
        );
        await cell.fill(String(w));
        await cell.blur();
        await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
      } finally {
        await page.unroute(TABLES);
        // The editor store keeps the scaled dataset until the page is loaded again.
        await page.goto(`${url}/schemes`);
      }
    },
  ],
];
