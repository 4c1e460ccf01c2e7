import type { RunResult } from '@kaoping/contracts';

/** 鼓楼区…季度考评 2021年第二季度考评结果（截至 2021-06-30） */
export function exportTitle(result: RunResult, group?: string): string {
  return `${result.pack.name} ${result.period.label}考评结果${group ? ` · ${group}` : ''}（截至 ${result.asOf}）`;
}
