/**
 * One engine of `pnpm bench`, alone in this process so that its peak RSS is its own:
 * builds the district, runs the engine (a warm-up when a run is short, then 3 timed runs) and
 * prints one JSON line with the times, the memory and the outcome.
 */
import { performance } from 'node:perf_hooks';
import { district } from './district.ts';
import { ENGINES } from './engines.ts';

const [name = 'lean', units = '2000'] = process.argv.slice(2);
const engine = ENGINES[name];
if (engine === undefined) throw new Error(`unknown engine ${name}`);
const data = district(Number(units));
const run = engine.make();
global.gc?.();
const inputRss = process.memoryUsage().rss;
const times: number[] = [];
let outcome = await run(data);
const first = performance.now();
outcome = await run(data);
times.push(performance.now() - first);
// A warm-up for runs under 2 s; a slow engine's first timed run already counts.
if (times[0]! < 2000) times.length = 0;
while (times.length < 3) {
  const t = performance.now();
  outcome = await run(data);
  times.push(performance.now() - t);
}
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ name, times, inputRss, maxRss, outcome }));
