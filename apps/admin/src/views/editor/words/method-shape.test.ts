import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RulePack } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { formulaLines, methodFrom, templateOf } from './method-shape.ts';

const load = (id: string): RulePack => JSON.parse(readFileSync(resolve(__dirname, `../../../../../../rules/${id}/pack.json`), 'utf8')) as RulePack;

describe('scoring methods from a described list', () => {
  it.each(['gulou-2021', 'jilin-2023', 'luocheng-2023'])('recognises every method of %s and rebuilds it byte for byte', (id) => {
    const pack = load(id);
    const methods = Object.entries(pack.methods ?? {});
    expect(methods.length).toBeGreaterThan(0);
    for (const [mid, m] of methods) {
      const t = templateOf(m);
      expect(t, mid).not.toBeNull();
      if (!t) continue;
      const rebuilt = { ...methodFrom(t), name: m.name, description: m.description, params: m.params };
      const ordered = Object.fromEntries(Object.keys(m).map((k) => [k, rebuilt[k as keyof typeof rebuilt]]));
      expect(JSON.stringify(ordered)).toBe(JSON.stringify(m));
      expect(
        Object.keys(rebuilt)
          .filter((k) => rebuilt[k as keyof typeof rebuilt] !== undefined)
          .sort(),
      ).toEqual(Object.keys(m).sort());
    }
  });

  it('calls a hand-edited formula custom', () => {
    const m = load('gulou-2021').methods?.cappedRatio;
    if (!m) throw new Error('no cappedRatio');
    expect(templateOf(m)?.id).toBe('cappedRatio');
    expect(templateOf({ ...m, score: 'weight * completion' })).toBeNull();
    expect(templateOf({ ...m, params: { cap: 1.3, extra: 1 } })).toBeNull();
  });

  it('writes a chosen method with its default parameters and shows its formulas', () => {
    const m = methodFrom({
      id: 'x',
      name: '排位计分',
      description: 'd',
      params: [{ key: 'step', label: '每位递减比例', default: 0.1 }],
      formulas: { plan: 'target', facts: { f: 'rank' }, score: 'weight * f' },
    });
    expect(m).toEqual({ name: '排位计分', description: 'd', params: { step: 0.1 }, plan: 'target', facts: { f: 'rank' }, score: 'weight * f' });
    expect(formulaLines(m)).toEqual(['plan = target', 'f = rank', 'score = weight * f']);
  });
});
