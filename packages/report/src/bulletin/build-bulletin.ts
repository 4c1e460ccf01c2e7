import type { BulletinIssue, BulletinTemplate, RulePack, RunResult } from '@kaoping/contracts';
import { entryText, entryViews, listCriterion } from '../list-entries.ts';
import { runShape } from '../run-shape.ts';
import type { BulletinDoc, BulletinListLine } from './bulletin-doc.ts';
import { lightsTable, rankingTable } from './bulletin-tables.ts';
import { campaignName } from './campaign-name.ts';
import { fillPlaceholders, type PlaceholderValues } from './fill-placeholders.ts';

/** 2021-07-05 → 2021年7月5日 */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function listLines(result: RunResult, pack: RulePack | null): BulletinListLine[] {
  const single = result.groups.length === 1;
  return result.lists.map((l) => {
    const criterion = listCriterion(pack, l.id);
    const parts = result.groups
      .map((g) => ({
        name: g.name,
        text: entryViews(result, g, l.id, pack)
          .map((e) => entryText(e, criterion === null))
          .join('、'),
      }))
      .filter((g) => g.text !== '')
      .map((g) => (single ? g.text : `${g.name}：${g.text}`));
    return { listId: l.id, name: l.name, criterion, text: parts.length === 0 ? '无' : parts.join('；') };
  });
}

/**
 * A run's 通报 from the scheme's template: placeholders filled, the ranking (or lights) per group,
 * and every result list with its members. `pack` gives the lists' Chinese criteria when known.
 */
export function buildBulletin(result: RunResult, pack: RulePack | null, template: BulletinTemplate, issue: BulletinIssue): BulletinDoc {
  const values: PlaceholderValues = {
    年度: result.asOf.slice(0, 4),
    期间: result.period.label,
    活动: campaignName(result.pack.name),
    方案: result.pack.name,
    序号: issue.serial,
  };
  const fill = (text: string) => fillPlaceholders(text, values);
  const scored = runShape(result).scored;
  return {
    redHeader: fill(template.redHeader),
    docNo: fill(template.docNo),
    title: fill(template.title),
    recipient: fill(template.recipient),
    opening: paragraphs(fill(template.opening)),
    tablesHeading: scored ? '一、综合排名情况' : '一、亮灯情况',
    tables: result.groups.map((g) => (scored ? rankingTable(g) : lightsTable(g, result.groups.length > 1))),
    listsHeading: '二、结果名单',
    lists: listLines(result, pack),
    closing: paragraphs(fill(template.closing)),
    signature: fill(template.signature),
    date: chineseDate(issue.date),
  };
}
