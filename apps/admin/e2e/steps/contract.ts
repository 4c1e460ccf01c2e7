/**
 * One contract (issue 9): the run page opens a new run without reloading the run list. Counts the API requests
 * from the 运行考评 button to the ranking table and prints them. Since the jobs merge the one POST queues the run
 * (POST /schemes/:sid/jobs/runs, 202), GET /jobs/:id follows its progress and the finished run is fetched by id.
 */
import { ADMIN_PASSWORD, ADMIN_USER, SCHEME, expect, logIn, logOut, startRun, type Step } from '../lib.ts';

export const contractSteps: Step[] = [
  ['运行页：从按钮到排名表的请求 / one POST, no list reload, no run fetched twice', async (ctx) => {
    const { page, url } = ctx;
    await logOut(page);
    await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
    await page.goto(`${url}/schemes/${SCHEME}/runs`);
    const input = page.locator('.run-form .el-date-editor input');
    await input.waitFor();
    await page.waitForSelector('[data-test="run-start"]:not(.is-disabled)').catch(() => undefined);
    await input.fill('2021-09-30');
    await input.press('Enter');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    const record = (r: { method: () => string; url: () => string }) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/v1/')) requests.push(`${r.method()} ${path.slice('/api/v1'.length)}`);
    };
    page.on('request', record);
    await startRun(page);
    await page.waitForSelector('[data-ranking]');
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    const rid = page.url().split('/').pop() ?? '';
    console.log(`    run page requests from the button to the table (${requests.length}): ${requests.join(', ')}`);
    expect(requests.filter((r) => r.startsWith('POST ')).length === 1, `one POST: ${requests.join(', ')}`);
    expect(!requests.includes(`GET /schemes/${SCHEME}/runs`), `the run list is not reloaded: ${requests.join(', ')}`);
    // The job answers only the run's id, so the new run is fetched once after it, and its predecessor once.
    const runGets = requests.filter((r) => r.startsWith('GET /runs/'));
    expect(runGets.includes(`GET /runs/${rid}`), `the new run is fetched: ${requests.join(', ')}`);
    expect(new Set(runGets).size === runGets.length, `no run is fetched twice: ${requests.join(', ')}`);
    await ctx.shot('contract-run-page');
  }],
];
