/**
 * The form in which header names are compared: NFKC (full-width brackets and letters become
 * ASCII), lower case, no whitespace at all, and no `*` (templates mark required columns with it).
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*]+/g, '');
}
