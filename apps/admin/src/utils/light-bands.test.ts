import type { LightBand } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { bandGaps, bandInterval } from './light-bands.ts';

const band = (light: LightBand['light'], ...parts: Array<[string, number]>): LightBand => ({
  light,
  when: { all: parts.map(([operator, value]) => ({ fact: 'completion', operator: operator as 'lessThan', value })) },
});

describe('light bands', () => {
  it('reads a simple range', () => {
    expect(bandInterval(band('yellow', ['greaterThanInclusive', 0.8], ['lessThan', 1]).when)?.range).toEqual({ lo: 0.8, loIn: true, hi: 1, hiIn: false });
  });

  it('finds no gap in a complete partition', () => {
    expect(
      bandGaps([band('green', ['greaterThanInclusive', 1]), band('yellow', ['greaterThanInclusive', 0.8], ['lessThan', 1]), band('red', ['lessThan', 0.8])]),
    ).toEqual([]);
  });

  it('finds a gap and an overlap', () => {
    const gap = bandGaps([band('green', ['greaterThan', 1]), band('red', ['lessThan', 1])]);
    expect(gap.map((f) => f.kind)).toEqual(['gap']);
    const overlap = bandGaps([band('green', ['greaterThanInclusive', 0.9]), band('red', ['lessThanInclusive', 1])]);
    expect(overlap.map((f) => f.kind)).toEqual(['overlap']);
  });

  it('says nothing when a band cannot be read', () => {
    expect(bandGaps([{ light: 'red', when: { any: [] } }, band('green', ['greaterThan', 1])])).toEqual([]);
  });
});
