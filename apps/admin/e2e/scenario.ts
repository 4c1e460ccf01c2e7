import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkExport } from './export-check.ts';
import { extraSteps } from './steps/index.ts';
import {
  type StepResult,
  type Step,
  type Ctx,
  type GroupJson,
  SCHEME,
  Q2,
  REPORTER,
  VIEWER,
  api,
  statusOf,
  expect,
  logIn,
  logOut,
  menuKeys,
  errorToasts,
  createUserInUi,
  startRun,
  releaseRun,
  runAt,
  text,
  checkLuocheng,
  ADMIN_USER,
  ADMIN_PASSWORD,
} from './lib.ts';
const coreSteps: Step[] = [
  [
    '登录 / log in',
    async ({ page, url, shot }) => {
      await page.goto(`${url}/login`);
      await page.fill('input[name="username"]', ADMIN_USER);
      await page.fill('input[name="password"]', ADMIN_PASSWORD);
      await page.click('[data-test="login-submit"]');
      await page.waitForURL('**/schemes');
      await page.waitForSelector(`[data-scheme="${SCHEME}"]`);
      await shot('01-schemes');
    },
  ],
  [
    '打开鼓楼方案 / open the Gulou scheme',
    async ({ page, shot }) => {
      await page.click(`[data-scheme="${SCHEME}"]`);
      await page.waitForURL(`**/schemes/${SCHEME}`);
      await page.waitForSelector('.el-statistic');
      await page.waitForTimeout(300);
      await shot('02-overview');
      await page.click('[data-menu="menu.targets"]');
      await page.waitForSelector('[data-cell]');
      await shot('03-targets');
    },
  ],
  [
    '规则编辑：改权重 / change a weight in the visual editor',
    async (ctx) => {
      const { page, shot } = ctx;
      const draft = await api<{ pack: { groups: Array<{ id: string }>; weights: Record<string, Record<string, number | string>> } }>(
        ctx,
        'GET',
        `/schemes/${SCHEME}/draft`,
      );
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
      await page.click('#tab-json');
      // CodeMirror draws its lines after the tab is shown, so the edited line is waited for (10 s at most), not read at once.
      const edited = `"${indicator}": ${from + 40}`;
      const followed = await page
        .waitForFunction((text) => document.querySelector('[data-test="json-editor"] .cm-content')?.textContent?.includes(text) === true, edited, {
          timeout: 10_000,
        })
        .then(
          () => true,
          () => false,
        );
      expect(followed, `JSON view did not follow the form edit (no line ${edited})`);
      await page.getByRole('tab', { name: /指标/ }).first().click();
      await shot('04b-editor-json');
      await page.click('[data-test="save-draft"]');
      await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
    },
  ],
  [
    '规则文字：改介绍经验规则 / change an outcome rule in words',
    async ({ page, shot }) => {
      await page.getByRole('tab', { name: '结果名单' }).click();
      await page.waitForSelector('[data-list] [data-test="rule-words"]');
      const sentences = await page.locator('[data-list] [data-test="rule-words"]').count();
      expect(sentences > 0, 'no list rule shown in words');
      // 介绍经验 for 街镇组: “排名前 2 名” becomes “排名前 1 名”, without touching JSON.
      const value = page.locator('[data-list="present"] [data-test="words-count"] input').first();
      expect((await value.inputValue()) === '2', `the first 介绍经验 rule reads ${await value.inputValue()}, expected 2`);
      await value.fill('1');
      await value.blur();
      await page.waitForSelector('[data-test="dirty"]');
      await shot('04c-editor-lists');
      await page.click('[data-test="save-draft"]');
      await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
    },
  ],
  [
    '模拟差异 / simulation diff',
    async ({ page, shot }) => {
      await page.click('[data-menu="menu.simulate"]');
      await page.waitForURL('**/simulate');
      await page.waitForSelector('[data-test="sim-diff"]', { timeout: 20_000 });
      // The diff is computed in the browser after the draft and the data have loaded: wait for it.
      const moved = await page.waitForSelector('[data-test="sim-diff"] [data-move]', { timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      expect(moved, 'the simulation shows no rank move after the weight change');
      const present = await page.waitForSelector('[data-list-change="present"]', { timeout: 20_000 }).then(
        async (el) => await el.innerText(),
        () => '',
      );
      expect(present.includes('榕东街道'), `介绍经验 should lose 榕东街道 (rank 2) after the rule change: "${present}"`);
      await shot('05-simulate');
    },
  ],
  [
    '发布 / publish with a note',
    async ({ page, shot }) => {
      await page.click('[data-test="publish-open"]');
      await page.fill('textarea[data-test="publish-note"]', 'E2E：调整街镇组权重');
      await page.click('[data-test="publish-confirm"]');
      await page.waitForURL('**/versions');
      await page.waitForSelector('text=E2E：调整街镇组权重');
      await shot('06-versions');
    },
  ],
  [
    '运行第二季度 / run Q2',
    async (ctx) => {
      const { page, shot } = ctx;
      await page.click('[data-menu="menu.runs"]');
      await page.click(`[data-preset="${Q2}"]`);
      await startRun(page);
      ctx.state.runId = page.url().split('/').pop() ?? '';
      await page.waitForSelector('[data-ranking]');
      await page.waitForSelector('[data-test="run-review"] [data-status="draft"]');
      await shot('07-run');
      await releaseRun(page, 'E2E：经复核无误');
    },
  ],
  [
    '排名已变化 / the ranking changed',
    async (ctx) => {
      const now = await api<{ version: number; result: { groups: GroupJson[] } }>(ctx, 'GET', `/runs/${ctx.state.runId}`);
      const before = await api<{ result: { groups: GroupJson[] } }>(ctx, 'POST', `/schemes/${SCHEME}/runs`, {
        asOf: Q2,
        version: now.version - 1,
        acceptGaps: true,
      });
      const g = ctx.state.weight!.group;
      const order = (r: { groups: GroupJson[] }) => JSON.stringify(r.groups.find((x) => x.id === g)?.units.map((u) => [u.unitId, u.rank]));
      expect(order(now.result) !== order(before.result), `group ${g} has the same ranking under v${now.version} and v${now.version - 1}`);
      // The published rule change: 介绍经验 of 街镇组 is now rank 1 only.
      const present = (r: { groups: GroupJson[] }) => JSON.stringify(r.groups.find((x) => x.id === 'towns')?.lists['present']);
      expect(
        present(now.result) === '["J04"]' && present(before.result) === '["J04","J01"]',
        `介绍经验 under v${now.version}: ${present(now.result)}, before: ${present(before.result)}`,
      );
    },
  ],
  [
    '得分说明 / unit explanation',
    async ({ page, shot }) => {
      await page.locator('.unit-link').first().click();
      await page.waitForSelector('[data-test="trace"] li');
      await page.waitForTimeout(600);
      await shot('08-explain');
      await page.keyboard.press('Escape');
    },
  ],
  [
    '导出 Excel / export XLSX',
    async ({ page }) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="export-xlsx"]')]);
      expect(download.suggestedFilename().endsWith('.xlsx'), `unexpected file ${download.suggestedFilename()}`);
      const path = join(import.meta.dirname, 'artifacts', download.suggestedFilename());
      await download.saveAs(path);
      expect(readFileSync(path).subarray(0, 2).toString() === 'PK', 'the export is not an XLSX (zip) file');
      // Opened as an office would: merged titles, numbers as numbers, Chinese reasons, one A4 page per group in LibreOffice.
      const { problems, pages } = await checkExport(path, 3);
      expect(problems.length === 0, `the XLSX export: ${problems.join('; ')}`);
      process.stdout.write(`  (LibreOffice prints the Q2 export on ${pages} pages)\n`);
    },
  ],
  [
    '图表 / charts',
    async ({ page, shot }) => {
      await page.click('[data-test="charts-tab"]');
      await page.waitForSelector('[data-test="charts"] canvas');
      await page.waitForTimeout(1500);
      await shot('09-charts');
    },
  ],
  [
    '通报 / printable bulletin',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await page.goto(`${url}/schemes/${SCHEME}/runs/${ctx.state.runId}/bulletin`);
      await page.waitForSelector('[data-test="bulletin"] table');
      // The default template names the office after the campaign, with no doubled words.
      const title = await text(page, '[data-test="bulletin-title"]');
      expect(title === '关于2021年第二季度鼓楼区“抓项目促提升”专项行动考评结果的通报', `bulletin title reads "${title}"`);
      const sign = await text(page, '[data-test="bulletin-sign"]');
      expect(sign.includes('鼓楼区“抓项目促提升”专项行动考评工作办公室') && !sign.includes('考评考评'), `bulletin signature reads "${sign}"`);
      // The office edits its template: the red header changes on the sheet and in the Word download.
      await page.click('[data-test="edit-template"]');
      const header = page.locator('[data-test="template-dialog"] input[data-field="redHeader"]');
      await header.waitFor();
      await header.fill('鼓楼区抓项目促提升专项行动领导小组办公室');
      await page.click('[data-test="template-save"]');
      await page.waitForFunction(() => document.querySelector('[data-test="bulletin-red-header"]')?.textContent === '鼓楼区抓项目促提升专项行动领导小组办公室');
      await page.fill('input[data-test="bulletin-serial"]', '5');
      const docNo = await text(page, '.doc-no');
      expect(docNo === '考评办〔2021〕5号', `doc number reads "${docNo}"`);
      const [docx] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="bulletin-docx"]')]);
      expect(docx.suggestedFilename() === '鼓楼区“抓项目促提升”专项行动-2021年第二季度-考评通报.docx', `unexpected file ${docx.suggestedFilename()}`);
      const docxPath = join(import.meta.dirname, 'artifacts', 'bulletin.docx');
      await docx.saveAs(docxPath);
      expect(readFileSync(docxPath).subarray(0, 2).toString() === 'PK', 'the bulletin download is not a DOCX (zip) file');
      await shot('10-bulletin');
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(import.meta.dirname, 'artifacts', 'bulletin.pdf'), format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
    },
  ],
  [
    '数据、用户、审计 / data, users, audit',
    async ({ page, url, shot }) => {
      await page.goto(`${url}/schemes/${SCHEME}/data/projects`);
      await page.waitForSelector('[data-table="projects"] .el-table__row');
      await shot('11-data');
      await page.goto(`${url}/users`);
      await page.waitForSelector('.el-table__row');
      await shot('12-users');
      await page.goto(`${url}/audit`);
      await page.waitForSelector('.el-table__row');
      await shot('13-audit');
    },
  ],
  [
    '鹿城亮灯 3月 / Luocheng lights, March',
    async (ctx) => {
      await checkLuocheng(ctx, '2023-03-31', { unit: 'U03', indicator: '服务业投资完成额' });
      await ctx.shot('15-luocheng-03');
    },
  ],
  [
    '鹿城亮灯 6月：名单与矩阵 / Luocheng June: lists and light matrix',
    async (ctx) => {
      const { page, shot } = ctx;
      await checkLuocheng(ctx, '2023-06-30', { unit: 'U07', indicator: '服务业投资完成额' });
      const entered = await page.waitForSelector('[data-entry="newSupervise-U07"]', { timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      expect(entered, '双屿镇 is not on 新增督办 in June');
      expect((await page.locator('[data-list="supervise"] [data-entry]').count()) === 4, '督办名单 should hold 4 units in June');
      await shot('16-luocheng-06');
      await page.click('[data-test="charts-tab"]');
      await page.waitForSelector('[data-test="light-matrix"] canvas', { timeout: 20_000 });
      await page.locator('[data-test="light-matrix"]').scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await shot('17-luocheng-matrix');
    },
  ],
  [
    '吉林奖励与淘汰 / Jilin reward amounts and two elimination reasons',
    async (ctx) => {
      const { page, url, shot } = ctx;
      // Raise 温泉康养 (C11)'s revenue targets so it misses them in both years: with its bottom-two
      // ranks it is then eliminated for both reasons.
      const targets = await api<{ data: Array<{ unitId: string; indicator: string; period: string | null; value: string }> }>(
        ctx,
        'GET',
        '/schemes/jilin-2023/targets',
      );
      for (const row of targets.data.filter((r) => r.unitId === 'C11')) await api(ctx, 'PUT', '/schemes/jilin-2023/targets', { ...row, value: '99.00' });
      const rid = await runAt(ctx, 'jilin-2023', '2023-12-31');
      await page.waitForSelector('[data-entry="reward-C04"] [data-test="entry-amount"]', { timeout: 20_000 });
      const amount = await text(page, '[data-entry="reward-C04"] [data-test="entry-amount"]');
      expect(amount === '30.00万元', `reward amount shows "${amount}", expected 30.00万元`);
      // Reason labels come from the run's pack version, which loads after the result.
      const want = '连续两年营业收入未达目标|连续两年排名后两位';
      await page
        .waitForFunction(
          (w) =>
            [...document.querySelectorAll('[data-entry="eliminate-C11"] [data-test="entry-reasons"] li')].map((e) => e.textContent?.trim()).join('|') === w,
          want,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
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
    },
  ],
  [
    '三明项目滞后 / Sanming: a project that missed its planned start month is on the 滞后项目清单 and costs its unit points',
    async (ctx) => {
      const { page, shot } = ctx;
      // 三明市第一医院生态新城分院 (H1, 市卫健委) was planned to start in March 2020 (计划3月份开工) and started on 15 April.
      await runAt(ctx, 'sanming-2020', '2020-03-31');
      await page.waitForSelector('[data-project-entry="lagging-H1"]', { timeout: 20_000 });
      const entry = await text(page, '[data-project-entry="lagging-H1"]');
      expect(entry.includes('三明市第一医院生态新城分院建设项目') && entry.includes('未按计划开工'), `滞后项目清单 entry of H1: ${entry}`);
      expect((await page.locator('[data-project-entry="supervise-H1"]').count()) === 1, 'H1 is not on 督办项目');
      await page.click('.el-tabs__item:has-text("市直部门组")');
      await page.waitForSelector('[data-ranking="departments"]');
      const table = await text(page, '[data-ranking="departments"]');
      expect(/市卫健委[\s\S]*-4\.00/.test(table), `市卫健委's deduction is not in its total: ${table}`);
      await page.locator('[data-test="projects"]').scrollIntoViewIfNeeded();
      await shot('20-sanming-projects');
    },
  ],
  [
    '英文界面 / English switch',
    async ({ page, shot }) => {
      await page.click('[data-test="locale"]');
      await page.waitForSelector('text=Audit log');
      await shot('14-english');
    },
  ],
  [
    '版本对比与恢复 / diff v1 → v2 rule by rule, restore v1 as the draft',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await page.click('[data-test="locale"]');
      await page.waitForSelector('text=审计日志');
      const { group, indicator, from, to } = ctx.state.weight!;
      await page.goto(`${url}/schemes/${SCHEME}/versions`);
      await page.waitForSelector('[data-test="versions"] .version-2');
      await page.click('[data-version-diff="2"]');
      await page.waitForSelector('[data-test="version-diff"] [data-rule]');
      expect((await text(page, '[data-test="version-diff"] h3')).includes('v1 → v2'), 'the diff is not titled v1 → v2');
      const weight = await text(page, `[data-test="version-diff"] [data-rule="weights/${group}"]`);
      expect(
        weight.includes(`/weights/${group}/${indicator}`) && weight.includes(String(from)) && weight.includes(String(to)) && weight.includes('街镇组'),
        `the diff does not show ${indicator} of ${group} going ${from} → ${to}: "${weight}"`,
      );
      const present = await text(page, '[data-test="version-diff"] [data-rule="lists/present"]');
      expect(present.includes('介绍经验') && /\b2\b/.test(present) && /\b1\b/.test(present), `the diff does not show the 介绍经验 rule 2 → 1: "${present}"`);
      // The rule was changed in words: its value, and with it the generated reason code and label.
      expect(present.includes('rank_top1') && present.includes('排名前一名'), `the 介绍经验 rule's reason and label did not follow its count: "${present}"`);
      expect(
        (await page.locator('[data-test="version-diff"] [data-rule]').count()) === 4,
        `v1 → v2 should change exactly four fields: ${await text(page, '[data-test="version-diff"] [data-rule]')}`,
      );
      await shot('20-version-diff');
      await page.click('[data-version-restore="1"]');
      await page.click('.el-message-box__btns .el-button--primary');
      await page.waitForURL('**/editor');
      const cell = page.locator(`[data-weight="${group}-${indicator}"] input`);
      await cell.waitFor();
      await page
        .waitForFunction(
          ([sel, want]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === want,
          [`[data-weight="${group}-${indicator}"] input`, String(from)] as const,
          { timeout: 10_000 },
        )
        .catch(async () => {
          throw new Error(`the editor shows ${indicator} = ${await cell.inputValue()} after restoring v1, expected ${from}`);
        });
      expect((await page.locator('[data-test="dirty"]').count()) === 0, 'the restored draft shows as unsaved');
      const draft = await api<{ pack: { weights: Record<string, Record<string, number | string>> } }>(ctx, 'GET', `/schemes/${SCHEME}/draft`);
      expect(Number(draft.pack.weights[group]![indicator]) === from, `the saved draft has ${indicator} = ${draft.pack.weights[group]![indicator]}`);
      await shot('21-restored-editor');
    },
  ],
  [
    '导入预检：错误行 / import dry run lists bad rows and writes nothing',
    async (ctx) => {
      const { page, url, shot } = ctx;
      const before = JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`));
      const csv = Buffer.from('单位编码,指标,年度目标\nJ01,K1,12x\nZZZ,K2,8\nJ02,K1,5\n');
      await page.goto(`${url}/schemes/${SCHEME}/targets`);
      await page.waitForSelector('[data-cell]');
      await page.click('[data-test="import-open"]');
      await page.locator('[data-test="import-file"]').setInputFiles({ name: '任务分解表-有误.csv', mimeType: 'text/csv', buffer: csv });
      expect((await text(page, '[data-test="import-file-name"]')) === '任务分解表-有误.csv', 'the dialog does not name the chosen file');
      await page.click('[data-test="import-dryrun"]');
      await page.waitForSelector('[data-test="import-errors"] .el-table__row');
      const problems = await page
        .locator('[data-test="import-errors"] .el-table__body .el-table__row')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
      const want = [
        ['2', '年度目标', '12x'],
        ['3', '单位编码', 'ZZZ'],
      ];
      expect(
        problems.length === want.length &&
          want.every(([row, col, bit], i) => problems[i]![1] === row && problems[i]![2] === col && problems[i]![3]!.includes(bit!)),
        `the dry run lists ${JSON.stringify(problems)}, expected rows/columns ${JSON.stringify(want)}`,
      );
      expect(
        problems.every((p) => p[0] === '任务分解表-有误.csv'),
        `the problems do not name the file: ${JSON.stringify(problems)}`,
      );
      expect(await page.locator('[data-test="import-commit"]').isDisabled(), '确认导入 is enabled although the dry run found errors');
      await shot('22-import-errors');
      // The server refuses the same file outright, and the table is unchanged.
      const res = await page.request.post(`${url}/api/v1/schemes/${SCHEME}/imports/targets`, {
        headers: { 'content-type': 'text/csv', 'x-filename': 'bad.csv' },
        data: csv,
      });
      expect(res.status() === 400, `importing the bad file answered ${res.status()}`);
      await page.click('[data-test="import-cancel"]');
      await page.locator('[data-test="import-dryrun"]').waitFor({ state: 'hidden' });
      expect(JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`)) === before, 'the targets changed after a refused import');
    },
  ],
  [
    '合并更新、整表替换确认与撤销 / partial merge import, replace confirmation, undo',
    async (ctx) => {
      const { page, url, shot } = ctx;
      type T = { unitId: string; indicator: string; value: string };
      const before = JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`));
      const rows = (JSON.parse(before) as { data: T[] }).data;
      const csv = Buffer.from('单位编码,指标,年度目标\nJ02,K1,99\n');
      await page.goto(`${url}/schemes/${SCHEME}/targets`);
      await page.waitForSelector('[data-cell]');
      await page.click('[data-test="import-open"]');
      await page.locator('[data-test="import-file"]').setInputFiles({ name: '任务分解表-更正.csv', mimeType: 'text/csv', buffer: csv });
      await page.click('[data-test="import-dryrun"]');
      await page.waitForSelector('[data-test="import-counts"]');
      const counts = await text(page, '[data-test="import-counts"]');
      expect(counts.includes('修改 1 行') && counts.includes('删除 0 行'), `the merge dry run says "${counts}"`);
      await shot('22b-import-merge');
      await page.click('[data-test="import-commit"]');
      await page.locator('[data-test="import-commit"]').waitFor({ state: 'hidden' });
      const after = (await api<{ data: T[] }>(ctx, 'GET', `/schemes/${SCHEME}/targets`)).data;
      const others = (list: T[]) => JSON.stringify(list.filter((r) => !(r.unitId === 'J02' && r.indicator === 'K1')));
      expect(others(after) === others(rows), "a partial 合并更新 changed the other units' targets");
      expect(after.find((r) => r.unitId === 'J02' && r.indicator === 'K1')?.value === '99', 'the merged target was not updated');
      // The same file as 整表替换 must name the rows it deletes before anything happens.
      await page.click('[data-test="import-open"]');
      await page.locator('[data-test="import-file"]').setInputFiles({ name: '任务分解表-更正.csv', mimeType: 'text/csv', buffer: csv });
      await page.click('[data-mode="replace"]');
      await page.click('[data-test="import-dryrun"]');
      await page.waitForSelector('[data-test="import-deleted"]');
      await page.click('[data-test="import-commit"]');
      const confirm = await page.locator('.el-message-box__message').innerText();
      expect(confirm.includes(`删除 ${rows.length - 1} 行`), `the replace confirmation says "${confirm}", expected ${rows.length - 1} rows`);
      await shot('22c-import-replace-confirm');
      await page.locator('.el-message-box__btns .el-button:not(.el-button--primary)').click();
      await page.click('[data-test="import-cancel"]');
      // Undo the merge batch: the table is back byte for byte.
      await page.locator('[data-test="import-batches"] [data-test="import-undo"]').first().click();
      await page.locator('.el-message-box__btns .el-button--primary').click();
      let restored = '';
      for (let i = 0; i < 20 && restored !== before; i += 1) {
        await page.waitForTimeout(250);
        restored = JSON.stringify(await api(ctx, 'GET', `/schemes/${SCHEME}/targets`));
      }
      expect(restored === before, 'undoing the batch did not restore the targets byte for byte');
    },
  ],
  [
    '用户管理：新建填报员和查看者 / create a reporter (J03) and a viewer in 用户管理',
    async ({ page, shot }) => {
      await page.click('[data-menu="menu.users"]');
      await page.waitForURL('**/users');
      await page.waitForSelector('[data-test="users"] .el-table__row');
      await createUserInUi(page, { username: REPORTER.username, password: REPORTER.password, role: 'reporter', unit: REPORTER.unit });
      await createUserInUi(page, { username: VIEWER.username, password: VIEWER.password, role: 'viewer' });
      const reporterRow = await text(page, `[data-test="users"] .user-${REPORTER.username}`);
      expect(reporterRow.includes(REPORTER.unitName), `the reporter row does not show unit ${REPORTER.unitName}: "${reporterRow}"`);
      await shot('23-users-created');
    },
  ],
  [
    '填报员：只看本单位 / reporter sees only J03, gets a readable 403',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, REPORTER.username, REPORTER.password);
      expect((await text(page, '[data-test="whoami"]')).includes('填报员'), 'the header does not show the reporter role');
      await page.click(`[data-scheme="${SCHEME}"]`);
      await page.waitForSelector('.el-statistic');
      const menu = await menuKeys(page);
      for (const hidden of ['menu.editor', 'menu.simulate', 'menu.versions', 'menu.users', 'menu.audit'])
        expect(!menu.includes(hidden), `the reporter's menu shows ${hidden}: ${menu.join(', ')}`);
      for (const shown of ['menu.overview', 'menu.targets', 'menu.runs', 'menu.data'])
        expect(menu.includes(shown), `the reporter's menu lacks ${shown}: ${menu.join(', ')}`);
      // 任务分解表: the own unit's row only, read-only.
      await page.click('[data-menu="menu.targets"]');
      await page.waitForSelector(`[data-cell^="${REPORTER.unit}-"]`);
      expect((await page.locator('[data-cell]:not([data-cell^="J03-"])').count()) === 0, "the reporter sees other units' targets");
      expect((await page.locator('[data-test="import-open"]').count()) === 0, 'the reporter is offered an import it may not do');
      // 数据 → 月报: the own unit's reports.
      await page.click('[data-menu="menu.data"]');
      await page.goto(`${url}/schemes/${SCHEME}/data/reports`);
      await page.waitForSelector('[data-table="reports"] .el-table__row');
      const units = await page.locator('[data-table="reports"] .el-table__body .el-table__row td:first-child').allInnerTexts();
      expect(units.length > 0 && units.every((u) => u.trim() === REPORTER.unit), `the reporter's reports table shows ${[...new Set(units)].join(', ')}`);
      // 考评运行: no run form; the Q2 run shows J03 only, with no error on the way.
      await page.click('[data-menu="menu.runs"]');
      await page.waitForSelector(`[data-test="run-history"] .run-${ctx.state.runId}`);
      expect((await page.locator('[data-test="run-start"]').count()) === 0, 'the reporter can start a run');
      await page.click(`[data-test="run-history"] .run-${ctx.state.runId}`);
      await page.waitForSelector('[data-ranking]');
      const ranking = await text(page, '[data-ranking]');
      expect(ranking.includes(REPORTER.unitName) && !ranking.includes('榕东街道'), `the reporter's run shows other units: "${ranking}"`);
      await shot('24-reporter-run');
      // Charts: the ranking bar only; the trend (every unit's data, month by month) is explained, not attempted.
      await page.click('[data-test="charts-tab"]');
      await page.waitForSelector('[data-test="no-trend"]');
      expect((await errorToasts(page)).length === 0, `error toasts on the reporter's pages: ${(await errorToasts(page)).join(' | ')}`);
      // Another unit: the API answers 403 and the SPA says so in Chinese, without leaving the page.
      expect((await statusOf(ctx, 'GET', `/schemes/${SCHEME}/reports?unitId=J01`)) === 403, "the API does not refuse another unit's reports");
      expect((await statusOf(ctx, 'GET', `/schemes/${SCHEME}/draft`)) === 403, 'the API gives a reporter the draft');
      await page.goto(`${url}/schemes/${SCHEME}/data/reports?unitId=J01`);
      await page.waitForSelector('[data-test="load-error"]');
      const inline = await text(page, '[data-test="load-error"]');
      expect(inline.includes('没有权限执行此操作') && inline.includes('只能查看本单位的数据'), `the 403 reads "${inline}" on the page`);
      const toast = (await errorToasts(page)).join(' | ');
      expect(toast.includes('没有权限') && toast.includes('只能查看本单位'), `the 403 toast reads "${toast}"`);
      expect((await page.locator('[data-table="reports"] .el-table__row').count()) === 0, 'rows are still shown under the refused J01 filter');
      // The toast slides in: let it settle before the screenshot.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.el-message--error')].some((m) => !m.className.includes('el-message-fade') && getComputedStyle(m).opacity === '1'),
      );
      await shot('25-reporter-403');
      // The 通报 is the office's: no link for a reporter, and the API refuses its Word file.
      expect((await statusOf(ctx, 'GET', `/runs/${ctx.state.runId}/bulletin/docx`)) === 403, 'the API gives a reporter the 通报');
      // A page for editors shows 无权限, naming the page and the role.
      await page.goto(`${url}/schemes/${SCHEME}/editor`);
      await page.waitForSelector('[data-test="forbidden"]');
      const refusal = await text(page, '[data-test="forbidden"]');
      expect(refusal.includes('无权限') && refusal.includes('填报员') && refusal.includes('规则编辑'), `the 无权限 page reads "${refusal}"`);
    },
  ],
  [
    '查看者：只读 / viewer sees schemes, versions and runs, cannot edit',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, VIEWER.username, VIEWER.password);
      expect((await page.locator('button', { hasText: '新建方案' }).count()) === 0, 'the viewer is offered 新建方案');
      await page.click(`[data-scheme="${SCHEME}"]`);
      await page.waitForSelector('.el-statistic');
      const menu = await menuKeys(page);
      for (const hidden of ['menu.editor', 'menu.simulate', 'menu.targets', 'menu.data', 'menu.users', 'menu.audit'])
        expect(!menu.includes(hidden), `the viewer's menu shows ${hidden}: ${menu.join(', ')}`);
      for (const shown of ['menu.overview', 'menu.versions', 'menu.runs']) expect(menu.includes(shown), `the viewer's menu lacks ${shown}: ${menu.join(', ')}`);
      // 版本历史: read the diff, no restore.
      await page.click('[data-menu="menu.versions"]');
      await page.waitForSelector('[data-test="versions"] .version-2');
      expect((await page.locator('[data-version-restore]').count()) === 0, 'the viewer is offered 恢复为草稿');
      await page.click('[data-version-diff="2"]');
      await page.waitForSelector('[data-test="version-diff"] [data-rule="lists/present"]');
      await shot('26-viewer-versions');
      // 考评运行: results, no run form.
      await page.click('[data-menu="menu.runs"]');
      await page.waitForSelector(`[data-test="run-history"] .run-${ctx.state.runId}`);
      expect((await page.locator('[data-test="run-start"]').count()) === 0, 'the viewer can start a run');
      await page.click(`[data-test="run-history"] .run-${ctx.state.runId}`);
      await page.waitForSelector('[data-ranking]');
      expect((await text(page, '[data-ranking]')).includes('榕东街道'), 'the viewer does not see the whole ranking');
      expect((await errorToasts(page)).length === 0, `error toasts on the viewer's pages: ${(await errorToasts(page)).join(' | ')}`);
      await shot('27-viewer-run');
      // The API refuses every write.
      const draft = { pack: {}, revision: 1 };
      const refused: Array<[string, number]> = [
        ['PUT draft', await statusOf(ctx, 'PUT', `/schemes/${SCHEME}/draft`, draft)],
        ['POST versions', await statusOf(ctx, 'POST', `/schemes/${SCHEME}/versions`, { note: 'x' })],
        ['POST restore', await statusOf(ctx, 'POST', `/schemes/${SCHEME}/versions/1/restore`)],
        ['POST runs', await statusOf(ctx, 'POST', `/schemes/${SCHEME}/runs`, { asOf: Q2 })],
        ['PUT targets', await statusOf(ctx, 'PUT', `/schemes/${SCHEME}/targets`, { unitId: 'J01', indicator: 'K1', value: '1', period: null })],
        ['GET targets', await statusOf(ctx, 'GET', `/schemes/${SCHEME}/targets`)],
      ];
      const wrong = refused.filter(([, s]) => s !== 403);
      expect(wrong.length === 0, `the API does not refuse the viewer: ${wrong.map(([w, s]) => `${w} → ${s}`).join(', ')}`);
      // An editor's page by URL shows 无权限; its button goes back to the list.
      await page.goto(`${url}/schemes/${SCHEME}/editor`);
      await page.waitForSelector('[data-test="forbidden"]');
      const refusal = await text(page, '[data-test="forbidden"]');
      expect(refusal.includes('无权限') && refusal.includes('查看者') && refusal.includes('规则编辑'), `the 无权限 page reads "${refusal}"`);
      await shot('28-viewer-forbidden');
      await page.click('[data-test="forbidden-back"]');
      await page.waitForURL(/\/schemes$/);
    },
  ],
];

/** Runs the steps in order; a failed step stops the rest (they build on each other). */
export async function scenario(browser: Browser, url: string, artifacts: string): Promise<StepResult[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  // The server sends a Content-Security-Policy: whatever the SPA does must satisfy it.
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  const ctx: Ctx = { page, url, state: {}, shot: async (name) => void (await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false })) };
  const results: StepResult[] = [];
  for (const [name, run] of [...coreSteps, ...extraSteps]) {
    try {
      await run(ctx);
      results.push({ name, ok: true });
    } catch (e) {
      await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => undefined);
      results.push({ name, ok: false, error: e instanceof Error ? e.message.split('\n').slice(0, 6).join('\n    ') : String(e) });
      break;
    }
  }
  results.push(
    cspViolations.length === 0
      ? { name: 'no Content-Security-Policy violations', ok: true }
      : { name: 'no Content-Security-Policy violations', ok: false, error: cspViolations.slice(0, 3).join('\n') },
  );
  await context.close();
  return results;
}
