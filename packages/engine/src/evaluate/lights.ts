import type { CompiledLight } from '../compile/compiled.ts';
import type { Runtime } from '../formula/runtime.ts';

/** One unit's light on one indicator: the band's, after escalation, and why. */
export interface LightState {
  readonly base: string | null;
  readonly final: string | null;
  readonly reason: string | null;
}

const SEVERITY: Record<string, number> = { green: 0, yellow: 1, red: 2 };
const LIGHT_CN: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** The worst of several lights (red over yellow over green); null when none applies. */
export function worstLight(lights: readonly (string | null)[]): string | null {
  let worst: string | null = null;
  for (const l of lights) if (l !== null && (worst === null || (SEVERITY[l] ?? 0) > (SEVERITY[worst] ?? 0))) worst = l;
  return worst;
}

/** The base light: the first band whose condition holds. */
export function baseLight(light: CompiledLight, rt: Runtime, p: number, u: number, i: number): { light: string; reason: string | null } | null {
  for (const b of light.bands) {
    if (b.when === null || b.when({ rt, p, u, i, row: null }) === true) return { light: b.light, reason: b.reason };
  }
  return null;
}

/** Escalation compares base lights of the same indicator in consecutive periods. */
export function escalate(light: CompiledLight, rt: Runtime, p: number, u: number, i: number, base: string): { light: string; reason: string } | null {
  for (const e of light.escalate) {
    if (base !== e.from || p - (e.periods - 1) < 0) continue;
    let held = true;
    for (let q = p - 1; q >= p - (e.periods - 1); q--) if (rt.indFact(q, u, i, 'lightBase') !== e.from) held = false;
    if (held) return { light: e.to, reason: e.reason ?? `连续${e.periods}期${LIGHT_CN[e.from] ?? e.from}升为${LIGHT_CN[e.to] ?? e.to}` };
  }
  return null;
}
