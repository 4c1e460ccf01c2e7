import { FACTS } from './facts.ts';
import { FORMULA_SITES } from './formula-sites.ts';
import { FUNCTIONS } from './functions.ts';
import { LIMIT_CATALOGUE } from './limits.ts';
import { OPERATOR_CATALOGUE } from './operators.ts';
import { PACK_KEYS } from './pack-keys.ts';
import type { CatalogueScope, FormulaSite, FunctionEntry } from './types.ts';

const SCOPE_TITLES: Readonly<Record<CatalogueScope, string>> = {
  period: '考评期（各处可用）',
  unit: '单位事实（单位公式、名单、否决、排名）',
  indicator: '指标事实（指标公式、亮灯；单位公式中写 K1.done）',
  project: '项目字段（projectFlags、projects 统计量）',
  event: '事件字段（events 统计量）',
  report: '报送字段（reports 统计量）',
};

const SITE_SCOPES: Readonly<Record<FormulaSite['scope'], string>> = {
  unit: '单位',
  indicator: '指标（及单位）',
  project: '项目',
  event: '事件',
  report: '报送',
  source: '按统计量的 source',
};

const functionNote = (f: FunctionEntry) =>
  [f.note, f.argsScope === 'indicator' ? '参数在各指标中计算（可用指标事实）' : undefined].filter((x) => x !== undefined).join('；');

const cell = (s: string) => s.replace(/\|/g, '\\|');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
const arity = (min: number, max: number) => (min === max ? `${min}` : max === Infinity ? `≥${min}` : `${min}–${max}`);

/** docs/pack-reference.md, generated from the engine's catalogue by `pnpm docs:pack`. */
export function renderPackReference(): string {
  const out = [
    '# 规则包参考（Rule pack reference）',
    '',
    '> 由 `pnpm docs:pack` 从引擎的名称目录（packages/engine/src/catalogue）生成，请勿手工编辑；过期时测试会失败。',
    '',
    '## 省略时的默认值',
    '',
    table(
      ['键', '含义', '省略时'],
      PACK_KEYS.map((k) => [`\`${k.key}\``, k.label, k.default]),
    ),
  ];
  for (const scope of Object.keys(SCOPE_TITLES) as CatalogueScope[]) {
    const rows = FACTS.filter((f) => f.scope === scope).map((f) => [`\`${f.id}\``, f.label, f.type, f.note ?? '']);
    out.push('', `## ${SCOPE_TITLES[scope]}`, '', table(['名称', '中文', '类型', '说明 / 默认'], rows));
  }
  out.push(
    '',
    '## 公式与条件的位置',
    '',
    '规则包中编译公式或条件的位置（`*` 为任一下标或键，`{a,b}` 为其中之一），以及在哪一类名称中查找；编辑器的公式补全按此提示。',
    '',
    table(
      ['位置', '含义', '种类', '名称范围', '此处尚不可用'],
      FORMULA_SITES.map((s) => [
        `\`${s.pattern}\``,
        s.label,
        s.kind === 'formula' ? '公式' : '条件',
        SITE_SCOPES[s.scope],
        (s.hides ?? []).map((h) => `\`${h}\``).join(' '),
      ]),
    ),
  );
  out.push(
    '',
    '## 函数',
    '',
    table(
      ['函数', '中文', '参数个数', '可用于', '说明'],
      FUNCTIONS.map((f) => [`\`${f.id}\``, f.label, arity(f.min, f.max), f.scopes.join(', '), functionNote(f)]),
    ),
  );
  out.push(
    '',
    '## 条件运算符',
    '',
    table(
      ['运算符', '中文', '说明'],
      OPERATOR_CATALOGUE.map((o) => [`\`${o.id}\``, o.label, o.note ?? '']),
    ),
  );
  out.push(
    '',
    '## 计算上限',
    '',
    '每个规则包都一样的上限：超出时编译或运行失败，错误指出超限的规则包位置（JSON 指针）。',
    '',
    table(
      ['上限', '数值', '错误代码'],
      LIMIT_CATALOGUE.map((l) => [l.label, l.bound, `\`${l.code}\``]),
    ),
  );
  return `${out.join('\n')}\n`;
}
