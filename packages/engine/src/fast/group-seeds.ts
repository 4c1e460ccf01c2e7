import type { CompiledPack } from '../compile/compiled.ts';
import { Q } from '../exact/q.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { Value } from '../formula/ast.ts';
import type { Columns, Values } from './columns.ts';
import { GroupFacts } from './group-facts.ts';
import type { Seeds } from './block-memo.ts';
import { boolOf, type Col } from './node.ts';
import { giveBack, type Lent, lendingTo, transient } from './pool.ts';
import type { EventTotals } from './sources.ts';

/**
 * Values of one group's facts that its columns hold exactly (booleans, nulls and integers whose
 * error bound is 0), for the exact states that write the group's units: a state takes such a value
 * instead of computing it, and reads no data for it. Only pure facts are seeded: measures and
 * adjustments (whose rows the result lists) and everything a column cannot hold are computed by the
 * exact engine as before. Its columns are its own (not taken back with another group's) until `release()`.
 */
export class GroupSeeds implements Seeds {
  private readonly facts: GroupFacts;
  /** Per memo slot (unit facts, then indicator facts): the fact's column, null when it has none; undefined until asked. */
  private readonly unitCols: (Seeded | null | undefined)[] = [];
  private readonly indCols: (Seeded | null | undefined)[] = [];
  private readonly own: Lent[] = [];
  private released = false;
  /** Each member's place in the result (by member position), and the block of places being written. */
  private readonly place: Int32Array;
  private block = -1;

  constructor(
    private readonly cp: CompiledPack,
    cols: Columns,
    private readonly g: number,
    period: PeriodInfo,
    private readonly p: number,
    events: EventTotals,
    /** Each unit's group, its position among the group's members, and each group's result order (member positions). */
    private readonly book: { readonly unitGroup: Int32Array; readonly pos: Int32Array; readonly groups: readonly { readonly order: Int32Array }[] },
  ) {
    // No exact engine behind it: a fact without a column form is not seeded.
    this.facts = new GroupFacts(cp, cols, g, cols.groupUnits[g]!, period, p, events);
    const order = book.groups[g]!.order;
    this.place = new Int32Array(order.length);
    order.forEach((j, k) => {
      this.place[j] = k;
    });
  }

  /** The result's unit at place k of the group is being written: its block's values are read from the columns in one pass. */
  writing(k: number): void {
    this.block = k >> BLOCK_BITS;
  }

  at(p: number, u: number, i: number, slot: number, name: string): Value | undefined {
    if (this.released || p !== this.p || this.book.unitGroup[u] !== this.g) return undefined;
    const cols = i < 0 ? this.unitCols : this.indCols;
    let c = cols[slot];
    if (c === undefined) {
      c = this.seeded(i, name);
      cols[slot] = c;
    }
    if (c === null) return undefined;
    if (c.t === 'z') return null;
    const j = this.book.pos[u]!;
    // A boolean column is a byte a member (a few pages for a group): read where it is.
    if (c.t === 'b') return boolOf(c.bits[j]!);
    const k = this.place[j]!;
    let x: number;
    let exact: boolean;
    if (k >> BLOCK_BITS === this.block) {
      const w = c.window.block === this.block ? c.window : this.fill(c);
      const t = k & (BLOCK - 1);
      x = w.v[t]!;
      exact = w.e[t] === 0;
    } else {
      x = c.v[j]!;
      exact = c.unseeded === null || c.unseeded[j] === 0;
    }
    if (Number.isNaN(x)) return null;
    return exact ? intQ(x) : undefined;
  }

  /**
   * The column's values (and error bounds) of the block being written, in result order. The result
   * is written in rank order, so reading a unit's facts straight from the columns (in member order)
   * missed the CPU's caches once per fact at 40,000 units; a block's values are gathered in one tight pass.
   */
  private fill(c: SeededNumbers): Window {
    const w = c.window;
    const order = this.book.groups[this.g]!.order;
    const from = this.block << BLOCK_BITS;
    const to = Math.min(order.length, from + BLOCK);
    for (let k = from; k < to; k++) {
      const j = order[k]!;
      w.v[k - from] = c.v[j]!;
      w.e[k - from] = c.unseeded === null ? 0 : c.unseeded[j]!;
    }
    w.block = this.block;
    return w;
  }

  /** The fact's column when it has one and is pure (not a measure or adjustment, whose rows are kept; not a light, memoized apart). */
  private seeded(i: number, name: string): Seeded | null {
    const pure = i >= 0 ? !LIGHTS.has(name) : !this.cp.measures.has(name) && !this.cp.adjustments.some((a) => a.id === name || `${a.id}Raw` === name);
    if (!pure) return null;
    try {
      // In a transient step: the number columns computed for it are given back once its values are
      // copied (a group's facts held 19 MB at 40,000 units); boolean columns stay lent, in `own`.
      let out: Seeded | null = NONE;
      lendingTo(this.own, () =>
        transient(this.facts.n, () => {
          const node = i < 0 ? this.facts.unitFact(name) : this.facts.indFact(i, name);
          if (node.t === 'b') out = { t: 'b', bits: node.bits() };
          else if (node.t === 'n') out = seededNumbers(node.col());
        }),
      );
      return out;
    } catch {
      // No column form (Unsupported), or a limit the columns reached: the exact engine computes it and reports its own errors.
      return null;
    }
  }

  /** Gives the columns back to the pool; no value is seeded afterwards. */
  release(): void {
    if (this.released) return;
    this.released = true;
    giveBack(this.own);
  }
}

/** A seeded fact's column: numbers (read through a window), booleans, or always null. */
type Seeded = SeededNumbers | { readonly t: 'b'; readonly bits: Uint8Array } | { readonly t: 'z' };

/** A number fact's values (NaN: null), and 1 for each member whose value is not exact (computed by the exact engine), or null when all are. */
interface SeededNumbers {
  readonly t: 'n';
  readonly v: Values;
  readonly unseeded: Uint8Array | null;
  readonly window: Window;
}

/** A column's values of one block of the result's places (`block`; −1: none yet), and whether each is not seeded (1). */
interface Window {
  block: number;
  readonly v: Float64Array;
  readonly e: Uint8Array;
}

/**
 * The seeded values of a number column, copied: the doubles of its exact values (4-byte floats when
 * each is one exactly), NaN for nulls, and the members whose value is not exact marked; null (not
 * seeded) when no member's value is exact.
 */
function seededNumbers({ v, e }: Col): SeededNumbers | null {
  const n = v.length;
  let unseeded: Uint8Array | null = null;
  let narrow = true;
  let exact = 0;
  for (let j = 0; j < n; j++) {
    const x = v[j]!;
    if (e !== null && e[j] !== 0 && x === x) {
      (unseeded ??= new Uint8Array(n))[j] = 1;
      continue;
    }
    exact++;
    if (x === x && Math.fround(x) !== x) narrow = false;
  }
  if (exact === 0 && n > 0) return null;
  const values = narrow ? new Float32Array(v) : Float64Array.from(v);
  return { t: 'n', v: values, unseeded, window: { block: -1, v: new Float64Array(BLOCK), e: new Uint8Array(BLOCK) } };
}

/** Places of the result per block: 64 (a few KB of windows per column the group seeds). */
const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;

const LIGHTS = new Set(['light', 'lightBase', 'lightReason']);
const NONE: Seeded = { t: 'z' };

/** Small integers are shared (a Q never changes): seeded values are mostly counts, targets and scores. */
const SMALL = 4096;
const ints: (Q | undefined)[] = [];
function intQ(x: number): Q {
  if (!(x >= -SMALL && x < SMALL)) return new Q(x);
  const k = x + SMALL;
  return (ints[k] ??= new Q(x));
}
