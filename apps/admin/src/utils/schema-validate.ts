import type { ErrorObject } from 'ajv/dist/2020';
import validate from 'virtual:rule-pack-validator';

/** A JSON Schema problem at a pointer; `key` is an i18n key under `schema.*`, `params` fill it in. */
export interface SchemaProblem {
  pointer: string;
  key: string;
  params: Record<string, string>;
}

function toProblem(e: ErrorObject): SchemaProblem {
  const p = e.params as Record<string, unknown>;
  const str = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
  switch (e.keyword) {
    case 'required':
      return { pointer: e.instancePath, key: 'schema.required', params: { name: str(p.missingProperty) } };
    case 'additionalProperties':
      return { pointer: `${e.instancePath}/${str(p.additionalProperty)}`, key: 'schema.additional', params: { name: str(p.additionalProperty) } };
    case 'type':
      return { pointer: e.instancePath, key: 'schema.type', params: { type: str(p.type) } };
    case 'enum':
      return { pointer: e.instancePath, key: 'schema.enum', params: { values: str(p.allowedValues) } };
    case 'const':
      return { pointer: e.instancePath, key: 'schema.const', params: { value: str(p.allowedValue) } };
    case 'pattern':
      return { pointer: e.instancePath, key: 'schema.pattern', params: { pattern: str(p.pattern) } };
    case 'minItems':
    case 'minLength':
      return { pointer: e.instancePath, key: 'schema.min', params: { limit: str(p.limit) } };
    case 'minimum':
    case 'maximum':
      return { pointer: e.instancePath, key: `schema.${e.keyword}`, params: { limit: str(p.limit) } };
    default:
      return { pointer: e.instancePath, key: 'schema.other', params: { message: e.message ?? e.keyword } };
  }
}

/**
 * Validates a pack against rule-pack.schema.json. Union branches report many errors; we keep the
 * deepest ones, since the shallow "matches no alternative" adds nothing a person can act on.
 */
export function validateAgainstSchema(pack: unknown): SchemaProblem[] {
  if (validate(pack)) return [];
  const errors = validate.errors ?? [];
  const deep = errors.filter(
    (e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword) || !errors.some((x) => x !== e && x.instancePath.startsWith(`${e.instancePath}/`)),
  );
  const seen = new Set<string>();
  return deep.map(toProblem).filter((p) => {
    const k = `${p.pointer}|${p.key}|${JSON.stringify(p.params)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
