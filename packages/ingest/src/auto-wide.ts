import { cellText } from './cell-text.ts';
import { TABLE_LABELS, WIDE_REPLACES } from './field-catalogue.ts';
import type { HeaderMatch } from './find-header.ts';
import { normalizeHeader } from './normalize-header.ts';
import type { Vocabulary } from './pack-vocabulary.ts';
import type { TableLayout } from './table-layout.ts';

/**
 * The 任务分解表 as the page shows it and users keep it: one row per unit, one column per indicator
 * (headed by its code, its name, or its name with the unit), any of them left out. Used when the
 * table has no configured wide layout and its long layout is not found.
 */
export function autoWideLayout(layout: TableLayout, vocabulary: Vocabulary | undefined): TableLayout | undefined {
  if (vocabulary === undefined || layout.wide !== null || (layout.table !== 'targets' && layout.table !== 'reports')) return undefined;
  if (vocabulary.wideColumns.length === 0) return undefined;
  return {
    ...layout,
    columns: layout.columns.filter((c) => !WIDE_REPLACES.includes(c.key)),
    wide: vocabulary.wideColumns.map((c) => ({ ...c, optional: true })),
    autoWide: true,
  };
}

/** Headers a 任务分解表 may carry besides its indicator columns; they are read elsewhere (the units table) or are notes. */
const PASSIVE = new Set(['序号', '组别', '所属组别', '考评组', '单位编码', '单位名称', '单位', '名称', '备注', '说明'].map(normalizeHeader));

/**
 * In a recognised wide layout every other header must be one of {@link PASSIVE}: a column that
 * names no indicator would otherwise be dropped silently (a typo in an indicator name, say).
 */
export function unknownWideColumns(layout: TableLayout, headerRow: readonly unknown[], header: HeaderMatch): { column: string; message: string }[] {
  if (layout.autoWide !== true) return [];
  const claimed = new Set([...[...header.columns.values()].map((c) => c.ref.index), ...header.wide.map((w) => w.ref.index)]);
  return headerRow.flatMap((cell, index) => {
    const text = cellText(cell);
    if (text === '' || claimed.has(index) || PASSIVE.has(normalizeHeader(text))) return [];
    const message = `${TABLE_LABELS[layout.table]}的列「${text}」不是方案中的指标；请把列名改为指标名称或编码（可带单位，如「名称（个）」），或删去该列`;
    return [{ column: text, message }];
  });
}
