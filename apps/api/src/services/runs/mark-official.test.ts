import type { RunSummary } from '@kaoping/store';
import { describe, expect, it } from 'vitest';
import { markOfficial } from './mark-official.ts';

const run = (id: string, periodId: string, status: RunSummary['status'], releasedAt: string | null): RunSummary => ({
  id,
  schemeId: 's',
  version: 1,
  asOf: '2021-06-30',
  fingerprint: '',
  createdBy: 'e',
  createdAt: '',
  status,
  periodId,
  periodLabel: null,
  releasedBy: null,
  releasedAt,
  releaseNote: null,
  voidedBy: null,
  voidedAt: null,
  voidReason: null,
});

describe('markOfficial', () => {
  it('makes the newest released run of each period official and the older ones superseded', () => {
    const runs = [
      run('a', 'Q2', 'released', '2021-07-01'),
      run('b', 'Q2', 'released', '2021-07-05'),
      run('c', 'Q2', 'draft', null),
      run('d', 'Q2', 'voided', '2021-07-09'),
      run('e', 'Q1', 'released', '2021-04-02'),
    ];
    expect(markOfficial(runs).map((r) => [r.id, r.official, r.superseded])).toEqual([
      ['a', false, true],
      ['b', true, false],
      ['c', false, false],
      ['d', false, false],
      ['e', true, false],
    ]);
  });
});
