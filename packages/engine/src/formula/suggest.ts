/** How many names an error message lists before saying how many more there are. */
const LISTED = 60;

/** Levenshtein distance between two names (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The candidate nearest to `name` (case differences count little), or null when none is close. */
export function closestName(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(1, Math.floor(name.length / 3)) && bestD < name.length ? best : null;
}

/**
 * The tail of an "unknown name" message: a did-you-mean suggestion, then every valid name (at most
 * 60, then how many more).
 */
export function namesHint(name: string, candidates: readonly string[], what = '名称'): string {
  const unique = [...new Set(candidates)];
  if (unique.length === 0) return '';
  const near = closestName(name, unique);
  const shown = unique.slice(0, LISTED).join('、');
  const more = unique.length > LISTED ? `…（还有 ${unique.length - LISTED} 个）` : '';
  return `${near === null ? '' : `。是不是 “${near}”？`}${near === null ? '。' : ''}可用的${what}有：${shown}${more}`;
}

/** Candidates for an unknown name: for `K5.x` the members of K5, else the plain names. */
export function candidatesFor(name: string, names: readonly string[]): string[] {
  const dot = name.indexOf('.');
  if (dot < 0) return names.filter((n) => !n.includes('.'));
  const prefix = name.slice(0, dot + 1);
  const members = names.filter((n) => n.startsWith(prefix));
  return members.length > 0 ? members : [...names];
}
