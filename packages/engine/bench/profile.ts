/**
 * pnpm bench:profile — one engine of `pnpm bench` (BENCH_ENGINES, first name; default fast) run
 * BENCH_ROUNDS times (default 3) after a warm-up under the V8 CPU profiler, then a summary of where
 * the time went: self time by category (source file, garbage collection, native) and the top functions.
 * Set BENCH_PROFILE_OUT to also keep the .cpuprofile (it opens in Chrome DevTools).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { district } from './district.ts';
import { ENGINES } from './engines.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const name = process.env['BENCH_ENGINES']?.split(',')[0] ?? 'fast';
const units = Number(process.env['BENCH_UNITS']?.split(',')[0] ?? 2000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const engine = ENGINES[name];
if (engine === undefined) throw new Error(`unknown engine ${name}`);
const data = district(units);
const run = engine.make();
await run(data);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let k = 0; k < rounds; k++) await run(data);
const wall = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
const out = process.env['BENCH_PROFILE_OUT'];
if (out !== undefined) writeFileSync(out, JSON.stringify(profile));

/** Self time per node, from the sample deltas. */
const self = new Map<number, number>();
profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const category = (n: ProfileNode): string => {
  const { functionName: f, url } = n.callFrame;
  if (f === '(garbage collector)') return 'garbage collection';
  if (f === '(program)' || f === '(idle)' || f === '(root)') return f;
  if (url === '') return `native: ${f || '(anonymous)'}`;
  // A file of the engine (src/…, bench/…, compiled or not) or of a dependency (node_modules/…).
  const own = /\/packages\/engine\/(?:dist-bench\/)?((?:src|bench)\/.*)$/.exec(url);
  if (own !== null) return own[1]!;
  const dep = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.*)$/.exec(url);
  return dep === null ? url.replace(/^.*\//, '') : `node_modules/${dep[1]}`;
};
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const byCategory = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const n of profile.nodes) {
  const t = self.get(n.id) ?? 0;
  if (t === 0) continue;
  const c = category(n);
  add(byCategory, c, t);
  add(byFunction, `${n.callFrame.functionName || '(anonymous)'} ${c}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`, t);
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log(`${ENGINES[name]?.label ?? name}, ${units} units: ${rounds} runs in ${wall.toFixed(0)} ms (${(wall / rounds).toFixed(1)} ms each)`);
console.log('self time by category:');
for (const [c, t] of top(byCategory, 15)) console.log(`  ${pct(t)}  ${c}`);
console.log('top functions:');
for (const [f, t] of top(byFunction, Number(process.env['BENCH_TOP'] ?? 15))) console.log(`  ${pct(t)}  ${f}`);
