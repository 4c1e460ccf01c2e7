import { LIMITS } from './limits.ts';

/**
 * An exact number beyond `LIMITS.exactBits`. A RangeError, so a formula literal that is too long is
 * reported at compile time like any other bad number; at run time the formula's guard names the node.
 */
export class ExactSizeError extends RangeError {
  constructor() {
    super(
      `计算结果的数字过长（分子或分母超过 ${LIMITS.exactBits} 位二进制，约 ${Math.floor(LIMITS.exactBits * Math.log10(2))} 位十进制），请检查公式是否反复相乘或乘方`,
    );
  }
}

/** A run that evaluated more than `LIMITS.steps` formulas. */
export class StepBudgetError extends Error {
  constructor() {
    super(`计算量超出上限（一次运行最多计算 ${LIMITS.steps.toLocaleString('en-US')} 次公式），请简化规则或减少数据`);
  }
}

/** True for the errors a run raises when it reaches a limit. */
export function isLimitError(e: unknown): e is ExactSizeError | StepBudgetError {
  return e instanceof ExactSizeError || e instanceof StepBudgetError;
}
