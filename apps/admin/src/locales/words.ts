/** Messages of the rule editor's words (list rules, scoring methods) and the simulation's list members. */
export const wordsZh = {
  words: {
    and: '且', top: '排名前', bottom: '排名后', places: '名', last: '（末位）', minTotal: '总分不低于', points: '分',
    done: '完成', missed: '未完成', holds: '成立', fails: '不成立', lightOn: '亮', addClause: '条件',
    kind: { top: '前 N 名', bottom: '后 N 名', minTotal: '总分不低于', done: '完成 / 未完成任务', flag: '是否成立', light: '亮灯', compare: '数值比较' },
    advanced: '高级', reasonCode: '原因代码（自动生成）', noShape: '此规则不是常见句式，请在「高级」中编辑条件',
    method: '计分方式', custom: '自定义（见高级）', formulas: '生成的公式', advancedHint: '直接修改公式后，计分方式显示为「自定义」',
  },
  members: { title: '名单成员', list: '名单', before: '已发布版', after: '草稿', none: '无', entered: '新进', left: '移出' },
  status: { warnings: '{n} 条提醒' },
  wordsChecks: { indicatorNoWeight: '指标「{name}」在任何考评组都没有权重，不计入得分' },
};

export const wordsEn: typeof wordsZh = {
  words: {
    and: 'and', top: 'top', bottom: 'bottom', places: '', last: ' (last)', minTotal: 'total at least', points: 'points',
    done: 'met', missed: 'missed', holds: 'holds', fails: 'does not hold', lightOn: 'light', addClause: 'condition',
    kind: { top: 'Top N', bottom: 'Bottom N', minTotal: 'Total at least', done: 'Task met / missed', flag: 'Yes/no fact', light: 'Light', compare: 'Comparison' },
    advanced: 'Advanced', reasonCode: 'Reason code (generated)', noShape: 'This rule has no common shape: edit its condition under Advanced',
    method: 'Scoring method', custom: 'Custom (see Advanced)', formulas: 'Generated formulas', advancedHint: 'Editing a formula by hand makes the method custom',
  },
  members: { title: 'List members', list: 'List', before: 'Published', after: 'Draft', none: 'none', entered: 'in', left: 'out' },
  status: { warnings: '{n} warnings' },
  wordsChecks: { indicatorNoWeight: 'Indicator “{name}” has no weight in any group: it never counts towards a score' },
};
