import type { Problem } from '@kaoping/contracts';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** JSON pointer (RFC 6901) of a zod issue path. */
function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function typeName(v: unknown): string {
  if (v === null) return '空值';
  if (Array.isArray(v)) return '数组';
  return { string: '文本', number: '数字', boolean: '是/否', object: '对象', undefined: '缺失' }[typeof v as string] ?? typeof v;
}

function sentence(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? '缺少必填项' : `类型不对：应为${expected(issue.expected)}，实际是${typeName(input)}`;
    case 'unrecognized_keys':
      return `未知的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（检查拼写）`;
    case 'too_small':
      return issue.origin === 'array'
        ? `至少需要 ${String(issue.minimum)} 项`
        : issue.message.startsWith('Too')
          ? `不能小于 ${String(issue.minimum)}`
          : issue.message;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `取值须为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    default:
      return /^[\x20-\x7e]*$/.test(issue.message) ? `取值无效（${issue.message}）` : issue.message;
  }
}

function expected(t: string): string {
  return { string: '文本', number: '数字', boolean: '是/否 (true/false)', object: '对象', array: '数组' }[t] ?? t;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** For a failed union, the branch that got furthest explains the problem best. */
function bestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | null {
  let best: Issue[] | null = null;
  let depth = -1;
  for (const branch of issue.errors) {
    const d = Math.max(...branch.map((i) => i.path.length));
    if (d > depth || (d === depth && best !== null && branch.length < best.length)) {
      best = branch;
      depth = d;
    }
  }
  return depth > 0 ? best : null;
}

/** Turns zod issues into located, plain-language problems. */
export function zodProblems(issues: readonly Issue[], input: unknown, base: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = bestBranch(issue);
      if (branch !== null) {
        out.push(...zodProblems(branch, input, path));
        continue;
      }
      out.push({ pointer: toPointer(path), message: '写法不符合任何一种允许的格式' });
      continue;
    }
    out.push({ pointer: toPointer(path), message: sentence(issue, valueAt(input, path)) });
  }
  return out;
}
