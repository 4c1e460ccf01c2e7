import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, RunResult } from '@kaoping/contracts';
import { evaluate, parseDecimal, toFixed } from '@kaoping/engine';
import { loadDataDir } from '../load-data.ts';
import { loadPackDir } from '../load-pack.ts';

/** Absolute path of a folder under the repository's rules/. */
export function rulesDir(pack: string): string {
  return fileURLToPath(new URL(`../../../../rules/${pack}`, import.meta.url));
}

export function readExpected(pack: string): unknown {
  return JSON.parse(readFileSync(`${rulesDir(pack)}/expected.json`, 'utf8')) as unknown;
}

/** Loads a reference pack and its fixtures through the product's own loaders (then `mutate`s the data), and runs it for each date. */
export function runPack(pack: string, asOfs: readonly string[], mutate: (data: Dataset) => Dataset = (d) => d): { data: Dataset; runs: RunResult[] } {
  const dir = rulesDir(pack);
  const cp = loadPackDir(dir);
  const data = mutate(loadDataDir(`${dir}/fixtures`, cp.pack));
  return { data, runs: asOfs.map((asOf) => evaluate(cp, data, { asOf, trace: true })) };
}

/** Rounds an exact value string ("1.5", "4/3") × `scale` to `dp` places, half-up (display fields of the reference). */
export function fixed(exact: string | null | undefined, dp: number, scale = 1): string | null {
  if (exact === null || exact === undefined) return null;
  const [n, d] = exact.split('/');
  const q = d === undefined ? parseDecimal(exact) : parseDecimal(n as string).div(parseDecimal(d));
  return toFixed(q.mul(scale), dp);
}

export function int(v: unknown): number | null {
  return typeof v === 'string' ? Number(v) : null;
}
