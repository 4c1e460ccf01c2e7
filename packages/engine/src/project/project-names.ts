/** Names a project offers besides its fields: reported investment and its outcomes. */
export const PROJECT_PROGRESS_NAMES = ['invested', 'investedMonth'] as const;
export const PROJECT_OUTCOME_NAMES = ['status', 'statusReasons', 'prevStatus', 'laggingPeriods', 'light', 'lightReason', 'lists'] as const;

/** Chinese labels of project fields and built-in names, for traces and the rule editor. */
export const PROJECT_LABELS: Record<string, string> = {
  sector: '工作组/行业领域',
  category: '项目类型',
  provincialKey: '省重点',
  annualPlan: '年度计划投资(万元)',
  plannedSign: '计划签约',
  plannedStart: '计划开工',
  plannedCompletion: '计划竣工',
  plannedListing: '计划入库纳统',
  listedOn: '入库纳统日期',
  invested: '累计完成投资(万元)',
  investedMonth: '本月完成投资(万元)',
  status: '项目状态',
  statusReasons: '滞后原因',
  prevStatus: '上期项目状态',
  laggingPeriods: '连续滞后期数',
  lightReason: '亮灯原因',
  lists: '所在项目清单',
};
