import { describe, expect, it } from 'vitest';
import { parseBoolean } from './parse-boolean.ts';

describe('parseBoolean', () => {
  it.each([true, 'true', 'TRUE', '是', '1', 1, 'Y', 'yes', 'Ｙ'])('reads %j as true', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: true });
  });

  it.each([false, 'False', '否', '0', 0, 'n', 'NO'])('reads %j as false', (cell) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: false });
  });

  it('rejects anything else', () => {
    expect(parseBoolean('也许')).toEqual({ ok: false, message: '"也许" 不是“是”或“否”' });
  });
});
