import { VETO_MARK, type LightId } from '@kaoping/contracts';

/**
 * A fixed word a cell holds (不适用, 一票否决, 不排名, 是), so a UI in another language can translate it;
 * the cell's `text` is the Chinese.
 */
export type CellWord = 'notApplicable' | 'vetoed' | 'unranked' | 'yes';

/**
 * A cell of a ranking: a number Excel can sum and sort (shown with its decimals), text, or a light (绿灯/黄灯/红灯).
 * A score may also carry its indicator's light, and a light its reason (`note`), for a screen to colour; exports
 * write only `text` (and a number's value).
 */
export type SheetCell =
  | { kind: 'number'; value: number; decimals: number; text: string; light?: LightId; note?: string }
  | { kind: 'text'; text: string; word?: CellWord; light?: LightId; note?: string }
  | { kind: 'light'; light: LightId; text: string; note?: string };

export const LIGHT_NAMES: Record<LightId, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

const WORDS: Record<CellWord, string> = { notApplicable: '不适用', vetoed: VETO_MARK, unranked: '不排名', yes: '是' };

/** A text cell. */
export const textCell = (text: string): SheetCell => ({ kind: 'text', text });

/** A cell holding only a fixed word. */
export const wordCell = (word: CellWord): SheetCell => ({ kind: 'text', text: WORDS[word], word });

/** A light, or an empty cell when there is none; `note` is why (e.g. the light's reason). */
export function lightCell(light: LightId | null | undefined, note?: string | null): SheetCell {
  if (!light) return textCell('');
  return note ? { kind: 'light', light, text: LIGHT_NAMES[light], note } : { kind: 'light', light, text: LIGHT_NAMES[light] };
}

/** "19.50" → 19.5 shown with 2 decimals; null or a fraction that does not terminate stays text. */
export function decimalCell(value: string | null | undefined): SheetCell {
  if (value === null || value === undefined) return textCell('');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return textCell(value);
  return { kind: 'number', value: Number(value), decimals: value.split('.')[1]?.length ?? 0, text: value };
}
