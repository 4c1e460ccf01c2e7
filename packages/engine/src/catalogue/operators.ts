import { OPERATORS } from '@kaoping/contracts';
import type { OperatorEntry } from './types.ts';

const LABELS: Readonly<Record<(typeof OPERATORS)[number], [string, string?]>> = {
  equal: ['等于'],
  notEqual: ['不等于'],
  lessThan: ['小于', '低于'],
  lessThanInclusive: ['小于等于', '以下、不高于（含本数）'],
  greaterThan: ['大于', '高于、超过'],
  greaterThanInclusive: ['大于等于', '以上、不低于（含本数）'],
  in: ['属于', '值在列表中'],
  notIn: ['不属于', '值不在列表中'],
  contains: ['包含', '列表包含该值'],
  doesNotContain: ['不包含', '列表不包含该值'],
  inWindow: ['在统计期内', '日期在统计窗口内（value 为 true）或外（false）'],
};

/** Every condition operator with its Chinese label. */
export const OPERATOR_CATALOGUE: readonly OperatorEntry[] = OPERATORS.map((id) => {
  const [label, note] = LABELS[id];
  return note === undefined ? { id, label } : { id, label, note };
});
