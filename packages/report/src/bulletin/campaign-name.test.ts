import { describe, expect, it } from 'vitest';
import { campaignName } from './campaign-name.ts';

describe('campaignName', () => {
  it.each([
    ['鼓楼区2021年“抓项目促提升”专项行动季度考评', '鼓楼区“抓项目促提升”专项行动'],
    ['吉林市服务业集聚区提档升级年度评估', '吉林市服务业集聚区提档升级'],
    ['鹿城区服务业“十百千”工程月度亮灯督促', '鹿城区服务业“十百千”工程'],
    ['2022年度罗溪镇现代服务业考核', '罗溪镇现代服务业'],
    ['季度考评', '季度考评'],
  ])('%s → %s', (name, campaign) => {
    expect(campaignName(name)).toBe(campaign);
  });
});
