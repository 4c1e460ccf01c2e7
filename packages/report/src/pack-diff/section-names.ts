import type { RulePack } from '@kaoping/contracts';

/** A top-level key of a rule pack, i.e. a section of a pack diff. */
export type PackSection = keyof RulePack;

/** The Chinese name of each section of a rule pack, as a pack diff shows it (`权重 · 街镇组（towns）`). */
export const PACK_SECTION_NAMES: Record<PackSection, string> = {
  $schema: '模式声明',
  schemaVersion: '格式版本',
  id: '方案编号',
  name: '方案名称',
  version: '规则包版本',
  description: '方案说明',
  calendar: '考评周期',
  parameters: '方案参数',
  rounding: '取整',
  groups: '考评组',
  inputs: '数据表映射',
  projectFlags: '项目认定口径',
  measures: '统计量',
  methods: '计分方法',
  defaults: '默认公式',
  indicators: '指标',
  weights: '权重',
  weightTotal: '权重合计',
  adjustments: '加分/扣分',
  veto: '一票否决',
  base: '基础分',
  total: '总分',
  facts: '计算事实',
  ranking: '排名规则',
  lists: '结果名单',
  projectRules: '项目层规则',
};

/** Whether `section` is a rule pack's section (diffs of unparsed packs may hold any key). */
export const isPackSection = (section: string): section is PackSection => Object.hasOwn(PACK_SECTION_NAMES, section);

/** The Chinese name of a section, or the key itself for a key a rule pack does not have. */
export const packSectionName = (section: string): string => (isPackSection(section) ? PACK_SECTION_NAMES[section] : section);
