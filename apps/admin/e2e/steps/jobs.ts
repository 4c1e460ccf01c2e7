/**
 * Issue 12 item 2 through the page: a bigger import (3,000 project rows) runs as a background job and the
 * dialog shows an Element Plus progress bar with what the server is doing, in Chinese, then the result; the
 * import is undone afterwards so later steps see the scheme's own projects.
 *
 * No timing is relied on: the test holds the job's last poll (the answer that says it ended) until it has
 * seen the bar with a Chinese label, so however fast or slow the machine, the bar is on screen while it
 * looks; every job answer the page got is recorded, and must end at 已完成 (done, 100).
 */
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USER, api, expect, logIn, logOut, SCHEME, text, type Step } from '../lib.ts';

const ROWS = 3000;
const CSV_HEADER = 'project_id,unit_id,name,industry,real_estate,total_investment_wan,signed_on,started_on,completed_on,is_foreign';
/** Generous: a loaded machine may take minutes; nothing here waits for a fixed time. */
const LONG = 300_000;
/** A label of a job the page shows while it waits (queued, running, reading, validating, writing). */
const JOB_LABEL = /^(排队等待中…|正在处理…|正在读取文件…|正在校验…|正在写入…|已(读取|校验|写入) [\d,]+ \/ [\d,]+ 行)$/;

/** ROWS made-up projects spread over the scheme's units. */
function bigProjectsCsv(units: string[]): Buffer {
  const lines = Array.from({ length: ROWS }, (_, i) => {
    const unit = units[i % units.length] ?? 'J01';
    return `PX${String(i + 1).padStart(5, '0')},${unit},测试项目${i + 1},二产,false,${1000 + (i % 50) * 10},2021-01-15,2021-03-20,,false`;
  });
  return Buffer.from(`${CSV_HEADER}\n${lines.join('\n')}\n`);
}

interface Polled {
  state: string;
  progress: number;
}

/**
 * Runs `act` (a click that starts an import job) with the job's polls watched: every answer is recorded, and the
 * one saying the job ended is held until the bar has been seen with a job label. Returns the labels seen and the answers.
 */
async function watchJob(page: Page, act: () => Promise<void>, shot: () => Promise<void>): Promise<{ label: string; polled: Polled[] }> {
  const polled: Polled[] = [];
  let release!: () => void;
  const seen = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/v1/jobs/*', async (route) => {
    const response = await route.fetch();
    const job = (await response.json()) as Polled;
    polled.push({ state: job.state, progress: job.progress });
    if (job.state === 'done' || job.state === 'failed') await seen;
    // A poll the page gave up on meanwhile (it moved on, or the route was removed) is already handled: nothing to
    // answer. Its loss cannot hide a failure: the bar would then never close and the step would fail waiting for it.
    await route.fulfill({ response, json: job }).catch((e: unknown) => {
      if (!String(e).includes('already handled')) throw e;
    });
  });
  try {
    await act();
    const label = page.locator('[data-test="import-progress-text"]', { hasText: JOB_LABEL });
    await label.waitFor({ timeout: LONG });
    const shown = await label.innerText();
    // The label sits under Element Plus's bar: it is the bar, not just a line of text, that is on screen.
    expect(await page.locator('[data-test="import-progress"] .el-progress').isVisible(), `no progress bar above "${shown}"`);
    await shot();
    release();
    await page.locator('[data-test="import-progress"]').waitFor({ state: 'hidden', timeout: LONG });
    return { label: shown, polled };
  } finally {
    release();
    await page.unroute('**/api/v1/jobs/*');
  }
}

function expectEnded(what: string, job: { label: string; polled: Polled[] }): void {
  expect(JOB_LABEL.test(job.label), `the ${what} bar said "${job.label}"`);
  const last = job.polled.at(-1);
  expect(last?.state === 'done' && last.progress === 100, `the ${what} job's last answer was ${JSON.stringify(last)}`);
}

export const jobSteps: Step[] = [
  [
    '后台导入进度条 / a bigger import shows its progress in Chinese, then its result',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      const units = (await api<{ data: { id: string }[] }>(ctx, 'GET', `/schemes/${SCHEME}/units`)).data.map((u) => u.id);
      const before = (await api<{ data: unknown[] }>(ctx, 'GET', `/schemes/${SCHEME}/projects`)).data.length;
      await page.goto(`${url}/schemes/${SCHEME}/projects`);
      await page.click('[data-test="import-open"]');
      await page.locator('[data-test="import-file"]').setInputFiles({ name: '大批项目.csv', mimeType: 'text/csv', buffer: bigProjectsCsv(units) });
      await page.locator('[data-test="import-mode"] [data-mode="append"]').click();
      const dry = await watchJob(
        page,
        () => page.click('[data-test="import-dryrun"]'),
        () => shot('50-job-progress-dryrun'),
      );
      expectEnded('dry run', dry);
      await page.waitForSelector('[data-test="import-counts"]', { timeout: LONG });
      const counts = await text(page, '[data-test="import-counts"]');
      expect(counts.includes(`新增 ${ROWS.toLocaleString('zh-CN')} 行`) || counts.includes(`新增 ${ROWS} 行`), `the dry run says "${counts}"`);
      await shot('51-job-dryrun-result');
      const commit = await watchJob(
        page,
        () => page.click('[data-test="import-commit"]'),
        () => shot('52-job-progress-import'),
      );
      expectEnded('import', commit);
      await page.locator('[data-test="import-commit"]').waitFor({ state: 'hidden', timeout: LONG });
      const after = (await api<{ data: unknown[] }>(ctx, 'GET', `/schemes/${SCHEME}/projects`)).data.length;
      expect(after === before + ROWS, `the import left ${after} projects, expected ${before + ROWS}`);
      await shot('53-job-import-result');
      // Undo, so the steps after this one see the scheme's own projects (the undo answers once it has committed).
      const undone = page.waitForResponse((r) => r.url().includes('/undo') && r.request().method() === 'POST', { timeout: LONG });
      await page.locator('[data-test="import-batches"] [data-test="import-undo"]').first().click();
      await page.locator('.el-message-box__btns .el-button--primary').click();
      expect((await undone).status() === 200, 'undoing the big import failed');
      const restored = (await api<{ data: unknown[] }>(ctx, 'GET', `/schemes/${SCHEME}/projects`)).data.length;
      expect(restored === before, `undoing the big import left ${restored} projects, expected ${before}`);
    },
  ],
];
