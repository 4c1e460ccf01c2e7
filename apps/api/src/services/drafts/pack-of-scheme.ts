import { ErrorCode, KaopingError, type Problem } from '@kaoping/contracts';
import type { SchemeRow } from '@kaoping/store';

/**
 * A pack's id and name are its scheme's (README, Glossary): a draft whose `/id` or `/name` differs is refused with
 * both pointers, never rewritten. The name changes by renaming the scheme (方案设置), which updates the draft too.
 */
export function requirePackOfScheme(pack: { id: string; name: string }, scheme: SchemeRow): void {
  const problems: Problem[] = [];
  if (pack.id !== scheme.id)
    problems.push({ pointer: '/id', message: `规则包编号须为方案编号 “${scheme.id}”，不是 “${pack.id}”（编号属于方案，不能在规则中修改）` });
  if (pack.name !== scheme.name) {
    problems.push({ pointer: '/name', message: `规则包名称须为方案名称 “${scheme.name}”，不是 “${pack.name}”（请在方案设置中改名）` });
  }
  if (problems.length > 0) throw new KaopingError(ErrorCode.RULE_PACK_INVALID, '规则包的编号和名称属于方案', problems);
}
