/**
 * Live simulation in a Web Worker (issue 8, item 3): an evaluator edits a weight and the 差异 tab updates without a
 * click; then the production worker file is driven directly to PRINT (never assert) the draft-vs-published time of
 * a ~30-unit district inside the worker, and the main thread's longest frame gap while 2,000 units are simulated.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, RulePack } from '@kaoping/contracts';
import { ADMIN_DIST } from '../server.ts';
import { ADMIN_PASSWORD, ADMIN_USER, Q2, SCHEME, api, expect, logIn, logOut, text, type Ctx, type Step } from '../lib.ts';
import { measureFrames, measureSimulations, type Inputs } from './simulate-page.ts';

const EVALUATOR = { username: 'e2e-simulator', password: 'simulator-pass-2021' };

const rows = <T>(body: unknown): T[] => (Array.isArray(body) ? body : ((body as { data?: T[] }).data ?? [])) as T[];

/** Gulou's data repeated up to `n` units (copies get new ids and names), with the draft and the newest published pack. */
async function inputs(ctx: Ctx): Promise<Inputs> {
  const get = async <T>(table: string) => rows<T>(await api<unknown>(ctx, 'GET', `/schemes/${SCHEME}/${table}`));
  const data: Dataset = {
    units: await get('units'),
    targets: await get('targets'),
    reports: await get('reports'),
    events: await get('events'),
    projects: (await get<Dataset['projects'][number]>('projects')).map(({ id, unitId, name, fields }) => ({ id, unitId, name, fields })),
  };
  const versions = rows<{ version: number }>(await api<unknown>(ctx, 'GET', `/schemes/${SCHEME}/versions`));
  const latest = Math.max(...versions.map((v) => v.version));
  const published = (await api<{ pack: RulePack }>(ctx, 'GET', `/schemes/${SCHEME}/versions/${latest}`)).pack;
  const draft = (await api<{ pack: RulePack }>(ctx, 'GET', `/schemes/${SCHEME}/draft`)).pack;
  const worker = readdirSync(join(ADMIN_DIST, 'assets')).find((f) => /^simulate\.worker-.*\.js$/.test(f));
  expect(worker !== undefined, 'the build has no simulate.worker-*.js asset');
  return { data, published, draft, asOf: Q2, workerUrl: `${ctx.url}/assets/${worker}` };
}

const status = (ctx: Ctx) => ctx.page.locator('[data-test="sim-status"]').getAttribute('data-at');

export const simulateSteps: Step[] = [
  [
    '实时模拟 / an evaluator edits a weight and the diff updates without a click',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await api(ctx, 'POST', '/users', { username: EVALUATOR.username, password: EVALUATOR.password, role: 'evaluator' });
      await logOut(page);
      await logIn(page, url, EVALUATOR.username, EVALUATOR.password);
      await page.goto(`${url}/schemes/${SCHEME}/editor`);
      await page.getByRole('tab', { name: /差异/ }).click();
      await page.waitForSelector('[data-test="sim-status"][data-at]', { timeout: 20_000 });
      const before = { at: await status(ctx), diff: await text(page, '[data-test="sim-diff"]') };
      const draft = await api<{ pack: { groups: Array<{ id: string }>; weights: Record<string, Record<string, number | string>> } }>(
        ctx,
        'GET',
        `/schemes/${SCHEME}/draft`,
      );
      const group = draft.pack.groups[0]!.id;
      const [indicator, w] = Object.entries(draft.pack.weights[group]!).find(([k]) => k === 'K6') ?? Object.entries(draft.pack.weights[group]!)[0]!;
      const cell = page.locator(`[data-weight="${group}-${indicator}"] input`);
      // Typed key by key, as an evaluator would (40 more, as the core scenario's edit): the simulation follows the last value.
      const to = String(Number(w) + 40);
      await cell.selectText();
      await cell.pressSequentially(to, { delay: 80 });
      await page.waitForFunction(
        (at) => {
          const s = document.querySelector('[data-test="sim-status"]');
          return s?.getAttribute('data-running') === 'false' && s.getAttribute('data-at') !== at;
        },
        before.at,
        { timeout: 20_000 },
      );
      // The draft's totals follow the edit (towards or away from the published ones, whichever the draft was at). The
      // diff's rows are a virtualized table that redraws on a later frame than the status, so wait for it (5 s at most).
      const changed = await page
        .waitForFunction(
          // The same text as lib's text(): every match's innerText, joined.
          (was) => [...document.querySelectorAll<HTMLElement>('[data-test="sim-diff"]')].map((e) => e.innerText).join(' | ') !== was,
          before.diff,
          { timeout: 5_000 },
        )
        .then(() => true)
        .catch(() => false);
      expect(changed, `the diff did not change after ${group} ${indicator} ${w} → ${to}`);
      const line = await text(page, '[data-test="sim-status"]');
      expect(/^已更新 \d\d:\d\d:\d\d\s*耗时 [\d.]+ 毫秒$/.test(line.trim()), `the status reads "${line}"`);
      await shot('40-live-simulation');
      await cell.fill(String(w));
      await cell.blur();
      await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
    },
  ],
  [
    '浏览器模拟耗时 / draft vs published for a ~30-unit district inside the worker (printed)',
    async (ctx) => {
      const m = await measureSimulations(ctx.page, await inputs(ctx), 30, 20);
      console.log(
        `browser simulation: ${m.total.toFixed(2)} ms median (${m.units} units, ${m.runs} runs in Chromium's worker: compile draft ${m.compile.toFixed(2)}, evaluate draft ${m.draft.toFixed(2)}, evaluate published ${m.published.toFixed(2)}, diff ${m.diff.toFixed(2)} ms medians; page round trip ${m.roundTrip.toFixed(2)} ms median)`,
      );
      expect(m.runs === 20, `only ${m.runs} of 20 simulations answered`);
    },
  ],
  [
    '主线程不阻塞 / frame gaps while 2,000 units are simulated in the worker (printed)',
    async (ctx) => {
      const f = await measureFrames(ctx.page, await inputs(ctx), 2000);
      console.log(
        `main thread during a 2,000-unit simulation: while the worker computed (${f.workerMs.toFixed(0)} ms inside it) the longest frame gap was ${f.maxGap.toFixed(1)} ms over ${f.frames} frames (median ${f.medianGap.toFixed(1)} ms); posting the ${f.units}-unit dataset (once per scheme) took ${f.postMs.toFixed(1)} ms on the page (its frame: ${f.postGap.toFixed(1)} ms); the frame in which the answer was read: ${f.answerGap.toFixed(1)} ms; answer after ${f.roundTrip.toFixed(0)} ms`,
      );
      expect(f.units === 2000 && f.frames > 0, `the 2,000-unit simulation did not run (${f.units} units, ${f.frames} frames)`);
    },
  ],
];
