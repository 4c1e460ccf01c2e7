import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { Value } from '../formula/ast.ts';

/** What computes a fact without a memo (the exact engine's run state). */
export interface Computes {
  computeUnit(p: number, u: number, name: string): Value;
  computeInd(p: number, u: number, i: number, name: string): Value;
}

const BUSY = Symbol('busy');
type Slot = Value | typeof BUSY | undefined;

/**
 * The memo of a state that computes a few units (a block of a fast run's result): one dense row of
 * slots per unit it is asked about, kept in a map by unit number. The exact engine's memo is one
 * array over every unit of the run, indexed by unit number: for a block of 64 units out of 40,000
 * that array is either huge or sparse (V8 then keeps it as a dictionary, and every read hashes).
 * Cycles are reported as the exact engine reports them.
 */
export class BlockMemo {
  private readonly rows: Map<number, Slot[]>[] = [];
  private readonly stack: string[] = [];
  private lastUnit = -1;
  private lastK = -1;
  private lastRow: Slot[] = [];

  /** `width`: slots per unit; `kind` tells the unit rows (0) from the indicator rows (1) of a period. */
  constructor(private readonly width: readonly [number, number]) {}

  /**
   * Fact `name` of unit `u` (indicator `i`, or −1 for a unit fact) in period `p`, at `slot` of the
   * unit's row, computed once by `rt`.
   */
  get(rt: Computes, p: number, u: number, i: number, slot: number, name: string): Value {
    const row = this.row(p, i < 0 ? 0 : 1, u);
    const hit = row[slot];
    if (hit !== undefined && hit !== BUSY) return hit;
    if (hit === BUSY) throw new KaopingError(ErrorCode.EVALUATION_FAILED, `公式循环引用：${[...this.stack, name].join(' → ')}`);
    row[slot] = BUSY;
    this.stack.push(name);
    try {
      const v = i < 0 ? rt.computeUnit(p, u, name) : rt.computeInd(p, u, i, name);
      row[slot] = v;
      return v;
    } catch (e) {
      row[slot] = undefined;
      throw e;
    } finally {
      this.stack.pop();
    }
  }

  private row(p: number, kind: 0 | 1, u: number): Slot[] {
    // Reads come in runs for one unit: the last row is kept at hand.
    const k = 2 * p + kind;
    if (u === this.lastUnit && k === this.lastK) return this.lastRow;
    while (this.rows.length <= k) this.rows.push(new Map());
    const m = this.rows[k]!;
    let row = m.get(u);
    if (row === undefined) {
      row = new Array<Slot>(this.width[kind]);
      m.set(u, row);
    }
    this.lastUnit = u;
    this.lastK = k;
    this.lastRow = row;
    return row;
  }
}
