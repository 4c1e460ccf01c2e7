import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('strips a BOM and reads quoted cells with commas, quotes and line breaks', () => {
    const rows = parseCsv('\uFEFF单位编码,备注\nA01,"a, ""b""\nc"\n');
    expect(rows).toEqual([
      ['单位编码', '备注'],
      ['A01', 'a, "b"\nc'],
    ]);
  });

  it('keeps empty rows in the middle, so row numbers match a spreadsheet, and drops trailing ones', () => {
    expect(parseCsv('a,b\n\n1,2\n\n,\n\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('allows rows of different lengths', () => {
    expect(parseCsv('a,b,c\n1\n')).toEqual([['a', 'b', 'c'], ['1']]);
  });

  it('keeps file line numbers after a quoted cell that spans lines', () => {
    const rows = parseCsv('a,b\n1,"x\ny"\n2,z\n');
    expect(rows).toEqual([['a', 'b'], ['1', 'x\ny'], [], ['2', 'z']]);
  });

  it('reads CRLF line ends', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('throws DATA_INVALID for a quote that is never closed', () => {
    let caught: unknown;
    try {
      parseCsv('a,b\n1,"2\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KaopingError);
    expect(caught).toMatchObject({ code: 'DATA_INVALID' });
  });

  it('names the row where an unclosed quote starts', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"x\ny\n')).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ row: 3 })] }) as Error);
  });

  it('reads CR line ends, a quote inside an unquoted cell, and text after a closing quote as written', () => {
    expect(parseCsv('a,b\r1,2 "寸"\r"x"y,\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2 "寸"'],
      ['xy', ''],
    ]);
  });

  it('keeps empty cells at the ends of a row and a last line without a line break', () => {
    expect(parseCsv(',a,\n"",b')).toEqual([
      ['', 'a', ''],
      ['', 'b'],
    ]);
  });
});
