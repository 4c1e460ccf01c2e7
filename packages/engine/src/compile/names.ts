/** Names every period offers to unit and indicator formulas. */
export const PERIOD_NAMES = [
  'asOf', 'year', 'month', 'quarter', 'timeProgress', 'daysElapsed', 'daysInYear',
  'isQuarterEnd', 'isYearEnd', 'periodId', 'periodIndex', 'windowStart',
] as const;

/** Built-in unit facts. */
export const UNIT_BUILTINS = [
  'unitId', 'unitName', 'groupId', 'base', 'total', 'bonusTotal', 'deductionTotal', 'vetoed',
  'rank', 'unitsRankedBelow', 'unitsRankedAbove', 'rankedCount', 'groupSize', 'light',
] as const;

/** Built-in indicator facts. */
export const INDICATOR_BUILTINS = [
  'id', 'name', 'input', 'actual', 'target', 'weight', 'inGroup', 'applicable', 'plan',
  'completion', 'score', 'done', 'lightBase', 'light', 'lightReason',
] as const;

/** Indicator facts whose formula is only evaluated when the indicator applies (else null). */
export const GATED = new Set(['plan', 'completion', 'score', 'done']);

/** Row fields of events and reports. */
export const EVENT_FIELDS = ['unitId', 'period', 'kind', 'code', 'count', 'note'] as const;
export const REPORT_FIELDS = ['unitId', 'indicator', 'period', 'value'] as const;

/** Chinese labels of built-in names, for traces and the rule editor. */
export const LABELS: Record<string, string> = {
  asOf: '截止日', year: '年度', month: '月份', quarter: '季度', timeProgress: '序时进度',
  daysElapsed: '已过天数', daysInYear: '全年天数', isQuarterEnd: '季末', isYearEnd: '年末',
  periodId: '考评期', periodIndex: '期序', windowStart: '统计起始日',
  unitId: '单位编码', unitName: '单位名称', groupId: '考评组', base: '基础分', total: '总分',
  bonusTotal: '加分合计', deductionTotal: '扣分合计', vetoed: '一票否决', rank: '排名',
  unitsRankedBelow: '其后单位数', unitsRankedAbove: '其前单位数', rankedCount: '参与排名单位数',
  groupSize: '组内单位数', light: '灯色',
  id: '指标编码', name: '名称', input: '报送值', actual: '实际完成', target: '年度目标', weight: '权重',
  inGroup: '属本组指标', applicable: '适用', plan: '序时目标', completion: '完成率', score: '得分',
  done: '完成任务', lightBase: '原始灯色', lightReason: '亮灯原因',
  industry: '产业类别', realEstate: '房地产', investment: '总投资(万元)', signedOn: '签约日期',
  startedOn: '开工日期', completedOn: '竣工日期', foreign: '外资', period: '期间', kind: '类型',
  code: '事项代码', count: '次数', note: '备注', indicator: '指标', value: '数值',
};
