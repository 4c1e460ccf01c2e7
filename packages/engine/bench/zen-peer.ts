import type { Dataset } from '@kaoping/contracts';
import { ZenEngine } from '@gorules/zen-engine';
import { BONUS_CAP, BONUS_POINTS, TIERS, WEIGHT } from './district.ts';
import { rankAndDecide, type Scored, unitFacts } from './peers.ts';
import type { Outcome } from './outcome.ts';

const at = { x: 0, y: 0 };
const [[t1, f1], [t2, f2], [t3, f3]] = TIERS;

/** The same decision as a JDM graph: input → score (tiers, weights, bonus cap, veto) → total → output. */
export function districtGraph(): object {
  const tier = `(#.c >= ${t1} ? ${f1} : #.c >= ${t2} ? ${f2} : #.c >= ${t3} ? ${f3} : 0)`;
  const expr = (key: string, value: string) => ({ id: key, key, value });
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: '输入', position: at },
      {
        id: 'score',
        type: 'expressionNode',
        name: '计分',
        position: at,
        content: {
          expressions: [
            expr('points', `sum(map(xs, #.c == null ? 0 : #.w * ${tier}))`),
            expr('weights', 'sum(map(filter(xs, #.c != null), #.w))'),
            expr('missed', 'count(xs, #.c != null and #.c < 1)'),
            expr('bonus', `min([bonusCount * ${BONUS_POINTS}, ${BONUS_CAP}])`),
            expr('vetoed', 'vetoCount > 0'),
          ],
        },
      },
      {
        id: 'total',
        type: 'expressionNode',
        name: '总分',
        position: at,
        content: { expressions: [expr('total', '(weights > 0 ? points * 100 / weights : 0) + bonus'), expr('vetoed', 'vetoed'), expr('missed', 'missed')] },
      },
      { id: 'out', type: 'outputNode', name: '输出', position: at },
    ],
    edges: [
      ['in', 'score'],
      ['score', 'total'],
      ['total', 'out'],
    ].map(([s, t]) => ({ id: `${s}-${t}`, type: 'edge', sourceId: s, targetId: t })),
  };
}

/** GoRules zen (native): the graph evaluated per unit, 64 evaluations in flight; ranking and lists in JS. */
export function zenPeer(): (data: Dataset) => Promise<Outcome> {
  const decision = new ZenEngine().createDecision(districtGraph());
  return async (data) => {
    const facts = unitFacts(data);
    const scored = new Array<Scored>(facts.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < facts.length) {
        const k = next++;
        const u = facts[k]!;
        const xs = u.completion.map((c, j) => ({ c, w: WEIGHT(j) }));
        const { result } = await decision.evaluate({ xs, bonusCount: u.bonusCount, vetoCount: u.vetoCount });
        const r = result as { total: number; vetoed: boolean; missed: number };
        scored[k] = { id: u.id, group: u.group, total: r.total, vetoed: r.vetoed, missed: r.missed };
      }
    };
    await Promise.all(Array.from({ length: 64 }, worker));
    return rankAndDecide(scored, (s, rank, below) => ({ present: rank <= 3, statement: below < 2 && s.missed > 0 }));
  };
}
