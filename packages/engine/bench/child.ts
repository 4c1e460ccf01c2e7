/**
 * One engine of `pnpm bench`, alone in this process so that its peak RSS is its own: builds the
 * district, warms the engine up (at least 4 runs and 1 s), then times up to BENCH_REPEAT runs (default 10) within
 * 5 s (a run over 2 s is its own warm-up and its one timed run), and prints one JSON line with the times,
 * the memory and the outcome.
 */
import { performance } from 'node:perf_hooks';
import { district } from './district.ts';
import { ENGINES } from './engines.ts';

const [name = 'lean', units = '2000'] = process.argv.slice(2);
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 10);
const BUDGET_MS = 5_000;
const SLOW_MS = 2_000;
const WARM_MS = 1_000;
const engine = ENGINES[name];
if (engine === undefined) throw new Error(`unknown engine ${name}`);
const data = district(Number(units));
const run = engine.make();
global.gc?.();
const inputRss = process.memoryUsage().rss;
// Wall time, and CPU time of the process (all its threads: a shared machine's load barely changes it).
const timed = async () => {
  const c = process.cpuUsage();
  const t = performance.now();
  const o = await run(data);
  const ms = performance.now() - t;
  const d = process.cpuUsage(c);
  return { o, ms, cpu: (d.user + d.system) / 1000 };
};
let { o: outcome, ms, cpu } = await timed();
// Warm-up: at least 4 runs and at least 1 s (at most 30 runs), so that the JIT has settled: at 2,000
// units the lean peer needs about 8 runs to reach its steady time, and the fast path about 12. A run
// over 2 s is its own warm-up (json-rules-engine at 40,000 units would otherwise take minutes more).
const warmUntil = performance.now() + WARM_MS;
for (let k = 0; (k < 3 || performance.now() < warmUntil) && k < 29 && ms < SLOW_MS; k++) ({ o: outcome, ms, cpu } = await timed());
// Timed runs: several per process, so that one run's garbage collection or JIT moment does not
// decide the figure; the parent takes the median of all of them.
const times: number[] = [];
const cpuTimes: number[] = [];
const budget = performance.now() + BUDGET_MS;
do {
  if (times.length > 0 || ms < SLOW_MS) ({ o: outcome, ms, cpu } = await timed());
  times.push(ms);
  cpuTimes.push(cpu);
} while (times.length < REPEAT && ms < SLOW_MS && performance.now() + ms < budget);
const maxRss = process.resourceUsage().maxRSS * 1024;
// Reading the data alone (the engine's own structure from the Dataset), in CPU time, the least of 3 warm runs.
let indexMs: number | null = null;
if (engine.index !== undefined) {
  engine.index(data);
  for (let k = 0; k < 3; k++) {
    const c = process.cpuUsage();
    engine.index(data);
    const d = process.cpuUsage(c);
    indexMs = Math.min(indexMs ?? Infinity, (d.user + d.system) / 1000);
  }
}
console.log(JSON.stringify({ name, times, cpuTimes, indexTimes: indexMs === null ? [] : [indexMs], inputRss, maxRss, outcome }));
