import { LIMITS } from '../limits/limits.ts';

/** The engine's limits as the pack reference lists them: what is counted, the bound, and the error. */
export const LIMIT_CATALOGUE: readonly { readonly label: string; readonly bound: string; readonly code: string }[] = [
  { label: '单个公式的字符数', bound: `${LIMITS.formulaChars}`, code: 'PACK_LIMIT_EXCEEDED' },
  { label: '单个公式的嵌套层数（括号、函数、条件；同一运算符连写算一层）', bound: `${LIMITS.formulaDepth}`, code: 'PACK_LIMIT_EXCEEDED' },
  { label: '规则包中的事实/指标项总数', bound: `${LIMITS.facts}`, code: 'PACK_LIMIT_EXCEEDED' },
  { label: '事实之间的依赖链层数', bound: `${LIMITS.factChain}`, code: 'PACK_LIMIT_EXCEEDED' },
  { label: '一次运行的计算步数（每算一次公式按其运算个数计）', bound: LIMITS.steps.toLocaleString('en-US'), code: 'RUN_LIMIT_EXCEEDED' },
  {
    label: '精确数的分子或分母的二进制位数',
    bound: `${LIMITS.exactBits}（约 ${Math.floor(LIMITS.exactBits * Math.log10(2))} 位十进制）`,
    code: 'RUN_LIMIT_EXCEEDED',
  },
];
