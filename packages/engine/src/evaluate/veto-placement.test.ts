import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../test/factory.ts';

/** 一票否决 placed last: "后两名" must not skip past the vetoed unit to the one above it. */
describe('veto placement', () => {
  // U1..U4 ranked by score; U4 has the lowest score, U2 is vetoed by a VETO event.
  const data = {
    ...unitsWithValues(['1.2', '1.1', '1.0', '0.9']),
    events: [{ unitId: 'U2', period: '2024-01', kind: null, code: 'VETO', count: '1', note: null }],
  };
  const statement = [
    {
      id: 'statement',
      name: '表态发言',
      rules: [{ reason: 'bottom2', label: '排名后两名', when: { all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: 2 }] } }],
    },
  ];
  const withVeto = (placement?: 'last' | 'unranked') =>
    pack({
      measures: [
        { id: 'vetoEvents', name: '否决事项', source: 'events', aggregate: 'count', where: { all: [{ fact: 'code', operator: 'equal', value: 'VETO' }] } },
      ],
      veto: { when: { all: [{ fact: 'vetoEvents', operator: 'greaterThan', value: 0 }] }, ...(placement === undefined ? {} : { placement }) },
      lists: statement,
    });

  it('places vetoed units last, sharing the last rank, and counts them below the others', () => {
    const g = run(withVeto('last'), data).groups[0];
    expect(g?.units.map((u) => [u.unitId, u.rank, u.unitsRankedBelow, u.vetoed])).toEqual([
      ['U1', 1, 3, false],
      ['U3', 2, 2, false],
      ['U4', 3, 1, false],
      ['U2', 4, 0, true],
    ]);
    // U3 is above both U4 and the vetoed U2: not among the last two.
    expect(g?.lists['statement']).toEqual(['U4', 'U2']);
  });

  it("keeps today's behaviour by default: the vetoed unit is not ranked and not counted", () => {
    const g = run(withVeto(), data).groups[0];
    expect(g?.units.map((u) => [u.unitId, u.rank, u.unitsRankedBelow])).toEqual([
      ['U1', 1, 2],
      ['U3', 2, 1],
      ['U4', 3, 0],
      ['U2', null, null],
    ]);
    expect(g?.lists['statement']).toEqual(['U3', 'U4']);
  });

  it('shares the last rank between several vetoed units', () => {
    const two = { ...data, events: ['U1', 'U2'].map((unitId) => ({ unitId, period: '2024-01', kind: null, code: 'VETO', count: '1', note: null })) };
    const g = run(withVeto('last'), two).groups[0];
    expect(g?.units.map((u) => [u.unitId, u.rank, u.unitsRankedBelow])).toEqual([
      ['U3', 1, 3],
      ['U4', 2, 2],
      ['U1', 3, 0],
      ['U2', 3, 0],
    ]);
  });
});
