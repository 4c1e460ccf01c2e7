import { join } from 'node:path';
import { formatProblem } from '@kaoping/contracts';
import { packWarnings, type CompiledPack } from '@kaoping/engine';
import { loadDataDir } from './load-data.ts';

/**
 * `assess validate`: the pack compiled (errors were thrown before this); prints one line per
 * warning (file + JSON pointer) and exits 0, or 1 with `--strict` when there are warnings.
 */
export function validate(cp: CompiledPack, packDir: string, dataDir: string | undefined, strict: boolean, out: (s: string) => void): number {
  const dataset = dataDir === undefined ? null : loadDataDir(dataDir, cp.pack);
  const warnings = packWarnings(cp.pack, { dataset });
  const file = join(packDir, 'pack.json');
  for (const w of warnings) out(`警告 ${w.code}: ${formatProblem({ file, pointer: w.pointer, message: w.message })}\n`);
  out(
    `规则包 ${cp.pack.id}（${cp.pack.name}）有效：${cp.pack.groups.length} 个考评组，${cp.pack.indicators.length} 项指标${warnings.length > 0 ? `，${warnings.length} 条警告` : ''}\n`,
  );
  if (warnings.length > 0 && strict) {
    out('--strict：有警告，视为不通过\n');
    return 1;
  }
  return 0;
}
