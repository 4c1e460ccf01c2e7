import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.ts';

describe('localDate', () => {
  it('is already the next day in Beijing at 22:40 UTC', () => {
    expect(localDate(new Date('2026-12-04T22:40:00Z'))).toBe('2026-12-05');
    expect(localDate(new Date('2026-12-04T22:40:00Z'), 'UTC')).toBe('2026-12-04');
  });
});
