/**
 * One contract (issue 9): counts the API requests from the 运行考评 button to the ranking table. The POST
 * (POST /schemes/:sid/jobs/runs?wait=…) answers a run that ends in time whole (201, the run view), so after it
 * only the predecessor is fetched: at most 2 requests, no gaps check before (a run refused for gaps answers
 * 409 DATA_INCOMPLETE listing them; accepting them in the dialog is a second POST, a user step). A run that
 * outlasts the wait answers 202 and is followed on GET /jobs/:id: printed, and then the step fails, since the
 * demo run must end in time.
 */
import { ADMIN_PASSWORD, ADMIN_USER, SCHEME, expect, logIn, logOut, startRun, type Step } from '../lib.ts';

export const contractSteps: Step[] = [
  [
    '运行页：从按钮到排名表的请求 / the run and its predecessor, nothing else',
    async (ctx) => {
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
      const posts = requests.filter((r) => r.startsWith('POST '));
      expect(posts.length >= 1 && posts.every((r) => r === `POST /schemes/${SCHEME}/jobs/runs`), `only the run POST(s): ${requests.join(', ')}`);
      // After the (last) POST: at most the predecessor; neither the new run, nor the job, nor the list, nor the gaps.
      const after = requests.slice(requests.lastIndexOf(`POST /schemes/${SCHEME}/jobs/runs`) + 1);
      expect(
        after.length <= 1 && after.every((r) => r.startsWith('GET /runs/') && r !== `GET /runs/${rid}`),
        `after the POST only the predecessor: ${requests.join(', ')}`,
      );
      expect(!requests.some((r) => r.endsWith('/gaps')), `no separate gaps check: ${requests.join(', ')}`);
      await ctx.shot('contract-run-page');
    },
  ],
];
