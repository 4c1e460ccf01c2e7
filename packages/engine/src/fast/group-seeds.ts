import type { CompiledPack } from '../compile/compiled.ts';
import { Q } from '../exact/q.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { Value } from '../formula/ast.ts';
import type { Columns } from './columns.ts';
import { GroupFacts } from './group-facts.ts';
import type { Seeds } from './block-memo.ts';
import type { Col } from './node.ts';
import { giveBack, lendingTo } from './pool.ts';
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
  private readonly own: Float64Array[] = [];
  private released = false;

  constructor(
    private readonly cp: CompiledPack,
    cols: Columns,
    private readonly g: number,
    period: PeriodInfo,
    private readonly p: number,
    events: EventTotals,
    /** Each unit's group, and its position among the group's members. */
    private readonly book: { readonly unitGroup: Int32Array; readonly pos: Int32Array },
  ) {
    // No exact engine behind it: a fact without a column form is not seeded.
    this.facts = new GroupFacts(cp, cols, g, cols.groupUnits[g]!, period, p, events);
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
    const x = c.v[j]!;
    if (c.t === 'b') return x === 1 ? true : x === 0 ? false : null;
    if (Number.isNaN(x)) return null;
    return c.e === null || c.e[j] === 0 ? intQ(x) : undefined;
  }

  /** The fact's column when it has one and is pure (not a measure or adjustment, whose rows are kept; not a light, memoized apart). */
  private seeded(i: number, name: string): Seeded | null {
    const pure = i >= 0 ? !LIGHTS.has(name) : !this.cp.measures.has(name) && !this.cp.adjustments.some((a) => a.id === name || `${a.id}Raw` === name);
    if (!pure) return null;
    try {
      return lendingTo(this.own, () => {
        const node = i < 0 ? this.facts.unitFact(name) : this.facts.indFact(i, name);
        return node.t === 'z' ? { t: 'z', v: NONE, e: null } : { t: node.t, ...node.col() };
      });
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

interface Seeded extends Col {
  readonly t: 'n' | 'b' | 'z';
}

const LIGHTS = new Set(['light', 'lightBase', 'lightReason']);
const NONE = new Float64Array(0);

/** Small integers are shared (a Q never changes): seeded values are mostly counts, targets and scores. */
const SMALL = 4096;
const ints: (Q | undefined)[] = [];
function intQ(x: number): Q {
  if (!(x >= -SMALL && x < SMALL)) return new Q(x);
  const k = x + SMALL;
  return (ints[k] ??= new Q(x));
}
