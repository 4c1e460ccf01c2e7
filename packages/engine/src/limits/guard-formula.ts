import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { Getter } from '../formula/runtime.ts';
import { isLimitError } from './limit-errors.ts';

/** The error of a run that reached a limit, naming the pack node (JSON pointer) where it happened. */
export function runLimitError(message: string, pointer?: string): KaopingError {
  const where = pointer === undefined ? '' : `规则包 ${pointer === '' ? '/' : pointer} 处的公式`;
  return new KaopingError(ErrorCode.RUN_LIMIT_EXCEEDED, `${where}${where === '' ? '' : '：'}${message}`, [
    { ...(pointer === undefined ? {} : { pointer }), message },
  ]);
}

/**
 * Counts each evaluation of a compiled formula (`cost` steps: its size) against the run's step budget, and turns a limit
 * reached inside it into a RUN_LIMIT_EXCEEDED error that names the formula's JSON pointer. The
 * innermost formula names itself; outer ones pass its error on.
 */
export function guardFormula(get: Getter, pointer: string, cost: number): Getter {
  return (ctx) => {
    try {
      ctx.rt.tick?.(cost);
      return get(ctx);
    } catch (e) {
      if (isLimitError(e)) throw runLimitError(e.message, pointer);
      throw e;
    }
  };
}
