import { parseArgs } from 'node:util';
import { formatProblem, KaopingError } from '@kaoping/contracts';
import { evaluate, findGaps } from '@kaoping/engine';
import { validate } from './validate.ts';
import { formatCsv } from './format-csv.ts';
import { formatTable } from './format-table.ts';
import { loadDataDir } from './load-data.ts';
import { loadPackDir } from './load-pack.ts';
import { parseParams } from './parse-params.ts';

const USAGE = `用法:
  assess validate <规则包目录> [--data <数据目录>] [--strict]
  assess run <规则包目录> --data <数据目录> --as-of YYYY-MM-DD [--format table|json|csv] [--trace] [--param 名称=值 …]`;

/** Runs the CLI with arguments; writes to `out`/`err` and returns the exit code. */
export function runCli(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  try {
    return run(argv, out, err);
  } catch (e) {
    if (e instanceof KaopingError) {
      err(`${e.code}: ${e.message}\n`);
      for (const p of e.problems) err(`${formatProblem(p)}\n`);
      return 1;
    }
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      err(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'table' },
      trace: { type: 'boolean', default: false },
      param: { type: 'string', multiple: true },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, packDir] = positionals;
  if (values.help === true || command === undefined || packDir === undefined) {
    out(`${USAGE}\n`);
    return values.help === true ? 0 : 2;
  }
  const cp = loadPackDir(packDir, parseParams(values.param ?? []));
  if (command === 'validate') return validate(cp, packDir, values.data, values.strict === true, out);
  if (command !== 'run') throw new KaopingError('VALIDATION_FAILED', `未知命令 “${command}”\n${USAGE}`);
  const asOf = values['as-of'];
  if (values.data === undefined || asOf === undefined) throw new KaopingError('VALIDATION_FAILED', `run 需要 --data 与 --as-of\n${USAGE}`);
  const data = loadDataDir(values.data, cp.pack);
  const result = evaluate(cp, data, { asOf, trace: values.trace === true });
  // Gaps do not stop the CLI (it stores nothing), but they are always said, on stderr.
  const gaps = findGaps(cp.pack, data, asOf);
  if (gaps.length > 0) err(`数据缺口 ${gaps.length} 处（缺失的目标按不适用、缺失的月报按未报送计）：\n${gaps.map((g) => `  ${g.message}\n`).join('')}`);
  const format = values.format;
  if (format === 'json') out(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === 'csv') out(formatCsv(result, cp.pack));
  else if (format === 'table') out(`${formatTable(result, cp.pack)}\n`);
  else throw new KaopingError('VALIDATION_FAILED', `--format 须为 table、json 或 csv，而不是 “${format}”`);
  return 0;
}
