import type { BulletinTemplate } from '@kaoping/contracts';

/**
 * The template a scheme starts with. It names the office after the campaign ({活动}) so that the 落款
 * never doubles a word (…季度考评考评工作办公室), and a lights-only scheme reports 亮灯督促情况.
 */
export function defaultBulletinTemplate(scored: boolean): BulletinTemplate {
  const what = scored ? '考评结果' : '亮灯督促情况';
  return {
    redHeader: '{活动}考评工作办公室',
    docNo: '考评办〔{年度}〕{序号}号',
    title: `关于{期间}{活动}${what}的通报`,
    recipient: '各有关单位：',
    opening: scored
      ? '根据{方案}有关规定，考评工作办公室对各单位{期间}工作进行了考评，现将结果通报如下：'
      : '根据{方案}有关规定，现将{期间}各单位亮灯督促情况通报如下：',
    closing: scored
      ? '希望受到表扬的单位再接再厉，排名靠后的单位认真查找差距，切实抓好整改落实。'
      : '希望绿灯单位保持势头，红灯、黄灯单位认真查找差距，切实抓好整改落实。',
    signature: '{活动}考评工作办公室',
  };
}
