/** A ratio as a percentage with two decimals (1.3333 → 133.33%); empty for a missing or non-numeric value. */
export function percent(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? `${(n * 100).toFixed(2)}%` : '';
}
