/**
 * Columns lent for one group's evaluation and taken back when the group is decided, so that the
 * next group (and the next run) reuses them instead of leaving garbage: at 10,000 units a group
 * allocates a few hundred columns, and collecting them was a third of the time.
 */
const free = new Map<number, Float64Array[]>();
/** Boolean columns (one byte a member), free by length apart from the doubles. */
const freeBits = new Map<number, Uint8Array[]>();
/** A column lent: doubles, or a boolean column's bytes. */
export type Lent = Float64Array | Uint8Array;
const lent: Lent[] = [];
/** Where `lend` records a column: the pool's list, or a caller's own (see `lendingTo`). */
let borrower: Lent[] = lent;
let freeBytes = 0;
const MAX_FREE_BYTES = 256 * 2 ** 20;

/** A zero-filled column of n doubles, valid until `takeBack()`. */
export function column(n: number): Float64Array {
  return lend(n, true);
}

/**
 * A column of n doubles whose values are left from an earlier use, valid until `takeBack()`: for a
 * node that writes every slot, so that it does not pay for zeroing it first.
 */
export function scratch(n: number): Float64Array {
  return lend(n, false);
}

function lend(n: number, zero: boolean): Float64Array {
  const reused = reuse(free, n);
  const c = reused === undefined ? new Float64Array(n) : zero ? reused.fill(0) : reused;
  borrower.push(c);
  return c;
}

/** A boolean column of n bytes whose values are left from an earlier use (the node writes every slot), valid until `takeBack()`. */
export function scratchBits(n: number): Uint8Array {
  const c = reuse(freeBits, n) ?? new Uint8Array(n);
  borrower.push(c);
  return c;
}

/** A free column of length n from `lists`, no longer counted as free; undefined when there is none. */
function reuse<C extends Lent>(lists: Map<number, C[]>, n: number): C | undefined {
  const c = lists.get(n)?.pop();
  if (c !== undefined) freeBytes -= c.byteLength;
  return c;
}

/**
 * Runs `f` with the columns it lends recorded in `own` rather than in the pool's list: they outlive
 * `takeBack()` (another group's decisions) and go back to the pool with `giveBack(own)`.
 */
export function lendingTo<T>(own: Lent[], f: () => T): T {
  const before = borrower;
  borrower = own;
  try {
    return f();
  } finally {
    borrower = before;
  }
}

/** Gives back the columns recorded in `own` (nothing may read them afterwards). */
export function giveBack(own: Lent[]): void {
  keep(own.splice(0));
}

/** Takes back every column lent since the last call; nothing may read them afterwards. */
export function takeBack(): void {
  takeBackSince(0);
}

/** How many columns the current borrower holds: a mark for `takeBackSince` in the same scope. */
export function lentCount(): number {
  return borrower.length;
}

/**
 * Takes back the columns lent since `lentCount()` returned `mark` (a slice of projects' columns); the
 * earlier ones stay lent. The borrower's list: a slice made inside `transient` or `lendingTo` is
 * taken back at once too, not held until that scope ends.
 */
export function takeBackSince(mark: number): void {
  keep(borrower.splice(mark));
}

/** What forgets the cached columns of the nodes filled in the current `transient` scope; null outside one. */
let filled: (() => void)[] | null = null;

/** Whether a transient step is running (a node that caches its column then says how to forget it). */
export function inTransient(): boolean {
  return filled !== null;
}

/** Called by a number node when it caches its column: inside `transient`, `forget` is called (the cache emptied) when the scope ends. */
export function noteFilled(forget: () => void): void {
  filled?.push(forget);
}

/**
 * Groups of fewer members keep every column until the group is decided: all of them fit in a few MB,
 * and computing a column again would cost more than it saves.
 */
let transientMembers = 4096;

/** Sets the group size from which `transient` gives columns back (tests run it on small groups); returns the previous one. */
export function transientFrom(members: number): number {
  const before = transientMembers;
  transientMembers = members;
  return before;
}

/**
 * Runs `f` (a step that writes its outcome into columns lent before it, such as one term of a sum),
 * then gives back every number column lent during it and empties the caches of the number nodes
 * filled during it: such a node read again computes its column again, to the same values, and its
 * exact values are had without it where it can (node.ts, `ExactWays.columnless`). So a sum over 30
 * indicators holds one indicator's columns at a time rather than all of them until the group is
 * decided (at 40,000 units, 24 MB lent at once became 2.4 MB). Nothing lent during `f` may be read
 * after it; a column cached before `f` began is never given back by it. Groups of fewer than 4,096
 * members (`transientFrom`) just run `f`.
 */
export function transient(n: number, f: () => void): void {
  if (n < transientMembers) {
    f();
    return;
  }
  const own: Lent[] = [];
  const forgets: (() => void)[] = [];
  const [outerBorrower, outerFilled] = [borrower, filled];
  borrower = own;
  filled = forgets;
  try {
    f();
  } finally {
    borrower = outerBorrower;
    filled = outerFilled;
    for (const forget of forgets) forget();
    // Boolean columns (a byte a member) stay lent, and their nodes keep them: read again by the next
    // steps (a term's gate, applicable, is read by three sums of the same group), they cost an eighth
    // of a number column to hold, and more than that to compute again.
    const doubles: Lent[] = [];
    for (const c of own) (c instanceof Uint8Array ? outerBorrower : doubles).push(c);
    keep(doubles);
  }
}

/**
 * Forgets the free columns, kept for the next group's decisions and the next run's: a fast run that
 * has written its result gives them up (a run's decisions alone keep them, as before).
 */
export function forgetFree(): void {
  free.clear();
  freeBits.clear();
  freeBytes = 0;
}

/**
 * What the free lists keep once the process is idle: at 2,000 units all of a group's columns fit; at
 * 40,000 units they are 20 MB and more, that nothing reads until the next run.
 */
const KEPT_WHEN_IDLE = 8 * 2 ** 20;
let trimming = false;

/**
 * Trims the free lists to `KEPT_WHEN_IDLE` (the shortest columns kept first) when the current task
 * ends: runs one after another in one task (a batch, the benchmark) reuse a group's columns, while a
 * server or page that has answered gives them up. Dropping them right after each run instead made
 * runs at 40,000 units one after another 10–30% slower: each allocated its 40 MB of columns again.
 */
export function trimWhenIdle(): void {
  if (trimming || freeBytes <= KEPT_WHEN_IDLE) return;
  trimming = true;
  const timer = setTimeout(() => {
    trimming = false;
    trim(KEPT_WHEN_IDLE);
  }, 0);
  // In Node the timer does not keep the process alive (a CLI exits as soon as it has written).
  (timer as { unref?: () => void }).unref?.();
}

/** Trims the free lists to `cap` bytes, the shortest columns kept first. */
function trim(cap: number): void {
  const lists: { lists: Map<number, Lent[]>; length: number; size: number }[] = [];
  for (const [length] of free) lists.push({ lists: free, length, size: 8 * length });
  for (const [length] of freeBits) lists.push({ lists: freeBits, length, size: length });
  let kept = 0;
  for (const { lists: of, length, size } of lists.sort((a, b) => a.size - b.size)) {
    const list = of.get(length)!;
    // Columns of no members take no room.
    const fit = size === 0 ? list.length : Math.max(0, Math.min(list.length, Math.floor((cap - kept) / size)));
    list.length = fit;
    kept += fit * size;
    if (list.length === 0) of.delete(length);
  }
  freeBytes = kept;
}

/** Bytes in the free lists (for tests). */
export function freeListBytes(): number {
  return freeBytes;
}

function keep(back: readonly Lent[]): void {
  // Columns of a group have one length: the free list is looked up when the length or the kind changes.
  let list: Lent[] = [];
  let length = -1;
  let bytes = false;
  for (const c of back) {
    if (freeBytes + c.byteLength > MAX_FREE_BYTES) break;
    const isBits = c instanceof Uint8Array;
    if (c.length !== length || isBits !== bytes) {
      length = c.length;
      bytes = isBits;
      const lists: Map<number, Lent[]> = bytes ? freeBits : free;
      list = lists.get(length) ?? [];
      lists.set(length, list);
    }
    list.push(c);
    freeBytes += c.byteLength;
  }
}
