/**
 * pnpm bench — scores and ranks a synthetic district of 2,000 units × 30 indicators (tiered
 * thresholds, a capped bonus, a veto, ranking, bottom-two and top-3 outcomes) with Kaoping's
 * engine, with json-rules-engine used idiomatically, and with hand-written JavaScript, in one
 * process. Prints the median of each and the ratios. Not a test: nothing here asserts a time.
 */
import { performance } from 'node:perf_hooks';
import type { RunResult } from '@kaoping/contracts';
import { compilePack, evaluate } from '../src/index.ts';
import { district, districtPack } from './district.ts';
import { handWritten, jsonRulesEngine, type Outcome } from './peers.ts';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 2000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);

function fromKaoping(r: RunResult): Outcome {
  return { groups: Object.fromEntries(r.groups.map((g) => [g.id, {
    ranks: Object.fromEntries(g.units.map((u) => [u.unitId, u.rank])),
    present: g.lists['present'] ?? [], statement: g.lists['statement'] ?? [],
  }])) };
}

async function median(label: string, f: () => unknown): Promise<number> {
  await f();
  const times: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label.padEnd(34)} median ${m.toFixed(1).padStart(8)} ms   (${times.map((t) => t.toFixed(0)).join(', ')})`);
  return m;
}

function agreement(a: Outcome, b: Outcome): string {
  let same = 0;
  let all = 0;
  for (const [g, x] of Object.entries(a.groups)) {
    const y = b.groups[g];
    for (const [id, r] of Object.entries(x.ranks)) { all++; if (y?.ranks[id] === r) same++; }
  }
  const lists = Object.keys(a.groups).every((g) => JSON.stringify([a.groups[g]?.present, a.groups[g]?.statement]) === JSON.stringify([b.groups[g]?.present, b.groups[g]?.statement]));
  return `${same}/${all} ranks equal, lists ${lists ? 'equal' : 'differ'}`;
}

const data = district(UNITS);
console.log(`synthetic district: ${UNITS} units × 30 indicators, ${data.targets.length} targets, ${data.events.length} events; ${ROUNDS} timed rounds after a warm-up`);
const t0 = performance.now();
const compiled = compilePack(districtPack());
console.log(`kaoping compilePack (once)          ${(performance.now() - t0).toFixed(1)} ms`);
const jre = jsonRulesEngine();

const kaoping = await median('kaoping evaluate (exact rationals)', () => evaluate(compiled, data, { asOf: '2024-12-31' }));
const rules = await median('json-rules-engine (idiomatic)', () => jre(data));
const hand = await median('hand-written JavaScript (floats)', () => handWritten(data));

console.log('');
console.log(`json-rules-engine / kaoping  = ${(rules / kaoping).toFixed(2)}×  (above 1: kaoping is faster)`);
console.log(`kaoping / hand-written       = ${(kaoping / hand).toFixed(2)}×  (goal: within 3×)`);
const k = fromKaoping(evaluate(compiled, data, { asOf: '2024-12-31' }));
console.log(`agreement kaoping vs json-rules-engine: ${agreement(k, await jre(data))}; kaoping vs hand-written: ${agreement(k, handWritten(data))}`);
