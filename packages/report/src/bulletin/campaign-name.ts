// A year such as 2021年 (with an optional 度) anywhere in the name.
const YEAR = /\d{4}年度?/g;
// How a scheme assesses, at the end of its name: 季度考评, 年度评估, 月度亮灯督促 …
const HOW = /(?:(?:季度|年度|月度|半年|上半年|下半年)?(?:考评|考核|评估|评价|亮灯督促|督促))+$/;

/**
 * The campaign a scheme belongs to, without its year and its way of assessing, so that a 通报 can write
 * 关于2021年第二季度鼓楼区“抓项目促提升”专项行动考评结果的通报 without repeating 2021年 or 季度.
 * Falls back to the whole name when nothing would be left.
 */
export function campaignName(schemeName: string): string {
  const stripped = schemeName.replace(YEAR, '').replace(HOW, '').trim();
  return stripped === '' ? schemeName : stripped;
}
