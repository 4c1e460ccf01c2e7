/** What the "no English on screen" walk reads: the visible text of a page, minus what is a code by nature. */
import type { Page } from 'playwright-core';

/**
 * Left out of the check: 高级 formula sections (`[data-advanced]`), the pack's JSON pane, cells whose values
 * are codes by nature (`[data-code]`, `.code-col`: unit codes in a 编码 column, project ids, indicator codes, usernames,
 * file names) and text users typed themselves (`[data-user-text]`, `.user-text`: version and release notes, reasons).
 */
const EXEMPT = '[data-advanced], .json-pane, [data-code], .code-col, [data-user-text], .user-text';

/** ASCII words an office reads without trouble: file kinds, version labels (v3), units of measure, 5G, the switch to English. */
const ALLOWED = [/^v\d+$/, /^[45]G$/, /^(PDF|XLSX|CSV|DOCX|Word|Excel|WPS|A4|GDP|CPI|PPP|kB|MB|OK|English)$/];

/** Visible text of the page with the exempt parts hidden for the read (restored after). */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate((exempt) => {
    const hidden = [...document.querySelectorAll<HTMLElement>(exempt)].map((el) => [el, el.style.visibility] as const);
    for (const [el] of hidden) el.style.visibility = 'hidden';
    const text = document.body.innerText;
    for (const [el, was] of hidden) el.style.visibility = was;
    return text;
  }, EXEMPT);
}

/** The ASCII words of `text` that are not on the allow-list, each once. */
export function offenders(text: string): string[] {
  const words = text.match(/\d*[A-Za-z][A-Za-z0-9_.:-]*/g) ?? [];
  return [...new Set(words.map((w) => w.replace(/[.:-]+$/, '')))].filter((w) => w !== '' && !ALLOWED.some((re) => re.test(w)));
}
