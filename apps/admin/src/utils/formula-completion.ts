import type { RulePack } from '@kaoping/contracts';
import { OVER_INDICATORS, membersOf, namesAt, type CompletionName } from './formula-completion-names.ts';

/** The word under the caret: `text.slice(start, end)`, and for `K1.do` the object `K1`. */
export interface FormulaToken {
  start: number;
  end: number;
  /** What is typed before the caret (the query). */
  prefix: string;
  object?: string;
}

/** One suggestion: the name, and the formula text and caret after choosing it. */
export interface FormulaSuggestion extends CompletionName {
  text: string;
  caret: number;
}

// Chinese characters count as part of a word, so that typing 完成 searches the labels.
const WORD = /[\p{L}\p{N}_$]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const MAX = 60;

/** The identifier around `caret`; null inside a string literal, after a digit-led word (`1.3`) or with nothing typed. */
export function tokenAt(text: string, caret: number): FormulaToken | null {
  if (scan(text, caret).quote !== null) return null;
  let start = caret;
  while (start > 0 && isWord(text[start - 1])) start -= 1;
  let end = caret;
  while (end < text.length && isWord(text[end])) end += 1;
  const prefix = text.slice(start, caret);
  if (/^\d/.test(prefix)) return null;
  if (text[start - 1] === '.') {
    let o = start - 1;
    while (o > 0 && isWord(text[o - 1])) o -= 1;
    const object = text.slice(o, start - 1);
    return /^[A-Za-z_]/.test(object) ? { start, end, prefix, object } : null;
  }
  return prefix === '' ? null : { start, end, prefix };
}

/** Reads up to `caret`: the quote of a string still open there, and the functions whose brackets are. */
function scan(text: string, caret: number): { quote: string | null; open: string[] } {
  const open: string[] = [];
  let quote: string | null = null;
  for (let k = 0; k < caret; k++) {
    const c = text[k] as string;
    if (quote !== null) quote = c === quote ? null : quote;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '(') open.push(/[\p{L}\p{N}_$]*$/u.exec(text.slice(0, k))?.[0] ?? '');
    else if (c === ')') open.pop();
  }
  return { quote, open };
}

/** The functions whose brackets enclose `caret`, innermost first (strings skipped). */
export function enclosingCalls(text: string, caret: number): string[] {
  return scan(text, caret).open.reverse();
}

/** 0: the id starts with the query, 1: the Chinese label does, 2: the label (or, from 3 letters on, the id) contains it. */
function rank(n: CompletionName, query: string): number | null {
  const q = query.toLowerCase();
  const id = n.id.toLowerCase();
  if (id.startsWith(q)) return 0;
  if (n.label.startsWith(query)) return 1;
  return n.label.includes(query) || (q.length >= 3 && id.includes(q)) ? 2 : null;
}

/** Writes a chosen name over the token: a function keeps a `(` already typed after it and puts the caret inside. */
export function applyName(text: string, token: FormulaToken, n: CompletionName): { text: string; caret: number } {
  const start = token.object === undefined ? token.start : token.start - token.object.length - 1;
  const open = n.kind === 'function' && text[token.end] === '(';
  const insert = open ? n.id : n.insert;
  const caret = start + (n.kind === 'function' ? n.id.length + 1 : insert.length);
  return { text: text.slice(0, start) + insert + text.slice(token.end), caret };
}

/**
 * Names valid at `pointer` matching the word at the caret, best first (id prefix, label prefix,
 * then either containing it), each with the text it would make.
 */
export function suggest(pack: RulePack, pointer: string, text: string, caret: number): FormulaSuggestion[] {
  const token = tokenAt(text, caret);
  if (token === null) return [];
  const overIndicators = enclosingCalls(text, token.start).some((f) => OVER_INDICATORS.has(f));
  const names = token.object === undefined ? namesAt(pack, pointer, overIndicators) : membersOf(pack, pointer, token.object);
  return names
    .map((n, k) => ({ n, k, r: rank(n, token.prefix) }))
    .filter((x): x is { n: CompletionName; k: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.k - b.k)
    .slice(0, MAX)
    .map(({ n }) => ({ ...n, ...applyName(text, token, n) }));
}
