import type { CompiledPack } from '../compile/compiled.ts';
import { isQ, roundHalfUp } from '../exact/q.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { DataIndex } from '../evaluate/data-index.ts';
import { type RankInfo, rankGroup } from '../evaluate/ranking.ts';
import { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import { BlockMemo, type Computes } from './block-memo.ts';
import type { GroupSeeds } from './group-seeds.ts';
import type { FastGroup } from './fast-groups.ts';

/** Where each unit sits in its group's fast decisions. */
export interface RankBook {
  readonly groups: readonly FastGroup[];
  readonly unitGroup: Int32Array;
  /** The unit's position among its group's members. */
  readonly pos: Int32Array;
}

export function rankBook(groups: readonly FastGroup[], unitGroup: Int32Array): RankBook {
  const pos = new Int32Array(unitGroup.length);
  for (const g of groups)
    g.members.forEach((u, j) => {
      pos[u] = j;
    });
  return { groups, unitGroup, pos };
}

/**
 * What outlives one state: the group-level memo of the exact engine (values over a group's members,
 * read by group functions) and earlier periods' rankings. Per-unit memo (lights, project outcomes)
 * stays with its state: these keys' prefixes are the exact engine's (run-state.ts, project-outcome.ts).
 */
export class SharedMemo {
  readonly groupLevel = new Map<string, unknown>();
  readonly ranks = new Map<string, Map<number, RankInfo>>();
  /** The facts the columns of the group being written hold exactly (taken instead of computed), or null. */
  seeds: GroupSeeds | null = null;
}

/** Whether a memo key is per unit (`light|`, `project|`, `lists|`): tested by its first letter first, as every read of the memo asks. */
const perUnit = (key: string): boolean => {
  const c = key.charCodeAt(0);
  if (c === 108) return key.startsWith('light|') || key.startsWith('lists|');
  return c === 112 && key.startsWith('project|');
};

/** Slot names by slot number, once per pack. */
const slotNames = new WeakMap<CompiledPack, readonly [readonly string[], readonly string[]]>();
function namesOf(cp: CompiledPack): readonly [readonly string[], readonly string[]] {
  let x = slotNames.get(cp);
  if (x === undefined) {
    x = [[...cp.unitSlots.keys()], [...cp.indSlots.keys()]];
    slotNames.set(cp, x);
  }
  return x;
}

/** A memo that keeps group-level entries in the shared one and the rest (per unit) for itself. */
class SplitCache extends Map<string, unknown> {
  constructor(private readonly shared: Map<string, unknown>) {
    super();
  }

  private own(key: string): boolean {
    return perUnit(key);
  }

  override get(key: string): unknown {
    return this.own(key) ? super.get(key) : this.shared.get(key);
  }

  override has(key: string): boolean {
    return this.own(key) ? super.has(key) : this.shared.has(key);
  }

  override set(key: string, value: unknown): this {
    if (this.own(key)) super.set(key, value);
    else this.shared.set(key, value);
    return this;
  }
}

/**
 * The exact engine's run state for a few units at a time: the last period's ranks are the fast
 * path's, earlier rankings and group-level values are shared through `SharedMemo`, and everything
 * else it computes (every fact of every unit it is asked about) is dropped with it. A fast run
 * writes its result with one such state per block of units, so memory stays bounded by the block.
 */
export class StreamState extends RunState {
  private readonly rows: BlockMemo;
  private readonly names: readonly [readonly string[], readonly string[]];
  /** The exact engine's computation of one fact without its memo, for the block memo to call on a miss. */
  private readonly computes: Computes = {
    computeUnit: (p, u, name) => this.computeUnit(p, u, name),
    computeInd: (p, u, i, name) => this.computeInd(p, u, i, name),
  };

  constructor(
    cp: CompiledPack,
    data: DataIndex,
    periods: readonly PeriodInfo[],
    private readonly book: RankBook,
    private readonly shared: SharedMemo,
  ) {
    super(cp, data, periods);
    // The base class's memo field is replaced by one that routes group-level entries to the shared memo.
    Object.defineProperty(this, 'cache', { value: new SplitCache(shared.groupLevel), writable: false });
    this.names = namesOf(cp);
    this.rows = new BlockMemo([this.names[0].length, cp.indicators.length * this.names[1].length]);
  }

  override unitSlot(p: number, u: number, slot: number): Value {
    return this.rows.get(this.computes, this.shared.seeds, p, u, -1, slot, this.names[0][slot]!);
  }

  override indSlot(p: number, u: number, i: number, slot: number): Value {
    return this.rows.get(this.computes, this.shared.seeds, p, u, i, i * this.names[1].length + slot, this.names[1][slot]!);
  }

  /** From the fast path's arrays (the block view's units are a proxy, slow to read on every fact). */
  override groupOf(u: number): number {
    return this.book.unitGroup[u]!;
  }

  override rankInfo(p: number, u: number): RankInfo {
    if (p === this.periods.length - 1) return this.pinned(p, u);
    // As the exact engine ranks an earlier period (its RankInfo holds plain values), once per run.
    const key = `${p}|${this.groupOf(u)}`;
    let r = this.shared.ranks.get(key);
    if (r === undefined) {
      r = rankGroup(this, this.cp.ranking, p, this.groupMembers(u));
      this.shared.ranks.set(key, r);
    }
    return r.get(u) as RankInfo;
  }

  private pinned(p: number, u: number): RankInfo {
    const g = this.book.groups[this.book.unitGroup[u]!]!;
    const j = this.book.pos[u]!;
    const ranked = g.rank[j]! > 0;
    const keysOf = () => this.keysOf(p, u);
    return {
      rank: ranked ? g.rank[j]! : null,
      below: ranked ? g.below[j]! : null,
      above: ranked ? g.rank[j]! - 1 : null,
      ranked: g.ranked,
      get keys() {
        return keysOf();
      },
    };
  }

  private keysOf(p: number, u: number) {
    return this.cp.ranking.keys.map((k) => {
      const v = k.get.get(this.ctx(p, u));
      return k.round !== null && isQ(v) ? roundHalfUp(v, k.round) : v;
    });
  }
}

/**
 * States for blocks of `size` units: the same state while consecutive reads stay in one block. A
 * state's rows of facts are few (block-memo.ts); what it keeps per unit of its block is small (lights,
 * list hits, measure rows). Fewer, longer-lived states left less garbage in the old generation:
 * streaming 10,000 units moved 31–58 MB there with blocks of 64 units, about 25 MB with 256 to 2,048.
 */
export function blockStates(make: () => StreamState, size = 256): (u: number, k: number) => StreamState {
  let state: StreamState | null = null;
  let block = -1;
  return (_u, k) => {
    const b = Math.floor(k / size);
    if (state === null || b !== block) {
      state = make();
      block = b;
    }
    return state;
  };
}
