import type { RulePack } from '@kaoping/contracts';
import { FUNCTIONS, METHOD_TEMPLATES, factsOf, formulaSiteAt, type FactEntry, type FunctionEntry, type SiteScope, type ValueType } from '@kaoping/engine';
import { factsFor } from './fact-catalog.ts';
import type { FactOption } from './condition-labels.ts';

/** A name a formula may use at some pointer: a fact, a parameter, an indicator (`K1.`) or a function. */
export interface CompletionName {
  id: string;
  /** Chinese label shown beside the id. */
  label: string;
  kind: 'fact' | 'indicator' | 'function';
  /** Type or signature, shown in grey. */
  detail: string;
  /** What a function looks at, from the catalogue. */
  note?: string;
  /** What selecting it writes: the id, `K1.` for an indicator, `round()` for a function. */
  insert: string;
}

const KIND_LABEL: Record<FactOption['kind'], string> = { number: '数值', string: '文本', boolean: '是/否', date: '日期', list: '列表' };
const TYPE_LABEL: Record<ValueType, string> = { number: '数值', text: '文本', boolean: '是/否', date: '日期', light: '灯色', list: '列表' };
const ARGS = ['x', 'y', 'z', 'w'];

/** `round(x, y?)`, `min(x, …)`, `if(x, y, z)`: the arity as a signature. */
function signature(f: Pick<FunctionEntry, 'id' | 'min' | 'max'>): string {
  const shown = f.max === Infinity ? Math.max(f.min, 1) : f.max;
  const args = Array.from({ length: shown }, (_, k) => `${ARGS[k] ?? `x${k + 1}`}${k >= f.min ? '?' : ''}`);
  return `${f.id}(${[...args, ...(f.max === Infinity ? ['…'] : [])].join(', ')})`;
}

const fact = (f: FactOption): CompletionName => ({
  id: f.id,
  label: f.label,
  kind: f.paths === undefined ? 'fact' : 'indicator',
  detail: f.paths === undefined ? KIND_LABEL[f.kind] : '指标',
  insert: f.paths === undefined ? f.id : `${f.id}.`,
});
const builtin = (f: FactEntry): CompletionName => ({ id: f.id, label: f.label, kind: 'fact', detail: TYPE_LABEL[f.type], insert: f.id });
const custom = (id: string, label: string): CompletionName => ({ id, label, kind: 'fact', detail: '数值', insert: id });
/** Method params have no label in the pack; the templates name the usual ones (cap 封顶值 …). */
const paramLabel = (key: string) => METHOD_TEMPLATES.flatMap((t) => t.params).find((p) => p.key === key)?.label ?? '参数';

/** The custom facts and params an indicator formula at `pointer` sees: its indicator's or method's, and the defaults'. */
function indicatorOwn(pack: RulePack, pointer: string): { params: string[]; facts: string[] } {
  const [root, at] = pointer.split('/').slice(1);
  const ind = root === 'indicators' ? pack.indicators[Number(at)] : undefined;
  const methodId = root === 'methods' ? at : ind?.method;
  const method = methodId === undefined ? undefined : pack.methods?.[methodId];
  return {
    params: [...Object.keys(method?.params ?? {}), ...Object.keys(ind?.params ?? {})],
    facts: [...Object.keys(pack.defaults?.facts ?? {}), ...Object.keys(method?.facts ?? {}), ...Object.keys(ind?.facts ?? {})],
  };
}

/** Project flags and facts are compiled in order: each sees only the ones before it. */
function laterProjectNames(pack: RulePack, pointer: string): Set<string> {
  const [root, sub, at] = pointer.split('/').slice(1);
  const flags = (pack.projectFlags ?? []).map((f) => f.id);
  const facts = (pack.projectRules?.facts ?? []).map((f) => f.id);
  if (root === 'projectFlags') return new Set([...flags.slice(Number(sub)), ...facts]);
  if (root === 'projectRules' && sub === 'facts') return new Set(facts.slice(Number(at)));
  return new Set();
}

/** Inside indicatorSum(…) and friends a unit formula reads every indicator's facts (no indicator params). */
function overIndicators(pack: RulePack): { params: string[]; facts: string[] } {
  return { params: [], facts: [...new Set(pack.indicators.flatMap((_, k) => indicatorOwn(pack, `/indicators/${k}`).facts))] };
}

function factNames(pack: RulePack, pointer: string, scope: SiteScope | 'indicators', hides: readonly string[]): CompletionName[] {
  if (scope === 'indicator' || scope === 'indicators') {
    const own = scope === 'indicator' ? indicatorOwn(pack, pointer) : overIndicators(pack);
    const names = [...own.params.map((p) => custom(p, paramLabel(p))), ...own.facts.map((f) => custom(f, '指标事实'))];
    return [...names, ...factsOf('indicator').map(builtin), ...factsFor('unit', pack).map(fact)];
  }
  const hidden = new Set([...hides, ...(scope === 'project' ? laterProjectNames(pack, pointer) : [])]);
  return factsFor(scope, pack)
    .filter((f) => !hidden.has(f.id))
    .map(fact);
}

function selfName(pack: RulePack, pointer: string): string[] {
  const unit = /^\/facts\/(\d+)\/formula$/.exec(pointer);
  if (unit !== null) return [pack.facts?.[Number(unit[1])]?.id ?? ''];
  const indicator = /^\/(?:indicators\/\d+|methods\/[^/]+|defaults)\/facts\/([^/]+)$/.exec(pointer);
  return indicator === null ? [] : [indicator[1] ?? ''];
}

/** Unit functions whose arguments are evaluated once per indicator of the unit's group. */
export const OVER_INDICATORS: ReadonlySet<string> = new Set(FUNCTIONS.filter((f) => f.argsScope === 'indicator').map((f) => f.id));

/**
 * Every name valid at a formula pointer, from the engine's catalogue (its sites, facts and functions)
 * and the pack's own names; empty where no formula is compiled. Ids are unique, the nearest scope
 * first. `inIndicatorCall`: the caret is inside indicatorSum(…) or a like function of a unit formula.
 */
export function namesAt(pack: RulePack, pointer: string, inIndicatorCall = false): CompletionName[] {
  const site = formulaSiteAt(pointer, pack.measures ?? []);
  if (site === null) return [];
  const scope = inIndicatorCall && site.scope === 'unit' ? 'indicators' : site.scope;
  const fnScope = scope === 'indicators' ? 'indicator' : scope;
  const functions = FUNCTIONS.filter((f) => f.scopes.includes(fnScope)).map((f): CompletionName => ({
    id: f.id,
    label: f.label,
    kind: 'function',
    detail: signature(f),
    insert: `${f.id}()`,
    ...(f.note === undefined ? {} : { note: f.note }),
  }));
  // A fact's own formula naming the fact is a cycle: not offered.
  const seen = new Set<string>(selfName(pack, pointer));
  return [...factNames(pack, pointer, scope, site.hides ?? []), ...functions].filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
}

/** The facts of indicator `object` a unit or indicator formula may read as `K1.done`; none for other names. */
export function membersOf(pack: RulePack, pointer: string, object: string): CompletionName[] {
  const scope = formulaSiteAt(pointer, pack.measures ?? [])?.scope;
  const k = pack.indicators.findIndex((i) => i.id === object);
  if (k < 0 || (scope !== 'unit' && scope !== 'indicator')) return [];
  const own = [...new Set(indicatorOwn(pack, `/indicators/${k}`).facts)].map((f) => custom(f, '指标事实'));
  return [...factsOf('indicator').map(builtin), ...own].map((n) => ({ ...n, insert: `${object}.${n.id}` }));
}
