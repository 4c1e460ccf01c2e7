import { KaopingError, type Dataset, type PackWarning, type Problem, type RulePack } from '@kaoping/contracts';
import { compilePack, packWarnings, validatePack, type CompiledPack } from '@kaoping/engine';
import { validateAgainstSchema, type SchemaProblem } from './schema-validate.ts';
import { staticChecks, type StaticFinding } from './static-checks.ts';

export interface PackDiagnostics {
  /** JSON Schema problems (ajv on rule-pack.schema.json). */
  schema: SchemaProblem[];
  /** Problems from the engine: pack validation, then formula and condition compilation. */
  engine: Array<Problem & { code: string }>;
  findings: StaticFinding[];
  /** The engine's pack warnings (the same `assess validate` prints), with the scheme's data when loaded. */
  warnings: PackWarning[];
  /** The pack as the engine reads it (defaults filled in), when valid. */
  parsed: RulePack | null;
  compiled: CompiledPack | null;
}

function fromThrown(e: unknown): Array<Problem & { code: string }> {
  if (e instanceof KaopingError) {
    const list = e.problems.length > 0 ? e.problems : [{ message: e.message }];
    return list.map((p) => ({ ...p, code: e.code }));
  }
  return [{ message: e instanceof Error ? e.message : String(e), code: 'INTERNAL' }];
}

/** Runs every check on a (possibly broken) pack; never throws. */
export function diagnosePack(json: unknown, dataset: Dataset | null = null): PackDiagnostics {
  const schema = validateAgainstSchema(json);
  let findings: StaticFinding[] = [];
  try {
    findings = staticChecks(json as RulePack);
  } catch {
    // A pack too broken to walk already has schema problems; nothing more to say here.
  }
  const checked = validatePack(json);
  if (!checked.ok)
    return {
      schema,
      engine: checked.problems.map((p: Problem) => ({ ...p, code: 'RULE_PACK_INVALID' })),
      findings,
      warnings: [],
      parsed: null,
      compiled: null,
    };
  const warnings = packWarnings(checked.pack, { dataset });
  try {
    return { schema, engine: [], findings, warnings, parsed: checked.pack, compiled: compilePack(checked.pack) };
  } catch (e) {
    return { schema, engine: fromThrown(e), findings, warnings, parsed: checked.pack, compiled: null };
  }
}
