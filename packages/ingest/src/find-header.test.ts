import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header.ts';
import { resolveLayout } from './table-layout.ts';

const units = resolveLayout('units', undefined);

describe('findHeader', () => {
  it('skips title rows and takes the first row with every required column', () => {
    const rows = [['考评单位', null], ['填报说明：单位须与名单一致'], ['序号', '单位编码', '单位名称'], ['单位编码', '单位名称']];
    const match = findHeader(rows, units);
    expect(match.index).toBe(2);
    expect(match.columns.get('id')?.ref).toEqual({ index: 1, header: '单位编码' });
    expect(match.missing).toEqual([]);
  });

  it('prefers the more specific name when several match, and gives each column to one field', () => {
    const match = findHeader([['id', '名称', '单位编码', '单位']], units);
    expect(match.columns.get('id')?.ref.header).toBe('单位编码');
    expect(match.columns.get('name')?.ref.header).toBe('名称');
  });

  it('does not look below the first 20 rows', () => {
    const rows = [...Array.from({ length: 20 }, () => ['说明']), ['单位编码', '单位名称']];
    expect(findHeader(rows, units).index).toBe(-1);
  });

  it('keeps the closest row and what it lacks', () => {
    const match = findHeader([['标题'], ['单位编码', '组别']], units);
    expect(match.index).toBe(1);
    expect(match.missing).toEqual(['单位表缺少列「单位名称」（也可写作 name、名称、单位）']);
  });
});
