import { ErrorCode, KaopingError, type ParamOverrides, type RulePack } from '@kaoping/contracts';
import { compilePack, validatePack, type CompiledPack } from '@kaoping/engine';

/**
 * Validates and compiles a pack. Throws RULE_PACK_INVALID (schema problems, or bad ids, formulas and
 * conditions found by the compiler), each problem with a JSON pointer into the pack; a bad
 * parameter override gives VALIDATION_FAILED with pointer `/params/<id>`.
 */
export function checkPack(json: unknown, params: ParamOverrides = {}): { pack: RulePack; compiled: CompiledPack } {
  const result = validatePack(json);
  if (!result.ok) throw new KaopingError(ErrorCode.RULE_PACK_INVALID, '规则包有误', result.problems);
  return { pack: result.pack, compiled: compilePack(result.pack, { params }) };
}
