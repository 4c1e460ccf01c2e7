import type { LightId } from '@kaoping/contracts';

/** One table cell; `light` colours a 红灯/黄灯/绿灯 cell. */
export interface BulletinCell {
  text: string;
  light?: LightId;
}

/** One group's table: the ranking (scored schemes) or the lights (lights-only schemes). */
export interface BulletinTable {
  groupId: string;
  /** （街镇组）; null when a lights-only scheme has a single group. */
  heading: string | null;
  /** A sentence above the table, e.g. 绿灯 3 个、黄灯 1 个、红灯 1 个。 */
  summary: string | null;
  headers: string[];
  rows: BulletinCell[][];
}

/** One result list as a paragraph: 表态发言（排名后两名且未完成…）：街镇组：梅坞街道；园区组：无 */
export interface BulletinListLine {
  listId: string;
  name: string;
  criterion: string | null;
  /** Entries per group, already joined; 无 when the list is empty. */
  text: string;
}

/**
 * A 通报 laid out as data: every text already filled in, so the print view and the DOCX
 * render the same words.
 */
export interface BulletinDoc {
  redHeader: string;
  docNo: string;
  title: string;
  recipient: string;
  opening: string[];
  /** 一、综合排名情况 or 一、亮灯情况 */
  tablesHeading: string;
  tables: BulletinTable[];
  listsHeading: string;
  lists: BulletinListLine[];
  closing: string[];
  signature: string;
  /** 2021年7月5日 */
  date: string;
}
