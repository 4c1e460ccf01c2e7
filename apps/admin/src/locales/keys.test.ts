import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.ts';
import { wordsEn, wordsZh } from './words.ts';
import zhCN from './zh-CN.ts';

/**
 * Every message key the SPA's sources ask for exists in both locales. vue-i18n shows a missing key as
 * the key itself (how the job progress labels once read `jobs.queued`), so this is checked statically:
 * `t('a.b')` must name a message, and the fixed start of `t(`a.${x}`)` must name a group of messages.
 */
const SRC = resolve(__dirname, '..');
const CALL = /(?<![\w.$])(?:\$t|t|i18n\.global\.t)\(\s*(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|vue)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function lookUp(messages: object, key: string): unknown {
  let at: unknown = messages;
  for (const part of key.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}

interface Use {
  where: string;
  key: string;
  /** A template key: only its fixed start is known, and it must name a group. */
  group: boolean;
}

function uses(): Use[] {
  return sources(SRC).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(CALL)].map((m) => {
      const text = m[2] ?? '';
      const dynamic = m[1] === '`' && text.includes('${');
      const key = dynamic ? text.slice(0, text.indexOf('${')).replace(/\.$/, '') : text;
      return { where: relative(SRC, path), key, group: dynamic };
    }),
  );
}

const LOCALES = { 'zh-CN': { ...zhCN, ...wordsZh }, 'en-US': { ...enUS, ...wordsEn } };

describe('message keys used by the sources', () => {
  const all = uses();

  it('finds the calls it checks', () => {
    expect(all.filter((u) => !u.group).length).toBeGreaterThan(300);
    expect(all.some((u) => u.group && u.key === 'jobs')).toBe(true);
  });

  for (const [locale, messages] of Object.entries(LOCALES)) {
    it(`are all in ${locale}`, () => {
      const missing = all
        .filter((u) => u.key !== '')
        .filter((u) => {
          const found = lookUp(messages, u.key);
          return u.group ? typeof found !== 'object' || found === null : typeof found !== 'string';
        })
        .map((u) => `${u.where}: ${u.group ? `${u.key}.*` : u.key}`);
      expect(missing).toEqual([]);
    });
  }
});
