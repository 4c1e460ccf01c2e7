import { formatProblem, type Problem } from '@kaoping/contracts';

type Translate = (key: string, params?: Record<string, unknown>) => string;

function codeOf(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') return e.code;
  return null;
}

function problemsOf(e: unknown): Problem[] {
  if (typeof e === 'object' && e !== null && 'problems' in e && Array.isArray(e.problems)) return e.problems as Problem[];
  return [];
}

/** `errors.<CODE>` in the UI language, then up to three located problems from the server or engine. */
export function describeError(e: unknown, t: Translate, maxProblems = 3): string {
  const code = codeOf(e);
  const head = code !== null ? t(`errors.${code}`) : e instanceof Error ? e.message : String(e);
  const problems = problemsOf(e).filter((p) => p.message !== '');
  const lines = problems.slice(0, maxProblems).map(formatProblem);
  if (problems.length > maxProblems) lines.push(`… +${problems.length - maxProblems}`);
  return lines.length > 0 ? `${head}：${lines.join('；')}` : head;
}
