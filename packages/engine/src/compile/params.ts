import type { Parameter, ParamOverrides, Problem, RulePack } from '@kaoping/contracts';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { namesHint } from '../formula/suggest.ts';

const TYPE_LABEL = { number: '数字', boolean: '是/否', text: '文字' } as const;
const TRUE = new Set(['true', '是', '1']);
const FALSE = new Set(['false', '否', '0']);

/** A parameter value read as its declared type; null when it does not fit. */
function readParam(p: Parameter, raw: unknown): Value | undefined {
  if (p.type === 'number') {
    if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
    try {
      return parseDecimal(typeof raw === 'string' ? raw.trim() : raw);
    } catch {
      return undefined;
    }
  }
  if (p.type === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const t = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    return TRUE.has(t) ? true : FALSE.has(t) ? false : undefined;
  }
  return typeof raw === 'string' ? raw : undefined;
}

function mismatch(p: Parameter, raw: unknown): string {
  return `参数 ${p.id}（${p.name}）须为${TYPE_LABEL[p.type]}，而不是 ${JSON.stringify(raw)}`;
}

/** Problems of the pack's declared defaults (pointer `/parameters/k/default`). */
export function parameterProblems(pack: RulePack): Problem[] {
  return (pack.parameters ?? []).flatMap((p, k) =>
    readParam(p, p.default) === undefined ? [{ pointer: `/parameters/${k}/default`, message: mismatch(p, p.default) }] : [],
  );
}

/**
 * The value of every parameter for one run: its default, or the run's override. An unknown or
 * mistyped override throws VALIDATION_FAILED naming the parameter (pointer `/params/<id>`).
 */
export function paramValues(pack: RulePack, overrides: ParamOverrides = {}): Map<string, Value> {
  const declared = pack.parameters ?? [];
  const problems: Problem[] = [];
  for (const id of Object.keys(overrides)) {
    if (!declared.some((p) => p.id === id)) {
      problems.push({
        pointer: `/params/${id}`,
        message: `方案没有参数 “${id}”${namesHint(
          id,
          declared.map((p) => p.id),
          '参数',
        )}`,
      });
    }
  }
  const out = new Map<string, Value>();
  for (const p of declared) {
    const raw = Object.hasOwn(overrides, p.id) ? overrides[p.id] : p.default;
    const v = readParam(p, raw);
    if (v === undefined) problems.push({ pointer: `/params/${p.id}`, message: mismatch(p, raw) });
    else out.set(p.id, v);
  }
  if (problems.length > 0) throw new KaopingError(ErrorCode.VALIDATION_FAILED, `方案参数有 ${problems.length} 处错误`, problems);
  return out;
}
