/**
 * One access policy (issue 9 item 5): the SPA's guards come from the permissions /auth/me sends. A viewer who
 * types an evaluator-only URL (催报与报送设置, which needs 导入与修改数据) sees 无权限 naming the page, its role and
 * the missing permission, in Chinese and in English, and goes back to the scheme list.
 */
import { SCHEME, VIEWER, api, expect, logIn, logOut, menuKeys, text, type Step } from '../lib.ts';

export const accessSteps: Step[] = [
  [
    '无权限 / a viewer opening an evaluator-only URL sees 无权限 with the missing permission',
    async (ctx) => {
      const { page, url, shot } = ctx;
      await logOut(page);
      await logIn(page, url, VIEWER.username, VIEWER.password);
      const me = await api<{ access: { role: string; permissions: string[] } }>(ctx, 'GET', '/auth/me');
      expect(me.access.role === 'viewer' && !me.access.permissions.includes('data:write'), `/auth/me for the viewer: ${JSON.stringify(me.access)}`);
      const target = `/schemes/${SCHEME}/cycle`;
      await page.goto(`${url}${target}`);
      await page.waitForSelector('[data-test="forbidden"]');
      const zh = await text(page, '[data-test="forbidden"]');
      for (const part of ['无权限', '查看者', '催报与报送设置', '导入与修改数据']) expect(zh.includes(part), `the 无权限 page lacks "${part}": "${zh}"`);
      expect(new URL(page.url()).searchParams.get('from') === target, `the 无权限 page does not name where the viewer was going: ${page.url()}`);
      expect(!(await menuKeys(page)).includes('menu.chase'), 'the viewer is offered 催报与报送设置 in the menu');
      await shot('access-01-viewer-forbidden');
      await page.click('[data-test="locale"]');
      await page.waitForFunction(() => document.querySelector('[data-test="forbidden"]')?.textContent?.includes('No access') === true);
      const en = await text(page, '[data-test="forbidden"]');
      expect(en.includes('Import and edit data'), `the English 无权限 page lacks the permission's name: "${en}"`);
      await shot('access-02-viewer-forbidden-en');
      await page.click('[data-test="locale"]');
      await page.waitForFunction(() => document.querySelector('[data-test="forbidden"]')?.textContent?.includes('无权限') === true);
      await page.click('[data-test="forbidden-back"]');
      await page.waitForURL(/\/schemes$/);
      await page.waitForSelector(`[data-scheme="${SCHEME}"]`);
    },
  ],
];
