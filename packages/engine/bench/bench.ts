/**
 * pnpm bench — a synthetic district (BENCH_UNITS units, default 2,000; × 30 indicators with tiered
 * thresholds, a capped bonus, a veto, ranking per group, bottom-two and top-3 lists) decided by each
 * engine in its own child process, round by round: median of 3 runs, ratio to the lean hand-written peer, peak RSS,
 * and agreement with Kaoping's exact result. Nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.ts';
import { agreement, type Outcome } from './outcome.ts';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 2000);
const ONLY = process.env['BENCH_ENGINES']?.split(',') ?? Object.keys(ENGINES);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const child = fileURLToPath(new URL('./child.ts', import.meta.url));

interface Report { name: string; times: number[]; inputRss: number; maxRss: number; outcome: Outcome }

function runChild(name: string): Report {
  const out = execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, child, name, String(UNITS)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Report;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number): string => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);

console.log(`synthetic district: ${UNITS} units × 30 indicators, 4 groups; each engine in its own process (warm-up + 1 timed run), ${ROUNDS} rounds, median`);
// Rounds go engine by engine and then again, so that a busy moment of a shared machine falls on
// every engine alike rather than on one.
const reports: Report[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const name of ONLY) {
    const r = runChild(name);
    const seen = reports.find((x) => x.name === name);
    if (seen === undefined) reports.push(r);
    else { seen.times.push(...r.times); seen.maxRss = Math.max(seen.maxRss, r.maxRss); seen.inputRss = Math.max(seen.inputRss, r.inputRss); }
  }
}
for (const r of reports) console.error(`  ${r.name}: ${r.times.map((t) => t.toFixed(0)).join(', ')} ms`);
const lean = reports.find((r) => r.name === 'lean');
const exact = reports.find((r) => r.name === 'exact');
console.log('');
console.log(`| engine | median | × lean | peak RSS | RSS − input | agreement with exact |`);
console.log(`|---|---|---|---|---|---|`);
for (const r of reports) {
  const m = median(r.times);
  const ratio = lean === undefined ? '' : `${(m / median(lean.times)).toFixed(1)}×`;
  const a = exact === undefined ? null : agreement(exact.outcome, r.outcome);
  const agree = a === null ? '' : `${a.sameRanks}/${a.allRanks} ranks, lists ${a.listsEqual ? 'equal' : 'differ'}`;
  console.log(`| ${ENGINES[r.name]?.label ?? r.name} | ${ms(m)} | ${ratio} | ${mb(r.maxRss)} | ${mb(r.maxRss - r.inputRss)} | ${agree} |`);
}
