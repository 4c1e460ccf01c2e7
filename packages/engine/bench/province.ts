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

async function main(): Promise<void> {
  const units = Number(process.env['BENCH_PROVINCE_UNITS'] ?? 40_000);
  const projects = Number(process.env['BENCH_PROVINCE_PROJECTS'] ?? 1_000_000);
  const cp = compilePack(provincePack());
  const data = province(units, projects);
  global.gc?.();
  const inputRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const run = evaluateFast(cp, data, { asOf: '2024-12-31' });
  const decided = performance.now() - t0;
  const decideRss = process.resourceUsage().maxRSS * 1024;
  const sink = createWriteStream(process.env['BENCH_PROVINCE_OUT'] ?? '/dev/null');
  const t1 = performance.now();
  const chars = await writeChunks(run.json(), sink);
  await new Promise<void>((ok, fail) => sink.end((e?: Error | null) => (e ? fail(e) : ok())));
  const streamed = performance.now() - t1;
  const maxRss = process.resourceUsage().maxRSS * 1024;
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
      decideRss,
      maxRss,
    }),
  );
}

if (process.argv[2] === 'run') await main();
