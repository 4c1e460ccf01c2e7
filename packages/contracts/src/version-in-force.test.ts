import { describe, expect, it } from 'vitest';
import { versionInForce } from './version-in-force.ts';

const v = (version: number, effectiveFrom: string, status: 'pending' | 'approved' | 'rejected' = 'approved') => ({
  version,
  effectiveFrom,
  review: { status },
});

describe('versionInForce', () => {
  const versions = [v(1, '2021-01-01'), v(2, '2021-07-01'), v(3, '2021-04-01', 'pending'), v(4, '2021-04-01', 'rejected')];

  it('takes the highest approved version already effective on the date', () => {
    expect(versionInForce(versions, '2021-06-30')?.version).toBe(1);
    expect(versionInForce(versions, '2021-07-01')?.version).toBe(2);
  });

  it('has none before the first effective date, and never a pending or rejected one', () => {
    expect(versionInForce(versions, '2020-12-31')).toBeUndefined();
    expect(versionInForce([v(1, '2021-01-01', 'pending'), v(2, '2021-01-01', 'rejected')], '2022-01-01')).toBeUndefined();
  });

  it('prefers the higher number over the later effective date (a re-publication of an earlier rule)', () => {
    expect(versionInForce([v(1, '2021-04-01'), v(2, '2021-01-01')], '2021-06-30')?.version).toBe(2);
  });
});
