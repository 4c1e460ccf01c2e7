import { ErrorCode, KaopingError, type ParamOverrides } from '@kaoping/contracts';

/** `--param statementCount=3` options as overrides; the engine checks names and types against the pack. */
export function parseParams(args: readonly string[]): ParamOverrides {
  const out: ParamOverrides = {};
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) throw new KaopingError(ErrorCode.VALIDATION_FAILED, `--param 须写成 名称=值，如 --param statementCount=3，而不是 “${a}”`);
    out[a.slice(0, eq).trim()] = a.slice(eq + 1);
  }
  return out;
}
