import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RulePack } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { makePack } from '@kaoping/report/testing';
import { staticChecks } from './static-checks.ts';

const keys = (pack = makePack()) => staticChecks(pack).map((f) => `${f.key}@${f.pointer}`);

describe('staticChecks', () => {
  it('accepts a consistent pack', () => {
    expect(staticChecks(makePack())).toEqual([]);
  });

  it('flags a group whose weights do not sum to 100, exactly in hundredths', () => {
    expect(keys(makePack({ weights: { towns: { K1: 40, K2: 50 }, parks: { K1: '33.33', K2: '66.67' } } }))).toEqual(['checks.weightSum@/weights/towns']);
  });

  it('flags unknown indicators and groups in weights', () => {
    const found = keys(makePack({ weights: { towns: { K1: 40, K2: 60 }, parks: { K1: 50, K9: 50 }, ghosts: {} } }));
    expect(found).toContain('checks.unknownIndicator@/weights/parks/K9');
    expect(found).toContain('checks.unknownGroup@/weights/ghosts');
  });

  it('flags an indicator weighted in no group', () => {
    expect(keys(makePack({ weights: { towns: { K1: 100 }, parks: { K1: 100 } } }))).toEqual(['wordsChecks.indicatorNoWeight@/indicators/1']);
  });

  it('flags light bands after an unconditional band as unreachable', () => {
    const pack = makePack();
    pack.indicators[0] = {
      id: 'K1',
      name: 'x',
      light: { bands: [{ light: 'red' }, { light: 'green', when: { fact: 'completion', operator: 'greaterThan', value: 1 } }] },
    };
    expect(keys(pack)).toContain('checks.unreachableBand@/indicators/0/light/bands/1');
  });

  it('flags unknown facts and rules after an unconditional list rule', () => {
    const pack = makePack({
      lists: [
        {
          id: 'l',
          name: 'L',
          rules: [
            { reason: 'a', when: { all: [] } },
            { reason: 'b', when: { fact: 'nonsense', operator: 'equal', value: 1 } },
          ],
        },
      ],
    });
    const found = keys(pack);
    expect(found).toContain('checks.shadowedRule@/lists/0/rules/1');
    expect(found).toContain('checks.unknownFact@/lists/0/rules/1/when/fact');
  });

  it('knows indicator ids and pack facts as unit facts', () => {
    const pack = makePack({
      facts: [{ id: 'A4', name: '开竣工数', formula: 'K4.actual' }],
      lists: [
        {
          id: 'l',
          name: 'L',
          rules: [
            {
              reason: 'a',
              when: {
                all: [
                  { fact: 'K1', path: '$.done', operator: 'equal', value: false },
                  { fact: 'A4', operator: 'lessThan', value: 3 },
                ],
              },
            },
          ],
        },
      ],
    });
    expect(staticChecks(pack)).toEqual([]);
  });

  it('knows the project names of project rules (status, invested, project facts, planned milestones)', () => {
    for (const id of ['sanming-2020', 'luoxi-2022']) {
      const pack = RulePack.parse(JSON.parse(readFileSync(join(process.cwd(), '../../rules', id, 'pack.json'), 'utf8')));
      expect(
        staticChecks(pack).filter((f) => f.key === 'checks.unknownFact'),
        id,
      ).toEqual([]);
    }
  });
});
