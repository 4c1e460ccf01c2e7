/** Last day of a month, YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Month ends from the calendar start up to and including `asOf`'s month. */
export function monthEndsUntil(start: string, asOf: string): string[] {
  const [sy, sm] = start.split('-').map(Number);
  const [ay, am] = asOf.split('-').map(Number);
  if (!sy || !sm || !ay || !am) return [];
  const out: string[] = [];
  for (let y = sy, m = sm; y < ay || (y === ay && m <= am); m === 12 ? ((m = 1), y++) : m++) out.push(monthEnd(y, m));
  return out;
}

/** Quarter ends and the year end of the calendar year of `start`, for the period picker. */
export function quarterEnds(start: string): string[] {
  const y = Number(start.slice(0, 4));
  return [3, 6, 9, 12].map((m) => monthEnd(y, m));
}
