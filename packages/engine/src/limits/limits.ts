/**
 * Work limits of the engine: the same constants for every pack, so that a pack (or its data) cannot
 * make a run or a compilation take unbounded time or memory. Each is checked deterministically
 * (counted, never timed), so the same pack and data pass or fail the same way everywhere.
 */
export const LIMITS = {
  /** Characters in one formula text. */
  formulaChars: 8000,
  /** Nesting of one formula: brackets, calls and conditionals (a flat chain `a + b + c` is one level). */
  formulaDepth: 64,
  /** Named facts in a pack: custom unit facts plus the custom facts of every indicator. */
  facts: 2000,
  /** Custom unit facts that refer to each other in one chain (`f3` uses `f2` uses `f1`). */
  factChain: 64,
  /** Formula steps in one run: each evaluation of a formula counts the operations it is made of. */
  steps: 50_000_000,
  /** Binary digits of the numerator or the denominator of one exact number (about 308 decimal digits). */
  exactBits: 1024,
} as const;
