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
import { simdiffSteps } from './simdiff.ts';
import { jobSteps } from './jobs.ts';

export const extraSteps: Step[] = [...wordsSteps, ...importSteps, ...librarySteps, ...cycleSteps, ...namesSteps, ...simulateSteps, ...accessSteps, ...contractSteps, ...jobSteps, ...simdiffSteps];
