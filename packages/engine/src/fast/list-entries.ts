import type { ListEntry } from '@kaoping/contracts';
import { isQ } from '../exact/q.ts';
import { factJson, rounded } from '../evaluate/format.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { FastList } from './fast-groups.ts';

/**
 * One list's entries of a group, in the fast path's order and with its reasons; the amount and the
 * note (说明) of each entry are computed exactly, from the first rule that held and has one, as
 * the exact engine does. Only list members are asked, so this costs nothing for most units.
 */
export function fastListEntries(rt: RunState, p: number, members: Int32Array, list: FastList, k: number): ListEntry[] {
  const rules = rt.cp.lists[k]?.rules ?? [];
  const dp = rt.cp.pack.rounding.decimals;
  return Array.from(list.members, (j, e) => {
    const u = members[j]!;
    const hits = (list.rules[e] ?? []).map((r) => rules[r]!);
    const ctx = rt.ctx(p, u);
    const amount = hits.find((r) => r.amount !== null)?.amount?.get(ctx) ?? null;
    const detail = hits.find((r) => r.detail !== null)?.detail?.get(ctx) ?? null;
    return { unitId: rt.data.units[u]?.id ?? '', reasons: [...list.reasons[e]!], amount: isQ(amount) ? rounded(amount, dp) : null, detail: factJson(detail) };
  });
}
