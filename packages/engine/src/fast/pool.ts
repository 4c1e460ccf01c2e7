/**
 * Columns lent for one group's evaluation and taken back when the group is decided, so that the
 * next group (and the next run) reuses them instead of leaving garbage: at 10,000 units a group
 * allocates a few hundred columns, and collecting them was a third of the time.
 */
const free = new Map<number, Float64Array[]>();
const lent: Float64Array[] = [];
/** Where `lend` records a column: the pool's list, or a caller's own (see `lendingTo`). */
let borrower: Float64Array[] = lent;
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
  const reused = free.get(n)?.pop();
  let c: Float64Array;
  if (reused === undefined) c = new Float64Array(n);
  else {
    freeBytes -= reused.byteLength;
    c = zero ? reused.fill(0) : reused;
  }
  borrower.push(c);
  return c;
}

/**
 * Runs `f` with the columns it lends recorded in `own` rather than in the pool's list: they outlive
 * `takeBack()` (another group's decisions) and go back to the pool with `giveBack(own)`.
 */
export function lendingTo<T>(own: Float64Array[], f: () => T): T {
  const before = borrower;
  borrower = own;
  try {
    return f();
  } finally {
    borrower = before;
  }
}

/** Gives back the columns recorded in `own` (nothing may read them afterwards). */
export function giveBack(own: Float64Array[]): void {
  keep(own.splice(0));
}

/** Takes back every column lent since the last call; nothing may read them afterwards. */
export function takeBack(): void {
  takeBackSince(0);
}

/** How many columns are lent now: a mark for `takeBackSince`. */
export function lentCount(): number {
  return lent.length;
}

/** Takes back the columns lent since `lentCount()` returned `mark` (a slice of projects' columns); the earlier ones stay lent. */
export function takeBackSince(mark: number): void {
  keep(lent.splice(mark));
}

/**
 * Forgets the free columns, kept for the next group's decisions and the next run's: a fast run that
 * has written its result gives them up (a run's decisions alone keep them, as before).
 */
export function forgetFree(): void {
  free.clear();
  freeBytes = 0;
}

/**
 * What the free list keeps once the process is idle: at 2,000 units all of a group's columns fit; at
 * 40,000 units they are 40 MB, more than the input's own columns, that nothing reads until the next run.
 */
const KEPT_WHEN_IDLE = 8 * 2 ** 20;
let trimming = false;

/**
 * Trims the free list to `KEPT_WHEN_IDLE` (the shortest columns kept first) when the current task
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

/** Trims the free list to `cap` bytes, the shortest columns kept first. */
function trim(cap: number): void {
  let kept = 0;
  for (const length of [...free.keys()].sort((a, b) => a - b)) {
    const list = free.get(length)!;
    // Columns of no members take no room.
    const fit = length === 0 ? list.length : Math.max(0, Math.min(list.length, Math.floor((cap - kept) / (8 * length))));
    list.length = fit;
    kept += fit * 8 * length;
    if (list.length === 0) free.delete(length);
  }
  freeBytes = kept;
}

/** Bytes in the free list (for tests). */
export function freeListBytes(): number {
  return freeBytes;
}

function keep(back: readonly Float64Array[]): void {
  // Columns of a group have one length: the free list is looked up when the length changes.
  let list: Float64Array[] = [];
  let length = -1;
  for (const c of back) {
    if (freeBytes + c.byteLength > MAX_FREE_BYTES) break;
    if (c.length !== length) {
      length = c.length;
      list = free.get(length) ?? [];
      free.set(length, list);
    }
    list.push(c);
    freeBytes += c.byteLength;
  }
}
