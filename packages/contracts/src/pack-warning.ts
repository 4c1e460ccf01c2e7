/** Stable codes of pack warnings: things that validate but are probably not what the author meant. */
export const PackWarningCode = {
  /** An indicator has targets or reports for a group's units but no weight in that group. */
  UNWEIGHTED_WITH_DATA: 'UNWEIGHTED_WITH_DATA',
  /** A group's weights do not add up to the pack's declared `weightTotal`. */
  WEIGHT_TOTAL: 'WEIGHT_TOTAL',
  /** An indicator has no weight anywhere and no formula names it. */
  UNUSED_INDICATOR: 'UNUSED_INDICATOR',
  /** A pack fact, measure or parameter that no formula or condition uses. */
  UNUSED_FACT: 'UNUSED_FACT',
  /** A list rule whose literal comparisons contradict each other (or a fact's range). */
  RULE_NEVER_HOLDS: 'RULE_NEVER_HOLDS',
  /** Light bands on one fact leave a range of values with no light. */
  LIGHT_BAND_GAP: 'LIGHT_BAND_GAP',
} as const;
export type PackWarningCode = (typeof PackWarningCode)[keyof typeof PackWarningCode];

/** One warning, with a JSON pointer into the pack and a Chinese sentence. */
export interface PackWarning {
  readonly code: PackWarningCode;
  readonly pointer: string;
  readonly message: string;
}
