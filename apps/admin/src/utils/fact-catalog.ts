import type { Parameter, RulePack } from '@kaoping/contracts';
import { BUILTIN_FACTS, INDICATOR_PATHS, type ConditionScope, type FactOption } from './condition-labels.ts';

const named = (id: string, name: string, kind: FactOption['kind']): FactOption => ({ id, label: name, labelIsKey: false, kind });

function projectFacts(pack: RulePack): FactOption[] {
  const fields = Object.entries(pack.inputs?.projects?.fields ?? {}).map(([id, f]) =>
    named(
      id,
      f.label ?? id,
      f.type === 'decimal' ? 'number' : f.type === 'date' || f.type === 'deadline' ? 'date' : f.type === 'boolean' ? 'boolean' : 'string',
    ),
  );
  const flags = (pack.projectFlags ?? []).map((f) => named(f.id, f.name, 'boolean'));
  const facts = (pack.projectRules?.facts ?? []).map((f) => named(f.id, f.name, 'number'));
  return [...fields, ...flags, ...facts];
}

function unitFacts(pack: RulePack): FactOption[] {
  return [
    ...pack.indicators.map((i) => ({ ...named(i.id, i.name, 'list' as const), paths: INDICATOR_PATHS })),
    ...(pack.measures ?? []).map((m) => named(m.id, m.name, 'number')),
    ...(pack.facts ?? []).map((f) => named(f.id, f.name, 'number')),
    ...(pack.adjustments ?? []).flatMap((a) => [named(a.id, a.name, 'number'), named(`${a.id}Raw`, `${a.name}(封顶前)`, 'number')]),
  ];
}

const PARAM_KIND: Record<Parameter['type'], FactOption['kind']> = { number: 'number', boolean: 'boolean', text: 'string' };

/** 方案参数: constants every formula and condition may name, in every scope. */
function parameters(pack: RulePack): FactOption[] {
  return (pack.parameters ?? []).map((p) => named(p.id, p.name, PARAM_KIND[p.type]));
}

function indicatorFacts(pack: RulePack): FactOption[] {
  const ids = new Set<string>();
  for (const i of pack.indicators) Object.keys(i.facts ?? {}).forEach((k) => ids.add(k));
  for (const m of Object.values(pack.methods ?? {})) Object.keys(m.params ?? {}).forEach((k) => ids.add(k));
  return [...ids].map((id) => named(id, id, 'number'));
}

function ownFacts(scope: ConditionScope, pack: RulePack): FactOption[] {
  if (scope === 'project') return projectFacts(pack);
  if (scope === 'unit') return unitFacts(pack);
  // An indicator's formulas and light bands fall back to the unit's names.
  return scope === 'indicator' ? [...indicatorFacts(pack), ...unitFacts(pack)] : [];
}

/** Facts a condition may test in a scope: built-ins first, then those the pack defines; ids are unique. */
export function factsFor(scope: ConditionScope, pack: RulePack | null): FactOption[] {
  const extra = pack === null ? [] : [...ownFacts(scope, pack), ...parameters(pack)];
  const seen = new Set<string>();
  return [...BUILTIN_FACTS[scope], ...extra].filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
