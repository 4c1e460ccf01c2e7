/**
 * Feature steps that run after the core scenario (scenario.ts), in this order. Each feature keeps its
 * steps in its own file here and signs in as the user it needs (the core scenario ends as the viewer).
 */
import type { Step } from '../lib.ts';
import { wordsSteps } from './words.ts';
import { importSteps } from './imports.ts';
import { librarySteps } from './library.ts';
import { cycleSteps } from './cycle.ts';
import { namesSteps } from './names.ts';
import { simulateSteps } from './simulate.ts';
import { accessSteps } from './access.ts';
import { contractSteps } from './contract.ts';
import { jobSteps } from './jobs.ts';
import { simdiffSteps } from './simdiff.ts';

const allSteps: Step[] = [
  ...wordsSteps,
  ...importSteps,
  ...librarySteps,
  ...cycleSteps,
  ...namesSteps,
  ...simulateSteps,
  ...accessSteps,
  ...contractSteps,
  ...jobSteps,
  ...simdiffSteps,
];

/**
 * E2E_ONLY=<regex> (e.g. `E2E_ONLY=后台导入 pnpm test:e2e`) keeps only the feature steps whose name matches, to
 * iterate on one feature: the core scenario always runs first. Unset, every step runs.
 */
const only = process.env.E2E_ONLY;
export const extraSteps: Step[] = only === undefined || only === '' ? allSteps : allSteps.filter(([name]) => new RegExp(only, 'u').test(name));
