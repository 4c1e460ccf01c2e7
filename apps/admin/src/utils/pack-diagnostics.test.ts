import { Dataset } from '@kaoping/contracts';
import { packWarnings } from '@kaoping/engine';
import { describe, expect, it } from 'vitest';
import { makePack } from '@kaoping/report/testing';
import { diagnosePack } from './pack-diagnostics.ts';

describe('diagnosePack', () => {
  it("shows the engine's pack warnings, using the scheme's data when loaded", () => {
    const pack = makePack({ weights: { towns: { K1: 40, K2: 60 }, parks: { K1: 100 } } });
    const data = Dataset.parse({
      units: [{ id: 'Y1', name: '园区一', group: '园区组' }],
      targets: [{ unitId: 'Y1', indicator: 'K2', value: '3', period: null }],
    });
    const d = diagnosePack(pack, data);
    expect(d.warnings).toEqual(packWarnings(pack, { dataset: data }));
    expect(d.warnings.map((w) => `${w.code} ${w.pointer}`)).toEqual(['UNWEIGHTED_WITH_DATA /weights/parks']);
    expect(diagnosePack(pack).warnings).toEqual([]);
  });
});
