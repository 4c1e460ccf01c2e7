/**
 * Rules in words (issue 10, items 4 and 6): an evaluator changes 表态发言 from 后两名 to 后三名
 * through the count field alone, simulates, and sees the list's members change with the entry marked.
 * Then (issue 9 item 3) a formula field completes a name typed by its Chinese label.
 */
import { type Ctx, type Step, ADMIN_PASSWORD, ADMIN_USER, SCHEME, api, expect, logIn, logOut } from '../lib.ts';

const EVALUATOR = { username: 'e2e-words-evaluator', password: 'words-pass-2021' };
const RULE = '[data-list="statement"] [data-rule="statement-0"]';
const count = (ctx: Ctx) => ctx.page.locator(`${RULE} [data-test="words-count"] input`);

async function setCount(ctx: Ctx, n: number): Promise<void> {
  const input = count(ctx);
  await input.fill(String(n));
  await input.blur();
}

export const wordsSteps: Step[] = [
  [
    '规则文字：评估员登录 / sign in as an evaluator',
    async (ctx) => {
      const { page, url } = ctx;
      await logOut(page);
      await logIn(page, url, ADMIN_USER, ADMIN_PASSWORD);
      await api(ctx, 'POST', '/users', { username: EVALUATOR.username, password: EVALUATOR.password, role: 'evaluator' });
      await logOut(page);
      await logIn(page, url, EVALUATOR.username, EVALUATOR.password);
    },
  ],
  [
    '规则文字：后两名改为后三名 / 后两名 → 后三名 through the count field',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await page.goto(`${url}/schemes/${SCHEME}`);
      await page.click('[data-menu="menu.editor"]');
      await page.waitForURL('**/editor');
      await page.getByRole('tab', { name: '结果名单' }).click();
      await count(ctx).waitFor();
      expect((await count(ctx).inputValue()) === '2', `表态发言 (街镇组) reads 后 ${await count(ctx).inputValue()} 名, expected 2`);
      expect(!(await page.locator(`${RULE} [data-test="rule-words"]`).innerText()).includes('unitsRankedBelow'), 'the sentence shows a fact id');
      await setCount(ctx, 3);
      await page.waitForSelector('[data-test="dirty"]');
      const label = await page.locator(`${RULE} input[data-test="rule-label"]`).inputValue();
      expect(label.includes('后三名'), `the rule's label did not follow the count: "${label}"`);
      const reason = (await page.locator(`${RULE} [data-test="rule-reason"]`).textContent()) ?? '';
      expect(reason === 'bottom3_k4_missed', `the reason code was not regenerated: "${reason}"`);
      await shot('words-01-lists-in-words');
      await page.getByRole('tab', { name: /计分方法/ }).click();
      await page.waitForSelector('[data-test="method-words"]');
      await shot('words-02-methods');
    },
  ],
  [
    '规则文字：模拟看名单成员 / simulate and see the members change',
    async (ctx) => {
      const { page, shot } = ctx;
      await page.click('[data-test="to-simulate"]');
      await page.waitForURL('**/simulate');
      const entered = page.locator('[data-members="statement"] [data-member-state="entered"]');
      const seen = await entered
        .first()
        .waitFor({ timeout: 20_000 })
        .then(
          () => true,
          () => false,
        );
      expect(seen, '表态发言 gains no member after 后两名 → 后三名');
      const names = await entered.allInnerTexts();
      expect(
        names.every((n) => /[\u4e00-\u9fff]/.test(n)),
        `entries are not shown by unit name: ${names.join(', ')}`,
      );
      await page.locator('[data-members="statement"]').first().scrollIntoViewIfNeeded();
      await shot('words-03-simulate-members');
    },
  ],
  [
    '规则文字：改回后两名 / back to 后两名 leaves the draft unchanged',
    async (ctx) => {
      const { page } = ctx;
      await page.goBack();
      await page.waitForURL('**/editor');
      await page.getByRole('tab', { name: '结果名单' }).click();
      await count(ctx).waitFor();
      await setCount(ctx, 2);
      await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
    },
  ],
  [
    '公式补全：输入中文选函数 / a formula field offers 组内最大值 and writes groupMax',
    async (ctx) => {
      const { page, shot } = ctx;
      await page.getByRole('tab', { name: /计分方法/ }).click();
      const field = page.locator('input[data-pointer="/ranking/keys/0/formula"]');
      await field.waitFor();
      const before = await field.inputValue();
      await field.click();
      await field.press('End');
      await field.pressSequentially(' - 组内最');
      const item = page.locator('.formula-suggestions [data-test="formula-suggestion"]').first();
      await item.waitFor({ timeout: 10_000 });
      const shown = await item.innerText();
      expect(shown.includes('groupMax') && shown.includes('组内最大值'), `the first suggestion reads "${shown}", expected groupMax 组内最大值`);
      await shot('words-04-formula-completion');
      await field.press('Enter');
      const after = await field.inputValue();
      expect(after === `${before} - groupMax()`, `choosing the suggestion wrote "${after}"`);
      await field.fill(before);
      await field.press('Escape');
      await field.blur();
      await page.waitForSelector('[data-test="dirty"]', { state: 'detached' });
    },
  ],
];
