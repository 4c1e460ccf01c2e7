import { OPERATORS } from '@kaoping/contracts';
import { OPERATOR_LABELS } from '../condition/operators.ts';
import type { OperatorEntry } from './types.ts';

/** What an operator means beyond its label (the label is the one traces print, OPERATOR_LABELS). */
const NOTES: Readonly<Partial<Record<(typeof OPERATORS)[number], string>>> = {
  lessThan: '低于',
  lessThanInclusive: '以下、不高于（含本数）',
  greaterThan: '高于、超过',
  greaterThanInclusive: '以上、不低于（含本数）',
  in: '值在列表中',
  notIn: '值不在列表中',
  contains: '列表包含该值',
  doesNotContain: '列表不包含该值',
  inWindow: '日期在统计窗口内（value 为 true）或外（false）',
};

/** Every condition operator with its Chinese label. */
export const OPERATOR_CATALOGUE: readonly OperatorEntry[] = OPERATORS.map((id) => {
  const label = OPERATOR_LABELS[id];
  const note = NOTES[id];
  return note === undefined ? { id, label } : { id, label, note };
});
