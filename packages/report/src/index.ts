export * from './list-entries.ts';
export * from './run-shape.ts';
export * from './bulletin/bulletin-doc.ts';
export { rankText } from './bulletin/bulletin-tables.ts';
export { buildBulletin, chineseDate } from './bulletin/build-bulletin.ts';
export { campaignName } from './bulletin/campaign-name.ts';
export { defaultBulletinTemplate } from './bulletin/default-template.ts';
export { fillPlaceholders } from './bulletin/fill-placeholders.ts';
export { localDate, localDateTime } from './local-date.ts';
