/**
 * Writes a spreadsheet number as a plain decimal (no exponent), to the 15 significant digits a
 * spreadsheet shows, so that binary noise such as 0.30000000000000004 reads as 0.3.
 */
export function plainNumber(n: number): string {
  const [mantissa = '0', exp = '0'] = n.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', frac = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + frac;
  const point = whole.length + Number(exp);
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fracPart = padded.slice(at).replace(/0+$/, '');
  const text = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}
