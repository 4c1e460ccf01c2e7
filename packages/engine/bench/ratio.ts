/**
 * pnpm bench:ratio — engines of `pnpm bench` (BENCH_ENGINES, default lean,fast) in ONE process on
 * the same district (BENCH_UNITS, a comma list, default 2,000), run in turn BENCH_ROUNDS times
 * (default 21) after a warm-up of at least 4 runs and 1 s each; prints the least and the median CPU
 * time of a run and the ratio of each engine to the first. Taking turns in one process makes the
 * ratio hold up on a busy machine, where wall times across processes may not. No collection is forced
 * between runs: after a forced full collection V8 threw away and re-optimised the fast path's code,
 * which then took 100–130 ms a run at 2,000 units instead of about 17 (the lean peer, small, did not
 * notice); the garbage an engine leaves falls on whichever runs next, in turn. Nothing here asserts a time.
 */
import { district } from './district.ts';
import { ENGINES, type Engine } from './engines.ts';

const SIZES = (process.env['BENCH_UNITS'] ?? '2000').split(',').map(Number);
const NAMES = process.env['BENCH_ENGINES']?.split(',') ?? ['lean', 'fast'];
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 21);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** CPU time of one run of `run` on `data` (all threads of the process), in ms. */
async function cpuMs(run: Engine, data: Parameters<Engine>[0]): Promise<number> {
  const c = process.cpuUsage();
  await run(data);
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

for (const units of SIZES) {
  const data = district(units);
  const runs = NAMES.map((name) => {
    const e = ENGINES[name];
    if (e === undefined) throw new Error(`unknown engine ${name}`);
    return { name, run: e.make(), times: [] as number[] };
  });
  for (const r of runs) {
    const t0 = performance.now();
    for (let k = 0; k < 4 || performance.now() - t0 < 1000; k++) await r.run(data);
  }
  for (let k = 0; k < ROUNDS; k++) for (const r of runs) r.times.push(await cpuMs(r.run, data));
  const base = runs[0]!;
  console.log(`${units} units, ${ROUNDS} runs each in turn, CPU ms per run (least / median), ratio to ${base.name}:`);
  for (const r of runs) {
    const least = Math.min(...r.times);
    const mid = median(r.times);
    console.log(
      `  ${r.name.padEnd(10)} ${least.toFixed(1).padStart(8)} / ${mid.toFixed(1).padStart(8)}   ${(least / Math.min(...base.times)).toFixed(2)}× / ${(mid / median(base.times)).toFixed(2)}×`,
    );
  }
}
