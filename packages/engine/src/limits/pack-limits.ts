import type { Problem, RulePack } from '@kaoping/contracts';
import type { Node } from '../formula/ast.ts';
import { namesIn } from './formula-depth.ts';
import { LIMITS } from './limits.ts';

/** How many named facts a pack declares (unit facts, indicator facts, measures, adjustments, project facts). */
function factCount(pack: RulePack): number {
  const methods = Object.values(pack.methods ?? {}).reduce((n, m) => n + Object.keys(m.facts ?? {}).length, 0);
  const indicators = pack.indicators.reduce((n, i) => n + Object.keys(i.facts ?? {}).length, 0);
  return (
    (pack.facts ?? []).length +
    Object.keys(pack.defaults?.facts ?? {}).length +
    methods +
    indicators +
    (pack.measures ?? []).length +
    (pack.adjustments ?? []).length +
    (pack.projectRules?.facts ?? []).length
  );
}

/** A pack that declares more facts than `LIMITS.facts`, refused before anything is compiled. */
export function factCountProblems(pack: RulePack): Problem[] {
  const n = factCount(pack);
  return n > LIMITS.facts ? [{ pointer: '/facts', message: `规则包共定义了 ${n} 个指标项/事实，超过上限 ${LIMITS.facts} 个` }] : [];
}

/**
 * Custom unit facts that build on each other in a chain longer than `LIMITS.factChain`; the problem
 * names the last fact of the longest chain. Cycles are left to the run (it reports them by name).
 */
export function factChainProblems(pack: RulePack, nodes: ReadonlyMap<string, Node>): Problem[] {
  const index = new Map((pack.facts ?? []).map((f, k) => [f.id, k]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    if (node === undefined || visiting.has(id)) return 0;
    visiting.add(id);
    let d = 1;
    for (const name of namesIn(node)) if (index.has(name)) d = Math.max(d, 1 + depthOf(name));
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  const problems: Problem[] = [];
  for (const [id, k] of index) {
    const d = depthOf(id);
    if (d > LIMITS.factChain) {
      problems.push({ pointer: `/facts/${k}/formula`, message: `事实 “${id}” 依赖的事实链有 ${d} 层，超过上限 ${LIMITS.factChain} 层` });
      break;
    }
  }
  return problems;
}
