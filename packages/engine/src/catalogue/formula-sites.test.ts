import type { RulePackInput } from '@kaoping/contracts';
import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack } from '../../test/factory.ts';
import { compilePack } from '../index.ts';
import { factsOf } from './facts.ts';
import { FORMULA_SITES, formulaSiteAt } from './formula-sites.ts';
import type { FormulaSite, SiteScope } from './types.ts';

const when = { all: [] };
/** A pack with something at every site; K2 takes its formulas from method m and the defaults. */
const base = (): RulePackInput =>
  pack({
    indicators: [
      { id: 'K1', name: '指标一', input: 'sum', facts: { y: '1' }, light: { bands: [{ light: 'green', when }] } },
      { id: 'K2', name: '指标二', input: 'sum', method: 'm' },
    ],
    weights: { towns: { K1: 50, K2: 50 } },
    methods: { m: { name: '方法', score: '0', facts: { z: '1' } } },
    defaults: { facts: { x: '1' } },
    facts: [{ id: 'f', name: '事实', formula: '1' }],
    adjustments: [{ id: 'adj', name: '扣分', kind: 'deduction', items: [{ id: 'A', name: '事项', points: 1, count: '0' }] }],
    ranking: { eligible: 'true', keys: [{ formula: 'total', order: 'desc' }] },
    lists: [{ id: 'l', name: '名单', rules: [{ reason: 'r', when, amount: '1', detail: '1' }] }],
    veto: { when },
    measures: [{ id: 'pm', name: '项目数', source: 'projects', aggregate: 'count', where: when }],
    projectFlags: [{ id: 'flag', name: '标记', when }],
    projectRules: {
      facts: [{ id: 'pf', name: '项目事实', formula: '1' }],
      status: [{ status: 'lagging', reason: 's', when }],
      light: { bands: [{ light: 'red', when }] },
      lists: [{ id: 'pl', name: '清单', rules: [{ reason: 'r', when, detail: '1' }] }],
    },
  });

/** The concrete pointers of a site: each listed key, index 0, method `m`, indicator fact `x` (defined only in the defaults). */
function concrete(site: FormulaSite): string[] {
  const parts = site.pattern.split('/').slice(1);
  const options = parts.map((p, k) => {
    if (p.startsWith('{')) return p.slice(1, -1).split(',');
    if (p !== '*') return [p];
    if (parts[k - 1] === 'methods') return ['m'];
    return [parts[k - 1] === 'facts' && parts[0] !== 'facts' && parts[0] !== 'projectRules' ? 'x' : '0'];
  });
  return options.reduce<string[]>((acc, opts) => acc.flatMap((a) => opts.map((o) => `${a}/${o}`)), ['']);
}

function place(p: RulePackInput, pointer: string, value: unknown): RulePackInput {
  const keys = pointer.split('/').slice(1);
  let node = p as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return p;
}

/** Problems of the pack with `names` written at the site (as a list formula, or one leaf each). */
function problems(site: FormulaSite, at: string, names: readonly string[]): string[] {
  const value = site.kind === 'formula' ? `[${names.join(', ')}]` : { all: names.map((fact) => ({ fact, operator: 'notEqual', value: 'zzz' })) };
  try {
    compilePack(place(base(), at, value));
    return [];
  } catch (e) {
    if (!(e instanceof KaopingError)) throw e;
    return e.problems.map((x) => `${x.pointer ?? ''} ${x.message}`);
  }
}

const scopeOf = (site: FormulaSite): SiteScope => (site.scope === 'source' ? 'project' : site.scope);
const builtins = (site: FormulaSite) => {
  const scope = scopeOf(site);
  const own = scope === 'indicator' ? [...factsOf('indicator'), ...factsOf('unit')] : factsOf(scope);
  return [...own, ...factsOf('period')].map((f) => f.id).filter((id) => !(site.hides ?? []).includes(id));
};
/** A built-in name each scope must not see. */
const FOREIGN: Readonly<Record<SiteScope, string>> = { unit: 'completion', indicator: 'investment', project: 'total', event: 'value', report: 'kind' };

describe('formula sites', () => {
  it.each(FORMULA_SITES.map((s) => [s.pattern, s] as const))('%s is compiled at its pointer, in its scope', (_, site) => {
    for (const at of concrete(site)) {
      expect(formulaSiteAt(at, base().measures)?.pattern).toBe(site.pattern);
      expect(
        problems(site, at, ['zzzUnknown']).some((m) => m.startsWith(at)),
        at,
      ).toBe(true);
      expect(problems(site, at, builtins(site))).toEqual([]);
      for (const hidden of [...(site.hides ?? []), FOREIGN[scopeOf(site)]]) expect(problems(site, at, [hidden]), `${at} ${hidden}`).not.toEqual([]);
    }
  });

  it('takes a measure filter’s scope from its source, and knows no site elsewhere', () => {
    const measures = [{ source: 'projects' }, { source: 'events' }, { source: 'reports' }];
    expect([0, 1, 2].map((k) => formulaSiteAt(`/measures/${k}/where/all/0/fact`, measures)?.scope)).toEqual(['project', 'event', 'report']);
    expect(formulaSiteAt('/indicators/0/facts/x')?.scope).toBe('indicator');
    expect(formulaSiteAt('/ranking/keys/1/formula')?.scope).toBe('unit');
    expect(formulaSiteAt('/projectRules/facts/0/formula')?.hides).toContain('status');
    for (const p of ['/indicators/0/name', '/ranking/keys/1/order', '/measures/0/field', '/base/x', '/calendar/start'])
      expect(formulaSiteAt(p, measures)).toBeNull();
  });
});
