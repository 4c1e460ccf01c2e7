import { PROJECT_STATUS_NAMES } from '@kaoping/contracts';
import type { Value } from '../formula/ast.ts';
import { showValue } from '../formula/values.ts';
import type { ShowLeafValue } from '../trace/render.ts';

const VALUE_NAMES: Record<string, Record<string, string>> = {
  status: PROJECT_STATUS_NAMES,
  light: { green: '绿灯', yellow: '黄灯', red: '红灯' },
};

/** A value as shown next to the name it belongs to: statuses and lights in Chinese. */
export function projectValueText(name: string, value: Value): string {
  return typeof value === 'string' ? (VALUE_NAMES[name]?.[value] ?? value) : showValue(value);
}

/** How a project condition shows its values: statuses and lights in Chinese, a list of literals item by item. */
export const showProjectValue: ShowLeafValue = (fact, value, literal) =>
  literal && Array.isArray(value) ? value.map((x) => projectValueText(fact, x)).join('、') : projectValueText(fact, value);
