import { Calendar, RankingKey, Rounding, Veto } from '@kaoping/contracts';
import { DEFAULT_BASE, DEFAULT_ELIGIBLE, INDICATOR_DEFAULTS } from '../compile/defaults.ts';
import { LABELS } from '../compile/names.ts';
import type { PackKeyEntry } from './types.ts';

const calendar = Calendar.parse({ start: '2024-01-01', cadence: 'month' });
const rounding = Rounding.parse({});
const veto = Veto.parse({ when: { all: [] } });
const key = RankingKey.parse({ formula: 'total' });
const code = (s: string | number) => `\`${s}\``;

/** Pack keys that may be left out, and what then applies (read from the schema and the compiler). */
export const PACK_KEYS: readonly PackKeyEntry[] = [
  { key: 'calendar.timeProgress', label: '序时进度口径', default: code(calendar.timeProgress) },
  { key: 'calendar.window', label: '统计窗口', default: code(calendar.window) },
  { key: 'rounding.decimals', label: '保留小数位', default: code(rounding.decimals) },
  { key: 'rounding.mode', label: '舍入方式', default: code(rounding.mode) },
  { key: 'parameters', label: '方案参数', default: '无；每个参数须给出 `default`' },
  ...Object.entries(INDICATOR_DEFAULTS).map(([k, f]) => ({
    key: `indicators[].${k}`,
    label: `指标${LABELS[k] ?? k}`,
    default: `${code(f)}（指标、方法、defaults 均未给出时）`,
  })),
  { key: 'indicators[].score', label: '指标得分', default: '无：指标、方法或 defaults 须给出' },
  { key: 'indicators[].light', label: '亮灯', default: '不亮灯；只有写了 light 且适用的指标亮灯' },
  { key: 'indicators[].targetOf', label: '目标来源指标', default: '本指标编码' },
  { key: 'weights', label: '权重', default: '某组没有权重的指标不属于该组（会给出警告，如该组单位有这项指标的数据）' },
  { key: 'weightTotal', label: '权重合计', default: '不检查' },
  { key: 'adjustments[].items[].count', label: '加扣分次数', default: '统计窗口内事项代码等于该项编号的事件 count 之和' },
  { key: 'adjustments[].cap', label: '封顶', default: '不封顶' },
  { key: 'veto.name', label: '否决名称', default: code(veto.name) },
  { key: 'veto.placement', label: '否决单位排位', default: `${code(veto.placement)}（不参与排名）；\`last\` 排在最后并计入 unitsRankedBelow` },
  { key: 'base', label: '基础分', default: code(DEFAULT_BASE) },
  { key: 'total', label: '总分', default: '`base + bonusTotal - deductionTotal`（只含方案中有的加分、扣分）' },
  { key: 'ranking', label: '排名', default: '不排名' },
  { key: 'ranking.eligible', label: '参与排名条件', default: code(DEFAULT_ELIGIBLE) },
  { key: 'ranking.keys[].order', label: '排序方向', default: code(key.order) },
  { key: 'measures[].field', label: '求和字段', default: '事件取 `count`，报送取 `value`；项目须指明' },
  { key: 'lists[].rules[].groups', label: '适用考评组', default: '全部考评组' },
];
