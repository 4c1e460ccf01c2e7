import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { Value } from '../formula/ast.ts';

/** Marks a memo slot whose value is being computed: meeting it again is a cycle. */
export const BUSY = Symbol('busy');
/** A memo slot: a value, BUSY, or undefined (not computed yet). */
export type Slot = Value | typeof BUSY | undefined;

/**
 * Computes the value of slot k of `m` once; a value met again while it is being computed is a cycle,
 * reported with the names on `stack` (the facts being computed, outermost first).
 */
export function computeSlot(m: Slot[], k: number, stack: string[], key: string, compute: () => Value): Value {
  if (m[k] === BUSY) throw new KaopingError(ErrorCode.EVALUATION_FAILED, `公式循环引用：${[...stack, key].join(' → ')}`);
  m[k] = BUSY;
  stack.push(key);
  try {
    const v = compute();
    m[k] = v;
    return v;
  } catch (e) {
    m[k] = undefined;
    throw e;
  } finally {
    stack.pop();
  }
}
