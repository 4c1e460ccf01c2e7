import { createI18n } from 'vue-i18n';
import enUS from './en-US.ts';
import { wordsEn, wordsZh } from './words.ts';
import zhCN from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en-US';
const STORAGE_KEY = 'kaoping.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': { ...zhCN, ...wordsZh }, 'en-US': { ...enUS, ...wordsEn } },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
