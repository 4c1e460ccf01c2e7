import { describe, expect, it } from 'vitest';
import { dataColumns, flattenRow } from './data-columns.ts';

describe('flattenRow', () => {
  it('spreads project fields into columns and shows yes/no as 是/否', () => {
    const row = flattenRow({ id: 'P1', unitId: 'J01', fields: { realEstate: true, foreign: false, investment: '12.5' } });
    expect(row).toEqual({ id: 'P1', unitId: 'J01', realEstate: '是', foreign: '否', investment: '12.5' });
    expect(dataColumns([row, { id: 'P2', extra: 1 }])).toEqual(['id', 'unitId', 'realEstate', 'foreign', 'investment', 'extra']);
  });
});
