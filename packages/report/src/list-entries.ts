import { VETO_MARK, type FactJson, type GroupResult, type RulePack, type RunResult } from '@kaoping/contracts';

/** List id → reason code → the rule's Chinese label (pack.lists[].rules[].label). */
export type ReasonLabels = Record<string, Record<string, string>>;

export function reasonLabels(pack: RulePack | null | undefined): ReasonLabels {
  const out: ReasonLabels = {};
  for (const l of pack?.lists ?? []) {
    const byReason: Record<string, string> = {};
    for (const r of l.rules) if (r.label) byReason[r.reason] = r.label;
    out[l.id] = byReason;
  }
  return out;
}

/**
 * The criterion of a list that has a single rule with a label (e.g. 红灯单位: 有红灯指标), shown once
 * under the list name; null when the list has several rules, so each entry shows its own reasons.
 */
export function listCriterion(pack: RulePack | null | undefined, listId: string): string | null {
  const rules = pack?.lists?.find((l) => l.id === listId)?.rules ?? [];
  return rules.length === 1 ? (rules[0]?.label ?? null) : null;
}

export interface EntryView {
  unitId: string;
  name: string;
  /** Amount with the list's unit, e.g. "30.00万元"; null when the entry has none. */
  amount: string | null;
  /** Reason labels from the pack or the run result, else the reason codes. */
  reasons: string[];
  /** The entry's detail as text: indicator ids become indicator names (e.g. the red indicators). */
  detail: string[];
  /** What the detail is, when the rule's detail formula is a named fact (e.g. 红灯指标). */
  detailLabel: string | null;
  /** 一票否决: shown with the entry in every list and 通报. */
  vetoed?: boolean;
}

/** Detail values as text; an indicator id becomes its name. */
export function detailText(detail: FactJson, indicators: RunResult['indicators']): string[] {
  if (Array.isArray(detail)) return detail.flatMap((x) => detailText(x, indicators));
  if (detail === null || detail === '') return [];
  return [typeof detail === 'string' ? (indicators.find((i) => i.id === detail)?.name ?? detail) : String(detail)];
}

function detailLabel(pack: RulePack | null | undefined, listId: string, reasons: string[]): string | null {
  const rule = pack?.lists?.find((l) => l.id === listId)?.rules.find((r) => r.detail !== undefined && reasons.includes(r.reason));
  const formula = typeof rule?.detail === 'string' ? rule.detail.trim() : null;
  return formula === null ? null : (pack?.facts?.find((f) => f.id === formula)?.name ?? null);
}

/** The entries of one list in one group, ready to show; reasons use the pack's labels when given. */
export function entryViews(result: RunResult, group: GroupResult, listId: string, pack?: RulePack | null): EntryView[] {
  const list = result.lists.find((l) => l.id === listId);
  const labels = reasonLabels(pack);
  return (group.listEntries[listId] ?? []).map((e) => ({
    unitId: e.unitId,
    name: group.units.find((u) => u.unitId === e.unitId)?.name ?? e.unitId,
    amount: e.amount === null ? null : `${e.amount}${list?.amountUnit ?? ''}`,
    // The pack's labels when it was loaded; else the labels the run result carries (reporters cannot read packs).
    reasons: e.reasons.map((r) => labels[listId]?.[r] ?? list?.reasons[r] ?? r),
    detail: detailText(e.detail, result.indicators),
    detailLabel: detailLabel(pack, listId, e.reasons),
    ...(group.units.find((u) => u.unitId === e.unitId)?.vetoed === true ? { vetoed: true } : {}),
  }));
}

/**
 * One entry as bulletin text: 双屿镇（红灯指标：服务业投资完成额）, 高新科技创业园（30.00万元）,
 * 温泉康养服务集聚区（连续两年营业收入未达目标；连续两年排名后两位）.
 */
export function entryText(e: EntryView, withReasons: boolean): string {
  const detail = e.detail.length === 0 ? '' : `${e.detailLabel ? `${e.detailLabel}：` : ''}${e.detail.join('、')}`;
  const parts = [e.vetoed === true && !e.reasons.includes(VETO_MARK) ? VETO_MARK : '', e.amount ?? '', detail, ...(withReasons ? e.reasons : [])].filter(
    (p) => p !== '',
  );
  return parts.length === 0 ? e.name : `${e.name}（${parts.join('；')}）`;
}
