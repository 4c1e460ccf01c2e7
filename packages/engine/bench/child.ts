/**
 * One engine of `pnpm bench`, alone in this process so that its peak RSS is its own: builds the
 * district, runs the engine once to warm up and once timed (a run over 2 s counts as is), and prints one JSON line with the time,
 * the memory and the outcome.
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
const timed = async () => { const t = performance.now(); const o = await run(data); return { o, ms: performance.now() - t }; };
let { o: outcome, ms } = await timed();
// A run over 2 s is its own warm-up (json-rules-engine at 40,000 units would otherwise take minutes more).
if (ms < 2000) ({ o: outcome, ms } = await timed());
const times = [ms];
const maxRss = process.resourceUsage().maxRSS * 1024;
// Reading the data alone (the engine's own structure from the Dataset), warm, for the "rules only" column.
let indexMs: number | null = null;
if (engine.index !== undefined) {
  for (let k = 0; k < 2; k++) { const t = performance.now(); engine.index(data); indexMs = performance.now() - t; }
}
console.log(JSON.stringify({ name, times, indexTimes: indexMs === null ? [] : [indexMs], inputRss, maxRss, outcome }));
