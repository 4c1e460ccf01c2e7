import { Dataset, KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, unitsWithValues } from '../../test/factory.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { evaluateFast } from './evaluate-fast.ts';
import { periodSeries } from '../evaluate/calendar.ts';
import { RunState } from '../evaluate/run-state.ts';
import { indexColumns } from './columns.ts';
import { projectTotals } from './project-columns.ts';
import { T } from './node.ts';
import { forgetFree, scratch, scratchBits, takeBack } from './pool.ts';

const asOf = '2024-03-31';
const project = (id: string, unitId: string, fields: Record<string, string | boolean | null>) => ({ id, unitId, name: `项目${id}`, fields });
const data = Dataset.parse({
  ...unitsWithValues(['1.1', '0.9', '0.54875']),
  projects: [
    project('P1', 'U1', { investment: '30000', industry: '二产', realEstate: false, signedOn: '2024-02-01' }),
    project('P2', 'U1', { investment: '29999.99', industry: '二产', realEstate: false, signedOn: '2024-03-31' }),
    project('P3', 'U2', { investment: '0.1', industry: '三产', realEstate: null, signedOn: '2023-12-31' }),
    project('P4', 'U3', { investment: null, industry: null, realEstate: true, signedOn: null }),
  ],
});
const thresholds = pack({
  projectFlags: [
    {
      id: 'major',
      name: '重大项目',
      when: {
        all: [
          { fact: 'realEstate', operator: 'equal', value: false },
          { fact: 'investment', operator: 'greaterThanInclusive', value: 30000 },
        ],
      },
    },
  ],
  measures: [
    {
      id: 'landed',
      name: '落地重大项目',
      source: 'projects',
      aggregate: 'count',
      where: {
        all: [
          { fact: 'major', operator: 'equal', value: true },
          { fact: 'signedOn', operator: 'inWindow', value: true },
        ],
      },
    },
    {
      id: 'industrial',
      name: '二产投资',
      source: 'projects',
      aggregate: 'sum',
      field: 'investment',
      where: {
        any: [
          { fact: 'industry', operator: 'in', value: ['二产'] },
          { fact: 'investment', operator: 'lessThan', value: 0.2 },
        ],
      },
    },
  ],
  facts: [{ id: 'projectScore', name: '项目得分', formula: 'landed * 10 + industrial / 10000' }],
  ranking: { keys: [{ formula: 'projectScore', order: 'desc' }] },
});

describe('project measures on columns', () => {
  it('counts and sums projects qualified by flags, thresholds, text and dates without the exact engine, byte-identical', () => {
    const cp = compilePack(thresholds);
    for (const trace of [false, true]) {
      const run = evaluateFast(cp, data, { asOf, trace });
      expect(run.fallback).toBeNull();
      expect(run.exactFacts).toEqual([]);
      expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf, trace })));
    }
  });

  it('does not call a sum exact when it reaches 2^53 (2^53 − 1 + 2 rounds to 2^53 in doubles): the ranks stay exact', () => {
    const cp = compilePack({ ...thresholds, ranking: { keys: [{ formula: 'industrial', order: 'desc' }] } });
    const big = Dataset.parse({
      ...data,
      projects: [
        project('P1', 'U1', { investment: '9007199254740991', industry: '二产' }),
        project('P2', 'U1', { investment: '2', industry: '二产' }),
        project('P3', 'U2', { investment: '9007199254740990', industry: '二产' }),
        project('P4', 'U2', { investment: '2', industry: '二产' }),
      ],
    });
    const run = evaluateFast(cp, big, { asOf });
    expect(run.fallback).toBeNull();
    expect(Array.from(run.groups[0]!.rank)).toEqual([1, 2, 3]);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, big, { asOf })));
  });

  it('counts projects by their outcomes (status from the project rules) on columns, each outcome from the exact engine’s project scope', () => {
    const cp = compilePack(
      pack({
        projectRules: { status: [{ status: 'lagging', reason: 'unsigned', when: { all: [{ fact: 'signedOn', operator: 'equal', value: null }] } }] },
        measures: [
          {
            id: 'lagging',
            name: '滞后项目',
            source: 'projects',
            aggregate: 'count',
            where: { all: [{ fact: 'status', operator: 'equal', value: 'lagging' }] },
          },
        ],
        ranking: { keys: [{ formula: 'total - lagging', order: 'desc' }] },
      }),
    );
    const run = evaluateFast(cp, data, { asOf, trace: true });
    expect(run.fallback).toBeNull();
    expect(run.exactFacts).toEqual([]);
    expect(Array.from(run.groups[0]!.rank)).toEqual([1, 2, 3]);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf, trace: true })));
  });

  it('reads an empty yes/no field as null, not as no, on columns as in the exact engine', () => {
    const cp = compilePack({
      ...thresholds,
      measures: [
        {
          id: 'notEstate',
          name: '非房地产项目',
          source: 'projects',
          aggregate: 'count',
          where: { all: [{ fact: 'realEstate', operator: 'equal', value: false }] },
        },
      ],
      facts: [],
      ranking: { keys: [{ formula: 'notEstate', order: 'desc' }] },
    });
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBeNull();
    // U1's two projects say no; U2's says nothing (null) and U3's yes: only U1 counts.
    expect(Array.from(run.groups[0]!.rank)).toEqual([1, 2, 2]);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf })));
  });

  it('gives each unit’s exact total: the double itself when every total is an integer, else re-added from its projects', () => {
    const cp = compilePack(thresholds);
    const cols = indexColumns(cp.pack, data)!;
    const periods = periodSeries(cp.pack.calendar, asOf);
    const rt = new RunState(cp, { units: [], groupUnits: [], targets: [], reports: [], events: [], projects: [] }, periods);
    const exact = (id: string) =>
      [0, 1, 2].map((u) =>
        projectTotals(cp, cols, id, rt, periods.length - 1)
          .exact(u)
          .toString(),
      );
    // P1 only is major and signed in the window.
    expect(exact('landed')).toEqual(['1/1', '0/1', '0/1']);
    // 30000 + 29999.99 and 0.1 are not integers: read again from the projects' text.
    expect(exact('industrial')).toEqual(['5999999/100', '1/10', '0/1']);
  });

  it('reads a computed boolean of the project rules as a value (compared with a yes/no field), nulls included', () => {
    const cp = compilePack(
      pack({
        projectRules: { facts: [{ id: 'big', name: '大项目', formula: 'if(investment == null, null, investment >= 30000)' }] },
        measures: [
          {
            id: 'bigAsFlagged',
            name: '大项目与房地产相同',
            source: 'projects',
            aggregate: 'count',
            where: { all: [{ fact: 'big', operator: 'notEqual', value: { fact: 'realEstate' } }] },
          },
        ],
        ranking: { keys: [{ formula: 'bigAsFlagged', order: 'desc' }] },
      }),
    );
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBeNull();
    expect(run.exactFacts).toEqual([]);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf })));
  });

  it('writes every slot of a slice’s lent columns: columns lent before, holding other values, change nothing', () => {
    // One measure, the first to lend the slice's columns: a sum over a field that is null for P4, P5 not in 二产.
    const cp = compilePack(pack({ measures: [thresholds.measures![1]!], ranking: { keys: [{ formula: 'industrial', order: 'desc' }] } }));
    const more = { ...data, projects: [...data.projects, project('P5', 'U3', { investment: '5', industry: '三产' })] };
    const expected = JSON.stringify(evaluate(cp, Dataset.parse(more), { asOf }));
    for (const stale of [0.1, 30000]) {
      forgetFree();
      // Columns of the slice's length given back dirty: the slice's fields and leaves are lent these.
      for (let k = 0; k < 32; k++) {
        scratch(more.projects.length).fill(stale);
        scratchBits(more.projects.length).fill(T);
      }
      takeBack();
      // A fresh copy: the run's project totals are kept per dataset, and these must be computed anew.
      expect(JSON.stringify(evaluateFast(cp, Dataset.parse(more), { asOf }).result())).toBe(expected);
    }
    forgetFree();
  });

  it.each([
    ['an unknown unit', project('P9', 'U9', { investment: '1' })],
    ['an investment that is not a number', project('P9', 'U1', { investment: '1万' })],
    ['an id that is an indicator', project('K1', 'U1', { investment: '1' })],
  ])('reports a project with %s with the exact engine’s error', (_, bad) => {
    const cp = compilePack(thresholds);
    const wrong = Dataset.parse({ ...data, projects: [...data.projects, bad] });
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof KaopingError ? [e.code, e.message, e.problems] : e;
      }
      return null;
    };
    expect(err(() => evaluateFast(cp, wrong, { asOf }))).toEqual(err(() => evaluate(cp, wrong, { asOf })));
  });
});
