import { ErrorCode, KaopingError, type Problem, RulePack } from '@kaoping/contracts';
import { zodProblems } from './zod-problems.ts';

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; problems: Problem[] };

/** Checks a pack's shape against the contract; every problem carries a JSON pointer. */
export function validatePack(json: unknown): PackValidation {
  const r = RulePack.safeParse(json);
  if (r.success) return { ok: true, pack: r.data };
  return { ok: false, problems: zodProblems(r.error.issues, json) };
}

/** Like validatePack, but throws KaopingError(RULE_PACK_INVALID) listing every problem. */
export function parsePack(json: unknown): RulePack {
  const r = validatePack(json);
  if (r.ok) return r.pack;
  throw new KaopingError(ErrorCode.RULE_PACK_INVALID, `规则包有 ${r.problems.length} 处错误`, r.problems);
}
