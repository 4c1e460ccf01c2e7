import type { RulePack } from '@kaoping/contracts';
import { factsOf } from '@kaoping/engine';

/** The Chinese name of a unit fact: the pack's own facts, measures and indicators, then the engine's catalogue. */
export function factName(pack: RulePack, fact: string): string {
  return (
    pack.facts?.find((f) => f.id === fact)?.name ??
    pack.measures?.find((m) => m.id === fact)?.name ??
    pack.indicators.find((i) => i.id === fact)?.name ??
    factsOf('unit').find((f) => f.id === fact)?.label ??
    fact
  );
}

/** A task as a sentence names it: "服务业开竣工合计数任务完成" and "完成全部任务" read as the task itself. */
export function taskName(pack: RulePack, fact: string, path: string | undefined): string {
  if (path !== undefined) return factName(pack, fact);
  const name = factName(pack, fact);
  const stripped = name.replace(/^完成/, '').replace(/完成$/, '');
  return stripped === '' ? name : stripped;
}

export interface TaskOption {
  fact: string;
  path?: string;
  label: string;
}

/** Tasks a 完成/未完成 clause can name: the pack's task facts (`…Done`), then each indicator's 完成. */
export function taskOptions(pack: RulePack): TaskOption[] {
  const facts = (pack.facts ?? []).filter((f) => /Done$/.test(f.id)).map((f) => ({ fact: f.id, label: taskName(pack, f.id, undefined) }));
  const indicators = pack.indicators.map((i) => ({ fact: i.id, path: '$.done', label: `${i.id} ${i.name}` }));
  return [...facts, ...indicators];
}

/** Yes/no facts a 成立/不成立 clause can name: 一票否决, 季末 …, then the pack's own facts. */
export function flagOptions(pack: RulePack): Array<{ fact: string; label: string }> {
  const builtins = factsOf('unit')
    .concat(factsOf('period'))
    .filter((f) => f.type === 'boolean')
    .map((f) => ({ fact: f.id, label: f.label }));
  const own = (pack.facts ?? []).filter((f) => !/Done$/.test(f.id)).map((f) => ({ fact: f.id, label: f.name }));
  return [...builtins, ...own];
}

/** Number facts a comparison can name: the pack's facts and measures, then 总分, 基础分 …. */
export function numberOptions(pack: RulePack): Array<{ fact: string; label: string }> {
  const own = [...(pack.facts ?? []), ...(pack.measures ?? [])].map((f) => ({ fact: f.id, label: f.name }));
  const builtins = factsOf('unit')
    .filter((f) => f.type === 'number')
    .map((f) => ({ fact: f.id, label: f.label }));
  return [...own, ...builtins];
}
