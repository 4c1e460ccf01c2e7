/**
 * pnpm bench — a synthetic district (BENCH_UNITS units, a comma list, default 2,000; × 30 indicators with tiered
 * thresholds, a capped bonus, a veto, ranking per group, bottom-two and top-3 lists) decided by each
 * engine in its own child process (BENCH_ROUNDS processes, default 3, each timing up to BENCH_REPEAT runs, default 10): median of
 * all timed runs (wall and CPU time), ratio to the lean
 * hand-written peer, the same for the rules alone (the CPU time less the CPU time to read the Dataset
 * into the engine's own structure), peak RSS, and agreement with Kaoping's exact result. Then the province
 * scenario (bench/province.ts). BENCH_SCENARIO=table or =province runs only one. Nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.ts';
import { agreement, type Outcome } from './outcome.ts';

const SIZES = (process.env['BENCH_UNITS'] ?? '2000').split(',').map(Number);
const ONLY = process.env['BENCH_ENGINES']?.split(',') ?? Object.keys(ENGINES);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 10);
const SCENARIO = process.env['BENCH_SCENARIO'] ?? 'table,province';
/** An engine whose run took longer than this is not run again (its one run is its figure). */
const SLOW_MS = 15_000;
/**
 * A script next to this one, with this file's extension: `pnpm bench` runs the bench compiled by tsc
 * (dist-bench/, as the API runs the engine), the scripts also run as TypeScript under tsx.
 */
const EXT = extname(fileURLToPath(import.meta.url));
const here = (name: string) => fileURLToPath(new URL(`${name}${EXT}`, import.meta.url));
const AS = EXT === '.js' ? 'the engine compiled by tsc, as shipped' : 'the engine as TypeScript under tsx (slower: every closure is named at creation)';

interface Report {
  name: string;
  times: number[];
  cpuTimes: number[];
  indexTimes: number[];
  inputRss: number;
  maxRss: number;
  outcome: Outcome;
}

function runNode(script: string, args: string[]): string {
  return execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, here(script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}
const lastJson = <T>(out: string): T => JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number): string => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);
const times = (a: number, b: number): string => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;

function table(units: number): void {
  console.log(
    `synthetic district: ${units} units × 30 indicators, 4 groups; each engine in its own process (warm-up: at least 4 runs and 1 s; then up to ${REPEAT} timed runs within 5 s), ${ROUNDS} processes, median of all timed runs; ${AS}`,
  );
  // Rounds go engine by engine and then again, so that a busy moment of a shared machine falls on
  // every engine alike rather than on one.
  const reports: Report[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ONLY) {
      const seen = reports.find((x) => x.name === name);
      if (seen !== undefined && median(seen.times) > SLOW_MS) continue;
      const r = lastJson<Report>(runNode('./child', [name, String(units)]));
      if (seen === undefined) reports.push(r);
      else {
        seen.times.push(...r.times);
        seen.cpuTimes.push(...r.cpuTimes);
        seen.indexTimes.push(...r.indexTimes);
        seen.maxRss = Math.max(seen.maxRss, r.maxRss);
        seen.inputRss = Math.max(seen.inputRss, r.inputRss);
      }
    }
  }
  for (const r of reports)
    console.error(`  ${r.name}: ${r.times.map((t) => t.toFixed(0)).join(', ')} ms; reading the data ${r.indexTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
  const lean = reports.find((r) => r.name === 'lean');
  const exact = reports.find((r) => r.name === 'exact');
  const rules = (r: Report) => (r.indexTimes.length === 0 ? NaN : median(r.cpuTimes) - median(r.indexTimes));
  console.log('');
  console.log(
    `| engine (${units} units) | median | × lean | CPU time | × lean | CPU reading the data | CPU rules only | × lean | peak RSS | RSS − input | agreement with exact |`,
  );
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|`);
  for (const r of reports) {
    const m = median(r.times);
    const a = exact === undefined ? null : agreement(exact.outcome, r.outcome);
    const agree = a === null ? '' : `${a.sameRanks}/${a.allRanks} ranks, lists ${a.listsEqual ? 'equal' : 'differ'}`;
    const runs = r.times.length < ROUNDS ? ` (${r.times.length} run${r.times.length > 1 ? 's' : ''})` : '';
    const cpu = median(r.cpuTimes);
    console.log(
      `| ${ENGINES[r.name]?.label ?? r.name} | ${ms(m)}${runs} | ${lean === undefined ? '' : times(m, median(lean.times))} | ${ms(cpu)} | ${lean === undefined ? '' : times(cpu, median(lean.cpuTimes))} | ${r.indexTimes.length === 0 ? '' : ms(median(r.indexTimes))} | ${Number.isNaN(rules(r)) ? '' : ms(rules(r))} | ${lean === undefined || Number.isNaN(rules(r)) ? '' : times(rules(r), rules(lean))} | ${mb(r.maxRss)} | ${mb(r.maxRss - r.inputRss)} | ${agree} |`,
    );
  }
  console.log('');
}

interface Province {
  units: number;
  projects: number;
  path: string;
  decided: number;
  streamed: number;
  chars: number;
  inputRss: number;
  decideRss: number;
  maxRss: number;
  /** Memory still reachable (heap and outside it, after full collections) beyond the input, after deciding and after streaming. */
  decideLive: number;
  /** The same once the task has ended (the pool then gives up a large run's free columns). */
  idleLive: number;
  streamLive: number;
  /** The most reachable memory beyond the input while streaming (BENCH_PROVINCE_PROBE only). */
  streamPeakLive?: number;
}

function provinceScenario(): void {
  const p = lastJson<Province>(runNode('./province', ['run']));
  const probe = p.streamPeakLive === undefined ? '' : ` | ${mb(p.streamPeakLive)}`;
  console.log(`province scenario: ${p.units} units, ${p.projects} projects qualified by thresholds and counted per unit; path: ${p.path}`);
  console.log(
    `| decide | stream JSON (${(p.chars / 2 ** 20).toFixed(0)} MB of text) | input data (RSS) | peak RSS − input, deciding | peak RSS − input | live − input, decided | the same, once idle | live − input, streamed |${probe === '' ? '' : ' most live − input, streaming |'}`,
  );
  console.log(`|---|---|---|---|---|---|---|---|${probe === '' ? '' : '---|'}`);
  console.log(
    `| ${ms(p.decided)} | ${ms(p.streamed)} | ${mb(p.inputRss)} | ${mb(p.decideRss - p.inputRss)} | ${mb(p.maxRss - p.inputRss)} | ${mb(p.decideLive)} | ${mb(p.idleLive)} | ${mb(p.streamLive)}${probe} |`,
  );
}

if (SCENARIO.includes('table')) for (const units of SIZES) table(units);
if (SCENARIO.includes('province')) provinceScenario();
