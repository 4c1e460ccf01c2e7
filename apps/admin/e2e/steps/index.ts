/**
 * Feature steps that run after the core scenario (scenario.ts), in this order. Each feature keeps its
 * steps in its own file here and signs in as the user it needs (the core scenario ends as the viewer).
 */
import type { Step } from '../lib.ts';
import { namesSteps } from './names.ts';

export const extraSteps: Step[] = [...namesSteps];
