import type { Dataset } from '@kaoping/contracts';
import { compilePack, evaluate, evaluateFast } from '../src/index.ts';
import { districtPack } from './district.ts';
import { leanPeer } from './lean-peer.ts';
import { fromFast, fromRun, type Outcome } from './outcome.ts';
import { handWritten, jsonRulesEngine } from './peers.ts';
import { zenPeer } from './zen-peer.ts';

/** One implementation of the bench decision: prepared once, then run on the data. */
export type Engine = (data: Dataset) => Outcome | Promise<Outcome>;

const AS_OF = '2024-12-31';

/** The engines `pnpm bench` compares, in table order; each is run in its own child process. */
export const ENGINES: Record<string, { label: string; make: () => Engine }> = {
  lean: { label: 'hand-written JS, lean (floats)', make: () => leanPeer },
  naive: { label: 'hand-written JS, naive (floats)', make: () => handWritten },
  exact: {
    label: 'Kaoping evaluate (exact)',
    make: () => { const cp = compilePack(districtPack()); return (data) => fromRun(evaluate(cp, data, { asOf: AS_OF })); },
  },
  fast: {
    label: 'Kaoping fast path (decisions)',
    make: () => {
      const cp = compilePack(districtPack());
      const ids = cp.pack.groups.map((g) => g.id);
      return (data) => fromFast(evaluateFast(cp, data, { asOf: AS_OF }), ids);
    },
  },
  fastJson: {
    label: 'Kaoping fast path + full JSON',
    make: () => { const cp = compilePack(districtPack()); return (data) => fromRun(evaluateFast(cp, data, { asOf: AS_OF }).result()); },
  },
  zen: { label: 'GoRules zen (JDM, 64 in flight)', make: zenPeer },
  jre: { label: 'json-rules-engine (per unit)', make: jsonRulesEngine },
};
