import * as Icons from '@element-plus/icons-vue';
import ElementPlus from 'element-plus';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import type { App } from 'vue';
import type { Locale } from '@/locales/index.ts';

/** The one place Element Plus is wired in: plugin, icons and locale packs. */
export function installElementPlus(app: App): void {
  app.use(ElementPlus);
  for (const [name, comp] of Object.entries(Icons)) app.component(`Icon${name}`, comp);
}

export const elementLocales = { 'zh-CN': zhCn, 'en-US': en } satisfies Record<Locale, unknown>;
