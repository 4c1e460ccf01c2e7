import type { LightId } from '@kaoping/contracts';
import type { RankingColumn, SheetCell } from '@kaoping/report';
import { modelNamesEn } from '@/locales/model-names-en.ts';

/**
 * A ranking column's header: report's Chinese as it is, or English for the column's key. Indicator and list
 * columns keep the pack's names (with the weight in a scored group).
 */
export function columnLabel(column: RankingColumn, english: boolean): string {
  if (!english) return column.header;
  if (column.key === 'indicator') return column.weight === undefined ? (column.name ?? column.header) : `${column.name ?? column.id ?? ''} (${column.weight})`;
  if (column.key === 'list') return column.name ?? column.header;
  return modelNamesEn.columns[column.key];
}

/** A cell's text: report's Chinese as it is, or in English its light and fixed word (`4 (Vetoed)`); other text is data. */
export function cellLabel(cell: SheetCell, english: boolean, lightName: (light: LightId) => string): string {
  if (!english) return cell.text;
  if (cell.kind === 'light') return lightName(cell.light);
  if (cell.kind === 'number' || cell.word === undefined) return cell.text;
  const rank = /^\d+/.exec(cell.text);
  const word = modelNamesEn.words[cell.word];
  return cell.word === 'vetoed' && rank !== null ? `${rank[0]} (${word})` : word;
}

/** How wide a column is and how its cells align, by what it holds. */
export function columnLayout(column: RankingColumn, scored: boolean): { width?: number; minWidth?: number; align: 'left' | 'center' | 'right' } {
  switch (column.key) {
    case 'rank':
      return { width: 96, align: 'center' };
    case 'move':
      return { width: 64, align: 'center' };
    case 'unitId':
      return { width: 84, align: 'left' };
    case 'unit':
      return { minWidth: 120, align: 'left' };
    case 'indicator':
      return { minWidth: 96, align: scored ? 'right' : 'center' };
    case 'light':
      return { width: 86, align: 'center' };
    case 'list':
      return { minWidth: 110, align: 'left' };
    default:
      return { width: column.key === 'total' ? 80 : 70, align: 'right' };
  }
}
