import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales/index.ts';
import { jobProgressText } from './job-progress.ts';

// The app's own messages, so a key the locales do not hold shows up as the key itself and fails here.
const say = (locale: 'zh-CN' | 'en-US') => (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {}, { locale });

describe('jobProgressText', () => {
  it('says what an import job is doing in Chinese, with grouped numbers', () => {
    const zh = say('zh-CN');
    expect(jobProgressText({ state: 'queued', detail: null }, zh, 'zh-CN')).toBe('排队等待中…');
    expect(jobProgressText({ state: 'running', detail: null }, zh, 'zh-CN')).toBe('正在处理…');
    expect(jobProgressText({ state: 'running', detail: { phase: 'reading', done: 0, total: null } }, zh, 'zh-CN')).toBe('正在读取文件…');
    expect(jobProgressText({ state: 'running', detail: { phase: 'validating', done: 1200, total: 16000 } }, zh, 'zh-CN')).toBe('已校验 1,200 / 16,000 行');
    expect(jobProgressText({ state: 'running', detail: { phase: 'writing', done: 3000, total: 3000 } }, zh, 'zh-CN')).toBe('已写入 3,000 / 3,000 行');
    expect(jobProgressText({ state: 'done', detail: null }, zh, 'zh-CN')).toBe('已完成');
  });

  it('says what a run job is doing, in either language', () => {
    expect(jobProgressText({ state: 'running', detail: { phase: 'evaluating', done: 3, total: 14 } }, say('zh-CN'), 'zh-CN')).toBe('已计算 3 / 14 个单位');
    expect(jobProgressText({ state: 'running', detail: { phase: 'saving', done: 0, total: 14 } }, say('zh-CN'), 'zh-CN')).toBe('正在保存结果（14 个单位）…');
    expect(jobProgressText({ state: 'running', detail: { phase: 'evaluating', done: 3, total: 14 } }, say('en-US'), 'en-US')).toBe('Calculated 3 / 14 units');
    expect(jobProgressText({ state: 'queued', detail: null }, say('en-US'), 'en-US')).toBe('Waiting in the queue…');
  });
});
