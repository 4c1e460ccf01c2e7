/**
 * The province scenario of `pnpm bench`: BENCH_PROVINCE_UNITS units (default 40,000) of the synthetic
 * district, plus BENCH_PROVINCE_PROJECTS projects (default 1,000,000) qualified by thresholds
 * (industry and investment, never real estate, signed in the window) and counted per unit into one
 * more indicator. Run alone in a child process: prints the path evaluateFast took (fast, or the
 * exact engine and why, and the formulas it computed member by member), the time to decide, the time to stream the JSON result to a sink
 * (BENCH_PROVINCE_OUT, default the null device), peak RSS and RSS beyond the input data.
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Dataset, RulePackInput } from '@kaoping/contracts';
import { compilePack, evaluateFast, writeChunks } from '../src/index.ts';
import { rng } from '../test/rng.ts';
import { district, districtPack, GROUPS } from './district.ts';

const INDUSTRIES = ['二产', '技改', '三产'] as const;

/** The district's data with `projects` projects spread over its units, and a target for the project indicator. */
export function province(units: number, projects: number, seed = 11): Dataset {
  const data = district(units, seed);
  const r = rng(seed + 1);
  const out: Dataset['projects'] = new Array(projects);
  for (let k = 0; k < projects; k++) {
    const u = data.units[Math.floor(r() * units)]!;
    const signed = r() < 0.7 ? `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : null;
    out[k] = {
      id: `XM${String(k + 1).padStart(7, '0')}`,
      unitId: u.id,
      name: `项目${k + 1}`,
      fields: { industry: INDUSTRIES[Math.floor(r() * 3)]!, realEstate: r() < 0.1, investment: String(1000 + Math.floor(r() * 40000)), signedOn: signed },
    };
  }
  const perUnit = Math.max(1, Math.round(projects / units / 4));
  for (const u of data.units) data.targets.push({ unitId: u.id, indicator: 'PJ', value: String(perUnit), period: null });
  return { ...data, projects: out };
}

/** The district's pack plus 重大项目落地数: projects over the thresholds, signed in the window, counted per unit. */
export function provincePack(): RulePackInput {
  const base = districtPack();
  const over = (industry: string, wan: number) => ({
    all: [
      { fact: 'industry', operator: 'equal', value: industry },
      { fact: 'investment', operator: 'greaterThanInclusive', value: wan },
    ],
  });
  return {
    ...base,
    id: 'bench-province',
    name: '基准测试省',
    projectFlags: [
      {
        id: 'major',
        name: '重大产业项目',
        when: { all: [{ fact: 'realEstate', operator: 'equal', value: false }, { any: [over('二产', 30000), over('技改', 10000), over('三产', 5000)] }] },
      },
    ],
    measures: [
      ...(base.measures ?? []),
      {
        id: 'qualified',
        name: '新落地重大项目',
        source: 'projects',
        aggregate: 'count',
        where: {
          all: [
            { fact: 'major', operator: 'equal', value: true },
            { fact: 'signedOn', operator: 'inWindow', value: true },
          ],
        },
      },
    ],
    indicators: [...base.indicators, { id: 'PJ', name: '重大项目落地数', unit: '个', actual: 'qualified', method: 'tiered' }],
    weights: Object.fromEntries(GROUPS.map((g) => [g, { ...base.weights?.[g], PJ: 10 }])),
  } as RulePackInput;
}

/**
 * Live memory after a full collection: the JS heap plus what lives outside it (typed arrays' buffers,
 * strings held externally). Twice: the buffers a collection frees are counted out by a sweeper that
 * runs after it, which the next collection waits for.
 */
function live(): number {
  global.gc?.();
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/**
 * The chunks, and with BENCH_PROVINCE_PROBE=n a full collection every n chunks to find the most
 * memory that is live (not garbage) while streaming; slow, so the probe runs apart from the timed run.
 */
function* probed(chunks: Iterable<string>, every: number, peak: { live: number }): Generator<string> {
  let k = 0;
  for (const c of chunks) {
    if (every > 0 && ++k % every === 0) peak.live = Math.max(peak.live, live());
    yield c;
  }
}

async function main(): Promise<void> {
  const units = Number(process.env['BENCH_PROVINCE_UNITS'] ?? 40_000);
  const projects = Number(process.env['BENCH_PROVINCE_PROJECTS'] ?? 1_000_000);
  const probe = Number(process.env['BENCH_PROVINCE_PROBE'] ?? 0);
  const cp = compilePack(provincePack());
  const data = province(units, projects);
  const inputLive = live();
  const inputRss = process.memoryUsage().rss;
  // Peak RSS is the process's: building the input may have gone higher than deciding, so it is read here too.
  const builtRss = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const run = evaluateFast(cp, data, { asOf: '2024-12-31' });
  const decided = performance.now() - t0;
  const decideRss = process.resourceUsage().maxRSS * 1024;
  const decideLive = live() - inputLive;
  // Once the task that ran it has ended, the pool gives up the free columns a large run leaves (pool.ts).
  await new Promise((idle) => setTimeout(idle, 0));
  const idleLive = live() - inputLive;
  const sink = createWriteStream(process.env['BENCH_PROVINCE_OUT'] ?? '/dev/null');
  const peak = { live: 0 };
  const t1 = performance.now();
  const chars = await writeChunks(probed(run.json(), probe, peak), sink);
  await new Promise<void>((ok, fail) => sink.end((e?: Error | null) => (e ? fail(e) : ok())));
  const streamed = performance.now() - t1;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const streamLive = live() - inputLive;
  console.log(
    JSON.stringify({
      units,
      projects,
      path: run.fallback === null ? 'fast' : `exact engine (${run.fallback})`,
      exactFacts: run.exactFacts,
      decided,
      streamed,
      chars,
      inputRss,
      builtRss,
      decideRss,
      maxRss,
      decideLive,
      idleLive,
      streamLive,
      // Only when the probe ran: a run of fewer than n chunks has no figure.
      ...(probe > 0 && peak.live > 0 ? { streamPeakLive: peak.live - inputLive } : {}),
    }),
  );
}

if (process.argv[2] === 'run') await main();
