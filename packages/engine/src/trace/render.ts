import { OPERATOR_LABELS } from '../condition/operators.ts';
import type { ConditionRecord } from '../evaluate/record/record-condition.ts';
import { isSpecial } from '../evaluate/record/read-sites.ts';
import type { FormulaRecord } from '../evaluate/record/record-formula.ts';
import type { Node, Value } from '../formula/ast.ts';
import { showValue } from '../formula/values.ts';
import { explainSteps, renderNode } from './render-node.ts';

type Labels = ReadonlyMap<string, string>;
/** What a formula's evaluation read, as `readSkipped` completes it. */
type Reads = Pick<FormulaRecord, 'sites' | 'read'>;

function valueAt(rec: Reads, key: string | number): string {
  return showValue(rec.read[rec.sites.slot.get(key) ?? -1] ?? null);
}

/** The formula with names replaced by their Chinese labels (`rec` null) or by the values recorded in `rec`. */
function renderFormula(node: Node, labels: Labels, rec: Reads | null): string {
  const label = (name: string): string => labels.get(name) ?? name;
  return renderNode(node, {
    values: rec !== null,
    id: (name) => (rec === null ? label(name) : valueAt(rec, name)),
    member: (object, prop) => (rec === null ? `${object}.${label(prop)}` : valueAt(rec, `${object}.${prop}`)),
    callValue: (call) => (rec !== null && isSpecial(call.fn) ? valueAt(rec, call.id) : null),
  });
}

/** “标签 = 公式 = 代入数值 = 结果” from a formula's record, dropping steps that say nothing new. */
export function explainFormula(name: string, node: Node, labels: Labels, rec: Reads, result: string): string {
  return explainSteps(name, [renderFormula(node, labels, null), renderFormula(node, labels, rec), result]);
}

/** How a condition shows a value of fact `fact`: a literal of the pack (`literal`) or the value a fact was read as. */
export type ShowLeafValue = (fact: string, value: Value, literal: boolean) => string;

const plainValue: ShowLeafValue = (_fact, value) => showValue(value);

/** A condition in words from its record: each comparison with the fact's value and ✓ or ✗. */
export function renderCondition(rec: ConditionRecord, labels: Labels, show: ShowLeafValue = plainValue): string {
  switch (rec.kind) {
    case 'leaf': {
      const right =
        rec.valueFact === null ? show(rec.fact, rec.value, true) : `${labels.get(rec.valueFact) ?? rec.valueFact} ${show(rec.valueFact, rec.value, false)}`;
      return `${labels.get(rec.fact) ?? rec.fact} ${show(rec.fact, rec.factValue, false)} ${OPERATOR_LABELS[rec.operator]} ${right} ${rec.result ? '✓' : '✗'}`;
    }
    case 'all':
      return rec.parts.map((x) => renderCondition(x, labels, show)).join('；且 ');
    case 'any':
      return `（${rec.parts.map((x) => renderCondition(x, labels, show)).join('；或 ')}）`;
    case 'not':
      return `非（${renderCondition(rec.part, labels, show)}）`;
  }
}
