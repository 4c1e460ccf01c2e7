import { readFileSync } from 'node:fs';
import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack } from '../../test/factory.ts';
import { compilePack } from '../index.ts';
import { PURE_FUNCTIONS } from '../formula/functions.ts';
import { SPECIAL_FORMS } from '../formula/special-forms.ts';
import { FACTS, factsOf } from './facts.ts';
import { FUNCTIONS } from './functions.ts';
import { OPERATOR_CATALOGUE } from './operators.ts';
import { renderPackReference } from './render-reference.ts';

function compiles(over: Parameters<typeof pack>[0]): string[] {
  try {
    compilePack(pack(over));
    return [];
  } catch (e) {
    if (e instanceof KaopingError) return e.problems.map((p) => `${p.pointer ?? ''} ${p.message}`);
    throw e;
  }
}

describe('engine catalogue', () => {
  it('names only facts the compiler knows, in their scope', () => {
    const unitNames = [...factsOf('period'), ...factsOf('unit')].map((f) => f.id);
    const unitFacts = unitNames.map((id, k) => ({ id: `f${k}`, name: `事实${k}`, formula: `coalesce(${id}, 0)` }));
    const indicatorFacts = Object.fromEntries(factsOf('indicator').map((f, k) => [`i${k}`, `coalesce(${f.id}, 0)`]));
    const leaf = (fact: string) => ({ fact, operator: 'notEqual' as const, value: 'x' });
    expect(
      compiles({
        facts: unitFacts,
        indicators: [{ id: 'K1', name: '指标一', input: 'sum', score: 'weight', facts: indicatorFacts }],
        // Project measures see every project name: fields, flags, reported investment and the outcomes.
        measures: [
          { id: 'pj', name: '项目', source: 'projects', aggregate: 'count', where: { all: factsOf('project').map((f) => leaf(f.id)) } },
          { id: 'ev', name: '事件', source: 'events', aggregate: 'count', where: { all: factsOf('event').map((f) => leaf(f.id)) } },
          { id: 'rp', name: '报送', source: 'reports', aggregate: 'count', where: { all: factsOf('report').map((f) => leaf(f.id)) } },
        ],
      }),
    ).toEqual([]);
  });

  it('lists every function the compiler has, and every operator', () => {
    expect(FUNCTIONS.map((f) => f.id).sort()).toEqual([...new Set([...Object.keys(PURE_FUNCTIONS), ...Object.keys(SPECIAL_FORMS)])].sort());
    expect(OPERATOR_CATALOGUE.map((o) => o.id)).toContain('inWindow');
    for (const f of FACTS) expect(f.label, f.id).not.toBe(f.id);
  });

  it('says which unit functions read their arguments per indicator', () => {
    const unit = FUNCTIONS.filter((f) => f.scopes.includes('unit'));
    const call = (f: (typeof FUNCTIONS)[number]) => `${f.id}(${Array.from({ length: Math.max(f.min, 1) }, () => 'done').join(', ')})`;
    const perIndicator = unit.filter((f) => compiles({ base: call(f) }).length === 0).map((f) => f.id);
    expect(perIndicator).toEqual(unit.filter((f) => f.argsScope === 'indicator').map((f) => f.id));
    expect(perIndicator.length).toBeGreaterThan(0);
  });

  it('keeps docs/pack-reference.md up to date (run `pnpm docs:pack`)', () => {
    const doc = readFileSync(new URL('../../../../docs/pack-reference.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderPackReference());
  });
});
