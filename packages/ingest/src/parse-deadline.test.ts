import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline.ts';

describe('parseDeadline', () => {
  it.each([
    ['2020-03-15', '2020-03-15'],
    ['2020年3月15日', '2020-03-15'],
    ['2020-03', '2020-03-31'],
    ['2020年3月份', '2020-03-31'],
    ['2020年2月底', '2020-02-29'],
    ['2021年2月', '2021-02-28'],
    ['2020-Q4', '2020-12-31'],
    ['2020年第四季度', '2020-12-31'],
    ['2020年一季度', '2020-03-31'],
    ['2020年第2季度', '2020-06-30'],
    ['2020-H1', '2020-06-30'],
    ['2020年上半年', '2020-06-30'],
    ['2020年下半年', '2020-12-31'],
    ['2020', '2020-12-31'],
    ['2020年内', '2020-12-31'],
    ['2020年底', '2020-12-31'],
    [44260, '2021-03-05'],
  ])('reads %j as %s', (cell, value) => {
    expect(parseDeadline(cell)).toEqual({ ok: true, value });
  });

  it.each(['年内', '2020-13', '2020年第五季度', '2020-02-30', '上半年'])('rejects %j with the accepted forms', (cell) => {
    const parsed = parseDeadline(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('2020年上半年');
  });
});
