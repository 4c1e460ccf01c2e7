import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../test/factory.ts';
import { METHOD_TEMPLATES } from './method-templates.ts';

const methodOf = (id: string) => {
  const t = METHOD_TEMPLATES.find((m) => m.id === id);
  if (!t) throw new Error(id);
  const params = Object.fromEntries(t.params.map((p) => [p.key, p.default]));
  return { name: t.name, description: t.description, ...(t.params.length > 0 ? { params } : {}), ...t.formulas };
};

describe('method templates', () => {
  it('have unique ids and Chinese names for every parameter', () => {
    expect(new Set(METHOD_TEMPLATES.map((t) => t.id)).size).toBe(METHOD_TEMPLATES.length);
    for (const t of METHOD_TEMPLATES) for (const p of t.params) expect(p.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(METHOD_TEMPLATES.filter((t) => t.formulas.score !== undefined).map((t) => t.id))('%s scores the unit that did more higher', (id) => {
    const p = pack({ methods: { m: methodOf(id) }, indicators: [{ id: 'K1', name: '指标一', input: 'sum', method: 'm' }] });
    const result = run(p, unitsWithValues(['6', '0.5']));
    const [u1, u2] = result.groups[0]?.units ?? [];
    expect(u1?.rank).toBe(1);
    expect(u2?.rank).toBe(2);
    expect(Number(u1?.total)).toBeGreaterThan(Number(u2?.total));
  });

  it.each(METHOD_TEMPLATES.filter((t) => t.formulas.score === undefined).map((t) => t.id))('%s compiles for a lights-only indicator', (id) => {
    const p = pack({ methods: { m: methodOf(id) }, indicators: [{ id: 'K1', name: '指标一', input: 'sum', method: 'm', score: '0' }] });
    expect(run(p, unitsWithValues(['6'])).groups[0]?.units).toHaveLength(1);
  });
});
