import type { RulePack, RunResult } from '@kaoping/contracts';
import { rankingCsvLines } from '@kaoping/report';

/** CSV (UTF-8 with BOM, so Excel opens it as Chinese): report's ranking lines, with CRLF line ends. */
export function exportCsv(result: RunResult, pack: RulePack | null = null): Buffer {
  return Buffer.from(`\uFEFF${rankingCsvLines(result, pack).join('\r\n')}\r\n`, 'utf8');
}
