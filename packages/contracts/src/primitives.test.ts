import { describe, expect, it } from 'vitest';
import { IsoDate, isRealDate } from './primitives.ts';

describe('IsoDate', () => {
  it.each([
    ['2021-02-28', true],
    ['2021-02-29', false],
    ['2024-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2021-02-30', false],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-06-00', false],
  ])('%s is a real date: %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
    expect(IsoDate.safeParse(text).success).toBe(real);
  });

  it('names the problem in Chinese', () => {
    expect(IsoDate.safeParse('2021-02-30').error?.issues[0]?.message).toBe('日期不存在（如 2 月 30 日）');
    expect(IsoDate.safeParse('2021/02/03').error?.issues.map((i) => i.message)).toEqual(['日期须形如 2021-06-30']);
  });
});
