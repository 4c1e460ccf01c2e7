import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../test/factory.ts';

describe('functions over indicators and group members', () => {
  it('lists the ids of the indicators that meet a condition, and counts them', () => {
    const r = run(
      pack({
        facts: [
          { id: 'ahead', name: '领先指标', formula: 'indicatorList(completion > 1.1)' },
          { id: 'aheadCount', name: '领先指标数', formula: 'indicatorCount(completion > 1.1)' },
        ],
      }),
      unitsWithValues(['1.25', '1.1', '1.2']),
    );
    const facts = r.groups[0]?.units.map((u) => [u.unitId, u.facts['ahead'], u.facts['aheadCount']]);
    expect(facts).toEqual([
      ['U1', ['K1'], '1'],
      ['U3', ['K1'], '1'],
      ['U2', [], '0'],
    ]);
  });
});
