import { z } from 'zod';

/**
 * Placeholders a 通报 template may use, with what each becomes. Filled by `@kaoping/report`;
 * a template naming any other `{…}` is refused when it is saved.
 */
export const BULLETIN_PLACEHOLDERS = {
  年度: '考评截止日期所在年份，如 2021',
  期间: '考评期间，如 2021年第二季度',
  活动: '方案名称去掉年份和考评方式，如 鼓楼区“抓项目促提升”专项行动',
  方案: '方案（规则包）全称',
  序号: '本期通报的发文序号，在通报页填写',
} as const;
export type BulletinPlaceholder = keyof typeof BULLETIN_PLACEHOLDERS;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Every `{name}` in the text that is not a known placeholder. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((name) => !(name in BULLETIN_PLACEHOLDERS));
}

const templateText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      for (const name of unknownPlaceholders(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `未知的占位符 {${name}}；可用：${Object.keys(BULLETIN_PLACEHOLDERS)
            .map((k) => `{${k}}`)
            .join('、')}`,
        });
      }
    });

/** A scheme's 通报 template: the texts the office owns, with placeholders for the period and the run. */
export const BulletinTemplate = z.object({
  /** 红头：the issuing office's name printed in red at the top. */
  redHeader: templateText(60).pipe(z.string().min(1, '红头文字不能为空')),
  /** 文号格式, e.g. 考评办〔{年度}〕{序号}号. */
  docNo: templateText(60),
  title: templateText(120).pipe(z.string().min(1, '标题不能为空')),
  /** 主送单位, e.g. 各街镇、园区，区直有关部门： */
  recipient: templateText(200),
  opening: templateText(2000),
  closing: templateText(2000),
  /** 落款：the issuing office as signed under the text. */
  signature: templateText(60).pipe(z.string().min(1, '落款不能为空')),
});
export type BulletinTemplate = z.infer<typeof BulletinTemplate>;

/** What the API returns: the saved template, or the default one when the scheme has none yet. */
export const BulletinTemplateView = z.object({
  template: BulletinTemplate,
  /** False when nothing is saved and `template` is the default derived from the pack. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type BulletinTemplateView = z.infer<typeof BulletinTemplateView>;

/** The choices made when issuing one 通报: its serial number and date (YYYY-MM-DD). */
export const BulletinIssue = z.object({
  serial: z.string().max(20).default('1'),
  date: z.iso.date(),
});
export type BulletinIssue = z.infer<typeof BulletinIssue>;
