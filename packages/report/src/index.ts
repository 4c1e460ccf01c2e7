export * from './list-entries.ts';
export * from './run-shape.ts';
export * from './bulletin/bulletin-doc.ts';
export { rankText } from './bulletin/bulletin-tables.ts';
export { buildBulletin, chineseDate } from './bulletin/build-bulletin.ts';
export { campaignName } from './bulletin/campaign-name.ts';
export { defaultBulletinTemplate } from './bulletin/default-template.ts';
export { fillPlaceholders } from './bulletin/fill-placeholders.ts';
export { localDate, localDateTime } from './local-date.ts';
export {
  decimalCell,
  exportBaseName,
  rankingSheets,
  type CellWord,
  type RankingColumn,
  type RankingColumnKey,
  type RankingSheet,
  type RankingSheetOptions,
  type SheetCell,
} from './ranking-sheet.ts';
export { rankMoves } from './rank-moves.ts';
export { diffPacks } from './pack-diff/diff-packs.ts';
export { diffLines, ruleName, type DiffLabels, type DiffLine } from './pack-diff/diff-lines.ts';
export { isPackSection, PACK_SECTION_NAMES, packSectionName, type PackSection } from './pack-diff/section-names.ts';
export { isRecord, jsonDiff } from './pack-diff/json-diff.ts';
export { csvField, csvLine, rankingCsvLines, rankingTitle, textCells } from './ranking-csv.ts';
export {
  diffResults,
  hasChanges,
  unitChanged,
  type GroupDiff,
  type LightChange,
  type ListDiff,
  type ListMember,
  type ResultDiff,
  type UnitDiff,
} from './result-diff.ts';
