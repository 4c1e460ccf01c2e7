import { PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from '../project/project-names.ts';
import type { FormulaSite, SiteScope } from './types.ts';

/** The formulas an indicator, a method or the defaults may give, in the order the editor shows them. */
export const INDICATOR_FORMULA_KEYS = ['actual', 'applicable', 'plan', 'completion', 'score', 'done'] as const;

const INDICATOR_FORMULAS = `{${INDICATOR_FORMULA_KEYS.join(',')}}`;
const OUTCOMES: readonly string[] = PROJECT_OUTCOME_NAMES;
/** Project names computed after a layer, in the order compileProjectRules sets them. */
const AFTER_STATUS = ['light', 'lightReason', 'lists'];

/**
 * Every place of a rule pack where the compiler reads a formula or a condition, and the scope it
 * compiles it in. Project rules are compiled in layers: `hides` lists the built-in project names
 * not yet defined at that place (a project fact cannot test `status`, which follows from the facts).
 */
export const FORMULA_SITES: readonly FormulaSite[] = [
  { pattern: `/indicators/*/${INDICATOR_FORMULAS}`, kind: 'formula', scope: 'indicator', label: '指标公式' },
  { pattern: '/indicators/*/facts/*', kind: 'formula', scope: 'indicator', label: '指标自定义事实' },
  { pattern: '/indicators/*/light/bands/*/when', kind: 'condition', scope: 'indicator', label: '亮灯条件' },
  { pattern: `/methods/*/${INDICATOR_FORMULAS}`, kind: 'formula', scope: 'indicator', label: '计分方法公式' },
  { pattern: '/methods/*/facts/*', kind: 'formula', scope: 'indicator', label: '计分方法事实' },
  { pattern: `/defaults/${INDICATOR_FORMULAS}`, kind: 'formula', scope: 'indicator', label: '指标默认公式' },
  { pattern: '/defaults/facts/*', kind: 'formula', scope: 'indicator', label: '指标默认事实' },
  { pattern: '/{base,total}', kind: 'formula', scope: 'unit', label: '基础分、总分' },
  { pattern: '/facts/*/formula', kind: 'formula', scope: 'unit', label: '单位事实' },
  { pattern: '/adjustments/*/items/*/count', kind: 'formula', scope: 'unit', label: '加扣分次数' },
  { pattern: '/ranking/eligible', kind: 'formula', scope: 'unit', label: '参与排名条件' },
  { pattern: '/ranking/keys/*/formula', kind: 'formula', scope: 'unit', label: '排名依据' },
  { pattern: '/lists/*/rules/*/{amount,detail}', kind: 'formula', scope: 'unit', label: '名单金额、说明' },
  { pattern: '/lists/*/rules/*/when', kind: 'condition', scope: 'unit', label: '名单条件' },
  { pattern: '/veto/when', kind: 'condition', scope: 'unit', label: '一票否决条件' },
  {
    pattern: '/projectFlags/*/when',
    kind: 'condition',
    scope: 'project',
    label: '项目标记（可用在前的标记）',
    hides: [...PROJECT_PROGRESS_NAMES, ...OUTCOMES],
  },
  { pattern: '/projectRules/facts/*/formula', kind: 'formula', scope: 'project', label: '项目事实（可用在前的事实）', hides: OUTCOMES },
  { pattern: '/projectRules/status/*/when', kind: 'condition', scope: 'project', label: '项目状态条件', hides: OUTCOMES },
  { pattern: '/projectRules/light/bands/*/when', kind: 'condition', scope: 'project', label: '项目亮灯条件', hides: AFTER_STATUS },
  { pattern: '/projectRules/lists/*/rules/*/when', kind: 'condition', scope: 'project', label: '项目清单条件', hides: ['lists'] },
  { pattern: '/projectRules/lists/*/rules/*/detail', kind: 'formula', scope: 'project', label: '项目清单说明', hides: ['lists'] },
  { pattern: '/measures/*/where', kind: 'condition', scope: 'source', label: '统计量筛选（按 source：项目、事件或报送）' },
];

function segmentMatches(pattern: string, segment: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('{')) return pattern.slice(1, -1).split(',').includes(segment);
  return pattern === segment;
}

const SOURCE_SCOPES: Readonly<Record<string, SiteScope>> = { projects: 'project', events: 'event', reports: 'report' };

/**
 * The site a JSON pointer is at (a formula, or a node inside a condition), with its scope;
 * `/measures/k/where` takes its scope from measure k's `source`. Null where no formula is compiled.
 */
export function formulaSiteAt(pointer: string, measures: readonly { readonly source: string }[] = []): (FormulaSite & { scope: SiteScope }) | null {
  const segments = pointer.split('/').slice(1);
  for (const site of FORMULA_SITES) {
    const parts = site.pattern.split('/').slice(1);
    const fits = site.kind === 'formula' ? parts.length === segments.length : parts.length <= segments.length;
    if (!fits || !parts.every((p, k) => segmentMatches(p, segments[k] ?? ''))) continue;
    if (site.scope !== 'source') return { ...site, scope: site.scope };
    const scope = SOURCE_SCOPES[measures[Number(segments[1])]?.source ?? ''];
    return scope === undefined ? null : { ...site, scope };
  }
  return null;
}
