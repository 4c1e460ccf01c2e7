import type { Condition, RulePack } from '@kaoping/contracts';
import { normalizeHeader } from './normalize-header.ts';

/**
 * What a pack can read from its data: the groups units may name, the indicators rows may name
 * (by code, by name, or by name with the unit suffix), and which events any rule looks at.
 */
export interface Vocabulary {
  /** The pack's groups, for messages and for matching 所属组别 (id, name, aliases). */
  groups: readonly { id: string; name: string; aliases: readonly string[] }[];
  /** Indicator code (exact) → id. Codes are case-sensitive: `k4` is not `K4`. */
  indicatorCodes: ReadonlySet<string>;
  /** Normalized name, or name with its unit suffix → indicator id. */
  indicatorNames: ReadonlyMap<string, string>;
  /** Indicator names and codes, for messages. */
  indicatorList: string;
  /** Event codes some rule reads; null when every event is read (a measure over all events). */
  eventCodes: ReadonlySet<string> | null;
  /** Event kinds some measure selects by (`kind` equal / in). */
  eventKinds: ReadonlySet<string>;
  /** The pack has project rules: a report row may name a project (its monthly investment) instead of an indicator. */
  projectReports: boolean;
  /** The column each indicator has in the 任务分解表's wide layout, with the header names it may go by. */
  wideColumns: readonly { indicator: string; names: string[] }[];
}

/** The vocabulary for report rows once the projects are known: their ids count as report codes too. */
export function withProjectIds(vocabulary: Vocabulary, projectIds: readonly string[]): Vocabulary {
  if (!vocabulary.projectReports || projectIds.length === 0) return vocabulary;
  return {
    ...vocabulary,
    indicatorCodes: new Set([...vocabulary.indicatorCodes, ...projectIds]),
    indicatorList: `${vocabulary.indicatorList}；或项目表中的项目编号`,
  };
}

/** The vocabulary of a pack: see {@link Vocabulary}. */
export function vocabularyOf(pack: RulePack): Vocabulary {
  const codes = new Set(pack.indicators.flatMap((i) => (i.targetOf === undefined ? [i.id] : [i.id, i.targetOf])));
  for (const m of pack.measures ?? []) if (m.source === 'reports') literals(m.where, 'indicator').forEach((c) => codes.add(c));
  const names = new Map<string, string>();
  const add = (text: string, id: string) => {
    const key = normalizeHeader(text);
    if (!names.has(key)) names.set(key, id);
  };
  for (const ind of pack.indicators) {
    add(ind.name, ind.id);
    if (ind.unit !== undefined) for (const [l, r] of ['()', '（）', '[]', '【】']) add(`${ind.name}${l}${ind.unit}${r}`, ind.id);
  }
  const events = new Set((pack.adjustments ?? []).flatMap((a) => a.items.map((item) => item.id)));
  const kinds = new Set<string>();
  let all = false;
  for (const measure of pack.measures ?? []) {
    if (measure.source !== 'events') continue;
    const picked = { code: literals(measure.where, 'code'), kind: literals(measure.where, 'kind') };
    picked.code.forEach((c) => events.add(c));
    picked.kind.forEach((k) => kinds.add(k));
    if (picked.code.length === 0 && picked.kind.length === 0) all = true;
  }
  return {
    groups: pack.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases ?? [] })),
    indicatorCodes: codes,
    indicatorNames: names,
    indicatorList: pack.indicators.map((i) => `${i.id} ${i.name}`).join('、'),
    eventCodes: all ? null : events,
    eventKinds: kinds,
    projectReports: pack.projectRules !== undefined,
    wideColumns: wideColumnsOf(pack),
  };
}

/** An indicator's column may be headed by its code, its name, or both (as the 任务分解表 page shows them), with or without its unit. */
function wideColumnsOf(pack: RulePack): { indicator: string; names: string[] }[] {
  const columns = pack.indicators.map((ind) => {
    const named = [ind.name, `${ind.id} ${ind.name}`];
    const suffixes = ind.unit === undefined ? [] : ['()', '[]', '【】'].map(([l, r]) => `${l}${ind.unit}${r}`);
    return { indicator: ind.id, names: [ind.id, ...named, ...named.flatMap((n) => suffixes.map((x) => `${n}${x}`))] };
  });
  const own = new Set(columns.map((c) => c.indicator));
  const targetOnly = [...new Set(pack.indicators.flatMap((i) => (i.targetOf === undefined || own.has(i.targetOf) ? [] : [i.targetOf])))];
  return [...columns, ...targetOnly.map((id) => ({ indicator: id, names: [id] }))];
}

/** String values a condition compares `fact` with (equal / in), anywhere in it. */
function literals(condition: Condition | undefined, fact: string): string[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap((c) => literals(c, fact));
  if ('any' in condition) return condition.any.flatMap((c) => literals(c, fact));
  if ('not' in condition) return literals(condition.not, fact);
  if (condition.fact !== fact || (condition.operator !== 'equal' && condition.operator !== 'in')) return [];
  const { value } = condition;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
