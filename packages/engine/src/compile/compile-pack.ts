import type { Indicator, ParamOverrides, RulePack } from '@kaoping/contracts';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { parseDecimal, type Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { parsePack } from '../pack/validate-pack.ts';
import type { CompiledProjectRules } from '../project/compiled-project-rules.ts';
import { compileProjectRules } from '../project/compile-project-rules.ts';
import { PROJECT_LABELS } from '../project/project-names.ts';
import { factChainProblems, factCountProblems } from '../limits/pack-limits.ts';
import { Collector } from './collector.ts';
import type { CompiledIndicator, CompiledList, CompiledMeasure, CompiledPack } from './compiled.ts';
import { compileAdjustments, compileRanking, compileUnitFormulas } from './compile-unit.ts';
import { compileIndicator } from './compile-indicator.ts';
import { parameterProblems, paramValues } from './params.ts';
import { INDICATOR_BUILTINS, LABELS, PERIOD_NAMES, UNIT_BUILTINS, EVENT_FIELDS, REPORT_FIELDS } from './names.ts';
import { indicatorFactNames, rowScope, slotsOf, unitFactNames, unitScope, type UnitNames } from './scopes.ts';

function customIndicatorFacts(pack: RulePack, ind: Indicator): string[] {
  const method = ind.method === undefined ? undefined : pack.methods?.[ind.method];
  return [...new Set([...Object.keys(pack.defaults?.facts ?? {}), ...Object.keys(method?.facts ?? {}), ...Object.keys(ind.facts ?? {})])];
}

function buildNames(pack: RulePack, params: ReadonlyMap<string, Value>): UnitNames {
  const extra = [
    ...(pack.measures ?? []).map((m) => m.id),
    ...(pack.adjustments ?? []).flatMap((a) => [a.id, `${a.id}Raw`]),
    ...(pack.facts ?? []).map((f) => f.id),
  ];
  const indicators = new Map(pack.indicators.map((ind, index) => [ind.id, { index, names: indicatorFactNames(customIndicatorFacts(pack, ind)) }]));
  const anyIndicatorNames = new Set([...indicators.values()].flatMap((x) => [...x.names]));
  const unitFacts = unitFactNames(extra);
  return { unitFacts, indicators, anyIndicatorNames, unitSlots: slotsOf(unitFacts), indSlots: slotsOf(anyIndicatorNames), params };
}

function compileMeasures(pack: RulePack, projects: CompiledProjectRules, params: ReadonlyMap<string, Value>, c: Collector): Map<string, CompiledMeasure> {
  const scopes = {
    projects: projects.scope,
    events: rowScope('event', EVENT_FIELDS, new Map(), params),
    reports: rowScope('report', REPORT_FIELDS, new Map(), params),
  };
  return new Map(
    (pack.measures ?? []).map((m, k) => {
      const where = m.where === undefined ? null : c.condition(m.where, scopes[m.source], `/measures/${k}/where`);
      if (m.aggregate === 'sum' && m.field === undefined && m.source === 'projects') c.problem(`/measures/${k}/field`, '按项目求和时须指明字段，如 investment');
      // A project measure may sum a computed name (invested, a project fact) as well as a field.
      const computed = m.source === 'projects' && m.field !== undefined && !projects.fields.has(m.field);
      const value = computed ? projects.scope.ident(m.field as string) : null;
      if (computed && value === null)
        c.problem(`/measures/${k}/field`, `未知的项目字段 “${m.field}”。可用的有：${projects.scope.names().slice(0, 40).join('、')}`);
      return [m.id, { def: m, where, value }];
    }),
  );
}

function compileWeights(pack: RulePack, c: Collector): (Q | null)[][] {
  const groupIds = new Set(pack.groups.map((g) => g.id));
  const indIds = new Set(pack.indicators.map((i) => i.id));
  for (const [g, row] of Object.entries(pack.weights)) {
    if (!groupIds.has(g)) c.problem(`/weights/${g}`, `权重中的考评组 “${g}” 不存在`);
    for (const i of Object.keys(row)) if (!indIds.has(i)) c.problem(`/weights/${g}/${i}`, `权重中的指标 “${i}” 不存在`);
  }
  return pack.groups.map((g) =>
    pack.indicators.map((ind) => {
      const w = pack.weights[g.id]?.[ind.id];
      return w === undefined ? null : parseDecimal(w);
    }),
  );
}

function compileLists(pack: RulePack, names: UnitNames, c: Collector): CompiledList[] {
  const scope = unitScope(names);
  const groupIndex = new Map(pack.groups.map((g, k) => [g.id, k]));
  return (pack.lists ?? []).map((l, k) => ({
    id: l.id,
    name: l.name,
    amountUnit: l.amountUnit ?? null,
    rules: l.rules.map((r, j) => {
      const at = `/lists/${k}/rules/${j}`;
      (r.groups ?? []).forEach((g, n) => {
        if (!groupIndex.has(g)) c.problem(`${at}/groups/${n}`, `考评组 “${g}” 不存在`);
      });
      return {
        reason: r.reason,
        label: r.label ?? null,
        groups: r.groups === undefined ? null : new Set(r.groups.map((g) => groupIndex.get(g) ?? -1)),
        when: c.condition(r.when, scope, `${at}/when`),
        amount: r.amount === undefined ? null : c.formula(r.amount, scope, `${at}/amount`),
        detail: r.detail === undefined ? null : c.formula(r.detail, scope, `${at}/detail`),
      };
    }),
  }));
}

function labels(pack: RulePack): Map<string, string> {
  const m = new Map(Object.entries({ ...LABELS, ...PROJECT_LABELS }));
  for (const x of [
    ...pack.indicators,
    ...(pack.measures ?? []),
    ...(pack.facts ?? []),
    ...(pack.adjustments ?? []),
    ...(pack.projectFlags ?? []),
    ...(pack.projectRules?.facts ?? []),
    ...(pack.parameters ?? []),
  ])
    m.set(x.id, x.name);
  for (const [k, f] of Object.entries(pack.inputs?.projects?.fields ?? {})) if (f.label !== undefined) m.set(k, f.label);
  for (const a of pack.adjustments ?? []) m.set(`${a.id}Raw`, `${a.name}(封顶前)`);
  for (const g of pack.groups) m.set(`group:${g.id}`, g.name);
  return m;
}

/** Options of one compilation: the run's parameter overrides (方案参数). */
export interface CompileOptions {
  readonly params?: ParamOverrides;
}

/**
 * Validates a pack and compiles every formula and condition once, with the parameters' defaults
 * or the given overrides as constants. Throws KaopingError with one problem per bad node (JSON
 * pointer + sentence); never evaluates pack text as code.
 */
export function compilePack(input: unknown, options: CompileOptions = {}): CompiledPack {
  const pack = parsePack(input);
  const c = new Collector();
  const declared = parameterProblems(pack);
  if (declared.length > 0) throw new KaopingError(ErrorCode.RULE_PACK_INVALID, `规则包有 ${declared.length} 处错误`, declared);
  const tooMany = factCountProblems(pack);
  if (tooMany.length > 0) throw new KaopingError(ErrorCode.PACK_LIMIT_EXCEEDED, '规则包超出允许的规模', tooMany);
  const params = paramValues(pack, options.params);
  const reserved = new Set<string>([...UNIT_BUILTINS, ...PERIOD_NAMES, ...INDICATOR_BUILTINS]);
  c.uniqueIds([['/indicators', pack.indicators]], reserved);
  c.uniqueIds([['/groups', pack.groups]]);
  c.uniqueIds(
    [
      ['/measures', pack.measures],
      ['/adjustments', pack.adjustments],
      ['/facts', pack.facts],
      ['/parameters', pack.parameters],
    ],
    reserved,
  );
  c.uniqueIds([['/lists', pack.lists]]);
  const names = buildNames(pack, params);
  const weights = compileWeights(pack, c);
  const projectRules = compileProjectRules(pack, params, c);
  const indicators: CompiledIndicator[] = pack.indicators.map((ind, k) => compileIndicator(pack, ind, k, names, customIndicatorFacts(pack, ind), c));
  const compiled: CompiledPack = {
    pack,
    indicators,
    weights,
    indicatorIndex: new Map(pack.indicators.map((x, k) => [x.id, k])),
    groupIndicators: weights.map((row) => row.flatMap((w, k) => (w === null ? [] : [k]))),
    unitFormulas: compileUnitFormulas(pack, names, c),
    customFacts: (pack.facts ?? []).map((f) => f.id),
    measures: compileMeasures(pack, projectRules, params, c),
    params,
    projectRules,
    adjustments: compileAdjustments(pack, names, c),
    veto: pack.veto === undefined ? null : c.condition(pack.veto.when, unitScope(names), '/veto/when'),
    ranking: compileRanking(pack, names, c),
    lists: compileLists(pack, names, c),
    labels: labels(pack),
    unitSlots: names.unitSlots,
    indSlots: names.indSlots,
  };
  c.limits.push(...factChainProblems(pack, new Map([...compiled.unitFormulas].map(([k, f]) => [k, f.node]))));
  if (c.limits.length > 0) {
    throw new KaopingError(ErrorCode.PACK_LIMIT_EXCEEDED, `规则包有 ${c.limits.length} 处超出允许的规模`, c.limits);
  }
  if (c.problems.length > 0) {
    throw new KaopingError(ErrorCode.RULE_PACK_INVALID, `规则包有 ${c.problems.length} 处错误`, c.problems);
  }
  return compiled;
}
