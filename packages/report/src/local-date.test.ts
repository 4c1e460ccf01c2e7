import { describe, expect, it } from 'vitest';
import { localDate, localDateTime } from './local-date.ts';

describe('localDate', () => {
  it('is already the next day in Beijing at 22:40 UTC', () => {
    expect(localDate(new Date('2026-12-04T22:40:00Z'))).toBe('2026-12-05');
    expect(localDate(new Date('2026-12-04T22:40:00Z'), 'UTC')).toBe('2026-12-04');
  });
});

describe('localDateTime', () => {
  it('shows a stored UTC time in Beijing time, to the minute', () => {
    expect(localDateTime('2026-12-01T08:05:24.494Z')).toBe('2026-12-01 16:05');
    expect(localDateTime('2026-12-01T16:30:00.000Z')).toBe('2026-12-02 00:30');
  });

  it('leaves what is not a timestamp alone', () => {
    expect(localDateTime('2021-06-30')).toBe('2021-06-30');
    expect(localDateTime('不是时间')).toBe('不是时间');
    expect(localDateTime(null)).toBe('');
  });
});
