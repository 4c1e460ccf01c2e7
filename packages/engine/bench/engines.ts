import type { Dataset } from '@kaoping/contracts';
import { compilePack, evaluate, evaluateFast } from '../src/index.ts';
import { indexData } from '../src/evaluate/data-index.ts';
import { indexColumns } from '../src/fast/columns.ts';
import { districtPack } from './district.ts';
import { leanIndex, leanPeer } from './lean-peer.ts';
import { fromFast, fromRun, type Outcome } from './outcome.ts';
import { handWritten, jsonRulesEngine, unitFacts } from './peers.ts';
import { zenPeer } from './zen-peer.ts';

/** One implementation of the bench decision: prepared once, then run on the data. */
export type Engine = (data: Dataset) => Outcome | Promise<Outcome>;

const AS_OF = '2024-12-31';

const compiled = compilePack(districtPack());

/**
 * The engines `pnpm bench` compares, in table order; each is run in its own child process. Every one
 * starts from the same Dataset (text values), so every time includes reading it; `index` is that
 * reading alone (the engine's own data structure from the Dataset), timed apart so the table can
 * show what the rules themselves cost.
 */
export const ENGINES: Record<string, { label: string; make: () => Engine; index?: (data: Dataset) => unknown }> = {
  lean: { label: 'hand-written JS, lean (floats)', make: () => leanPeer, index: leanIndex },
  naive: { label: 'hand-written JS, naive (floats)', make: () => handWritten, index: unitFacts },
  exact: {
    label: 'Kaoping evaluate (exact)',
    make: () => {
      const cp = compiled;
      return (data) => fromRun(evaluate(cp, data, { asOf: AS_OF }));
    },
    index: (data) => indexData(compiled.pack, data),
  },
  fast: {
    label: 'Kaoping fast path (decisions)',
    make: () => {
      const cp = compiled;
      const ids = cp.pack.groups.map((g) => g.id);
      return (data) => fromFast(evaluateFast(cp, data, { asOf: AS_OF }), ids);
    },
    index: (data) => indexColumns(compiled.pack, data),
  },
  fastStream: {
    label: 'Kaoping fast path + JSON streamed',
    make: () => {
      const cp = compiled;
      const ids = cp.pack.groups.map((g) => g.id);
      // The whole result as JSON text, chunk by chunk, to a sink that only counts (a null device).
      return (data) => {
        const run = evaluateFast(cp, data, { asOf: AS_OF });
        let chars = 0;
        for (const c of run.json()) chars += c.length;
        return chars > 0 ? fromFast(run, ids) : { groups: {} };
      };
    },
    index: (data) => indexColumns(compiled.pack, data),
  },
  fastJson: {
    label: 'Kaoping fast path + full JSON',
    make: () => {
      const cp = compiled;
      return (data) => fromRun(evaluateFast(cp, data, { asOf: AS_OF }).result());
    },
    index: (data) => indexColumns(compiled.pack, data),
  },
  zen: { label: 'GoRules zen (JDM, 64 in flight)', make: zenPeer, index: unitFacts },
  jre: { label: 'json-rules-engine (per unit)', make: jsonRulesEngine, index: unitFacts },
};
