import type { Value } from '../formula/ast.ts';
import { BUSY, computeSlot, type Slot } from '../evaluate/memo-slot.ts';
import { UnitCache } from './unit-cache.ts';

/** What computes a fact without a memo (the exact engine's run state). */
export interface Computes {
  computeUnit(p: number, u: number, name: string): Value;
  computeInd(p: number, u: number, i: number, name: string): Value;
}

/** Values known without computing them (the fast path's exact columns); undefined: compute it. */
export interface Seeds {
  /** Fact `name` of unit u (indicator i, or −1) in period p, at `slot` of the memo's row. */
  at(p: number, u: number, i: number, slot: number, name: string): Value | undefined;
}

/**
 * Rows kept per period and kind (a row holds every fact of one unit, or of all its indicators). A
 * row is needed while its unit is written, or while a group function reads the members' facts.
 * Keeping the rows of a whole block until its state was dropped made them (and the exact values in
 * them) outlive young-generation collections, and V8 let hundreds of MB of them pile up, dead, in
 * the old generation while a result was streamed. The oldest row is forgotten instead: a fact read
 * again is computed again, to the same value.
 */
const KEEP_ROWS = 8;

/**
 * The memo of a state that computes a few units (a block of a fast run's result): one dense row of
 * slots per unit it is asked about, the last few kept by unit number. The exact engine's memo is one
 * array over every unit of the run, indexed by unit number: for a block of 256 units out of 40,000
 * that array is either huge or sparse (V8 then keeps it as a dictionary, and every read hashes).
 * Cycles are reported as the exact engine reports them.
 */
export class BlockMemo {
  private readonly rows: UnitCache<Slot[]>[] = [];
  private readonly stack: string[] = [];
  /** The rows of the facts being computed, innermost last: never forgotten (their BUSY marks find cycles). */
  private readonly open: Slot[][] = [];
  private readonly busy = (row: Slot[]): boolean => this.open.includes(row);
  /** Per kind, the last row read, of which unit and period. */
  private readonly lastUnit = [-1, -1];
  private readonly lastP = [-1, -1];
  private readonly lastRow: Slot[][] = [[], []];

  /** `width`: slots per unit; `kind` tells the unit rows (0) from the indicator rows (1) of a period. */
  constructor(
    private readonly width: readonly [number, number],
    private readonly keep = KEEP_ROWS,
  ) {}

  /**
   * Fact `name` of unit `u` (indicator `i`, or −1 for a unit fact) in period `p`, at `slot` of the
   * unit's row: taken from `seeds` when they know it, else computed once by `rt`.
   */
  get(rt: Computes, seeds: Seeds | null, p: number, u: number, i: number, slot: number, name: string): Value {
    const row = this.row(p, i < 0 ? 0 : 1, u);
    const hit = row[slot];
    if (hit !== undefined && hit !== BUSY) return hit;
    const seeded = hit === undefined && seeds !== null ? seeds.at(p, u, i, slot, name) : undefined;
    if (seeded !== undefined) {
      row[slot] = seeded;
      return seeded;
    }
    return this.compute(rt, row, p, u, i, slot, name);
  }

  /**
   * Computes a fact missing from its row. Apart from `get` because the closure it makes captures the
   * arguments: in `get`, V8 allocated their context on every read, hit or not (80 bytes a read).
   */
  private compute(rt: Computes, row: Slot[], p: number, u: number, i: number, slot: number, name: string): Value {
    this.open.push(row);
    try {
      return computeSlot(row, slot, this.stack, name, () => (i < 0 ? rt.computeUnit(p, u, name) : rt.computeInd(p, u, i, name)));
    } finally {
      this.open.pop();
    }
  }

  private row(p: number, kind: 0 | 1, u: number): Slot[] {
    // Reads come in runs for one unit: the last row is kept at hand.
    if (u === this.lastUnit[kind] && p === this.lastP[kind]) return this.lastRow[kind]!;
    const k = 2 * p + kind;
    while (this.rows.length <= k) this.rows.push(new UnitCache(this.keep));
    const cache = this.rows[k]!;
    let row = cache.get(u);
    if (row === undefined) {
      row = new Array<Slot>(this.width[kind]);
      cache.add(u, row, this.busy);
    }
    this.lastUnit[kind] = u;
    this.lastP[kind] = p;
    this.lastRow[kind] = row;
    return row;
  }
}
