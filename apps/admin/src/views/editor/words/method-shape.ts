import type { Method } from '@kaoping/contracts';
import { METHOD_TEMPLATES, type MethodTemplate } from '@kaoping/engine';

const formulasOf = (m: Method): Record<string, unknown> =>
  Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'name' && k !== 'description' && k !== 'params'));

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/**
 * The template a method was written from, or null when its formulas were edited by hand. A method
 * matches only when its formulas are the template's, in the same order, and its parameters are the
 * template's: rebuilding it from the template then gives back the same JSON.
 */
export function templateOf(m: Method): MethodTemplate | null {
  const formulas = JSON.stringify(formulasOf(m));
  const keys = Object.keys(m.params ?? {});
  return (
    METHOD_TEMPLATES.find(
      (t) =>
        JSON.stringify(t.formulas) === formulas &&
        sameKeys(
          keys,
          t.params.map((p) => p.key),
        ),
    ) ?? null
  );
}

/** A method written from a template: its name, description, default parameters and formulas. */
export function methodFrom(t: MethodTemplate): Method {
  const params = Object.fromEntries(t.params.map((p) => [p.key, p.default]));
  const formulas = JSON.parse(JSON.stringify(t.formulas)) as Partial<Method>;
  return { name: t.name, description: t.description, ...(t.params.length > 0 ? { params } : {}), ...formulas };
}

/** The method's formulas as read-only lines, e.g. `score = weight * min(completion, cap)`. */
export function formulaLines(m: Method): string[] {
  return Object.entries(formulasOf(m)).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? Object.entries(v as Record<string, unknown>).map(([f, e]) => `${f} = ${String(e)}`) : [`${k} = ${String(v)}`],
  );
}
