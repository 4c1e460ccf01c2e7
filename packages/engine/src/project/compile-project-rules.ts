import type { RulePack } from '@kaoping/contracts';
import type { Collector } from '../compile/collector.ts';
import { PERIOD_NAMES } from '../compile/names.ts';
import { rowScope } from '../compile/scopes.ts';
import { projectFieldTypes } from '../evaluate/data-index.ts';
import type { Value } from '../formula/ast.ts';
import type { Getter } from '../formula/runtime.ts';
import type { CompiledProjectRules } from './compiled-project-rules.ts';
import { PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from './project-names.ts';
import { projectFactValue } from './record-project.ts';
import { invested, laggingPeriods, memoized, previousStatus, projectLight, projectLists, projectStatus, statusReasons } from './project-outcome.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/**
 * Compiles the project scope in layers, so that nothing can refer to itself: fields and flags, then
 * reported investment, then the facts (each sees the ones before it), then the status rules, the
 * light (may test `status`, `prevStatus`, `laggingPeriods`), the lists (may also test `light`);
 * measures see every name.
 */
export function compileProjectRules(pack: RulePack, params: ReadonlyMap<string, Value>, c: Collector): CompiledProjectRules {
  const fields = ['id', 'unitId', 'name', ...Object.keys(projectFieldTypes(pack))];
  const computed = new Map<string, Getter>();
  const scope = () => rowScope('project', fields, new Map(computed), params);
  (pack.projectFlags ?? []).forEach((f, k) => computed.set(f.id, c.condition(f.when, scope(), `/projectFlags/${k}/when`)));
  computed.set('invested', (ctx) => memoized(ctx, 'invested', () => invested(ctx, false)));
  computed.set('investedMonth', (ctx) => memoized(ctx, 'investedMonth', () => invested(ctx, true)));
  const rules = pack.projectRules;
  const reserved = new Set<string>([...fields, ...computed.keys(), ...PROJECT_PROGRESS_NAMES, ...PROJECT_OUTCOME_NAMES, ...PERIOD_NAMES]);
  c.uniqueIds([['/projectRules/facts', rules?.facts]], reserved);
  c.uniqueIds([['/projectRules/lists', rules?.lists]]);
  const out: Mutable<CompiledProjectRules> = {
    present: rules !== undefined,
    facts: [],
    status: [],
    light: [],
    lists: [],
    scope: scope(),
    fields: new Set(fields),
  };
  (rules?.facts ?? []).forEach((f, k) => {
    const at = scope();
    const formula = c.formula(f.formula, at, `/projectRules/facts/${k}/formula`, `项目事实 ${f.id}：`);
    const fact = { index: k, id: f.id, name: f.name, round: f.round ?? null, formula, scope: at };
    computed.set(f.id, (ctx) => memoized(ctx, f.id, () => projectFactValue(fact, ctx)));
    out.facts.push(fact);
  });
  const statusScope = scope();
  (rules?.status ?? []).forEach((r, k) => {
    out.status.push({
      status: r.status,
      reason: r.reason,
      label: r.label ?? null,
      cond: r.when,
      when: c.condition(r.when, statusScope, `/projectRules/status/${k}/when`),
      scope: statusScope,
    });
  });
  computed.set('status', (ctx) => projectStatus(out, ctx));
  computed.set('statusReasons', (ctx) => statusReasons(out, ctx));
  computed.set('prevStatus', (ctx) => previousStatus(out, ctx));
  computed.set('laggingPeriods', (ctx) => laggingPeriods(out, ctx));
  (rules?.light?.bands ?? []).forEach((b, k) => {
    const when = b.when === undefined ? null : c.condition(b.when, scope(), `/projectRules/light/bands/${k}/when`);
    out.light.push({ light: b.light, reason: b.reason ?? null, when, cond: b.when ?? null });
  });
  computed.set('light', (ctx) => projectLight(out, ctx, 'light'));
  computed.set('lightReason', (ctx) => projectLight(out, ctx, 'lightReason'));
  const listScope = scope();
  (rules?.lists ?? []).forEach((l, k) => {
    out.lists.push({
      id: l.id,
      name: l.name,
      rules: l.rules.map((r, j) => {
        const at = `/projectRules/lists/${k}/rules/${j}`;
        return {
          reason: r.reason,
          label: r.label ?? null,
          cond: r.when,
          when: c.condition(r.when, listScope, `${at}/when`),
          scope: listScope,
          detail: r.detail === undefined ? null : c.formula(r.detail, listScope, `${at}/detail`),
        };
      }),
    });
  });
  computed.set('lists', (ctx) => projectLists(out, ctx));
  out.scope = scope();
  return out;
}
