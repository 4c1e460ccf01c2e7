import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { sheetXml, workbookFiles, zeroBomb, zip, type ZipFile } from '../../testing/hostile-xlsx.ts';
import { readUpload } from './read-upload.ts';
import { UPLOAD_LIMITS } from './upload-limits.ts';

let bombPayload: ZipFile | null = null;
/** Zero bytes just past the inflated-size limit, deflated once for both bomb cases. */
const payload = async () => (bombPayload ??= await zeroBomb('xl/media/bomb.bin', UPLOAD_LIMITS.uncompressedBytes + 1024 * 1024));

async function refusal(body: Buffer, file: string): Promise<KaopingError> {
  const e: unknown = await readUpload(body, true, undefined, file).then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof KaopingError)) throw new Error(`expected a KaopingError, got ${String(e)}`);
  return e;
}

describe('XLSX upload limits', () => {
  it('reads a small hand-made workbook (the helper makes valid files)', async () => {
    const sheets = await readUpload(zip(workbookFiles(sheetXml(['A1', 'B2'], 'A1:B2'))), true, undefined, 'ok.xlsx');
    expect(sheets).toEqual([
      {
        sheet: '数据',
        rows: [
          ['x', null],
          [null, 'x'],
        ],
      },
    ]);
  });

  it('refuses one far-away cell from the declared range, naming the file', async () => {
    const e = await refusal(zip(workbookFiles(sheetXml(['A1', 'XFD1048576'], 'A1:XFD1048576'))), '稀疏.xlsx');
    expect(e.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(e.message).toContain('稀疏.xlsx');
    expect(e.message).toContain('A1:XFD1048576');
  });

  it('refuses a far-away cell while streaming when the range is not declared', async () => {
    const far = await refusal(zip(workbookFiles(sheetXml(['A1', `A${UPLOAD_LIMITS.rows + 1}`]))), 'far-row.xlsx');
    expect(far.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(far.message).toContain('工作表「数据」');
    const wide = await refusal(zip(workbookFiles(sheetXml(['A1', 'XFD1']))), 'far-column.xlsx');
    expect(wide.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(wide.message).toContain(`最多 ${UPLOAD_LIMITS.columns} 列`);
  });

  it('refuses a zip bomb from its directory before inflating it', async () => {
    const bomb = await payload();
    const body = zip([...workbookFiles(sheetXml(['A1'], 'A1')), bomb]);
    expect(body.length).toBeLessThan(2 * 1024 * 1024);
    const e = await refusal(body, 'bomb.xlsx');
    expect(e.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(e.message).toContain('bomb.xlsx');
  });

  it('refuses a zip bomb whose directory understates its size, stopping inflation at the cap', async () => {
    const bomb = { ...(await payload()), name: 'xl/worksheets/sheet2.xml' };
    const e = await refusal(
      zip([...workbookFiles(sheetXml(['A1'], 'A1')), bomb], () => 1000),
      'liar.xlsx',
    );
    expect(e.code).toBe('UPLOAD_LIMIT_EXCEEDED');
    expect(e.message).toContain('解压后超过');
  });

  it('refuses a CSV with more columns than the limit', async () => {
    const csv = Buffer.from(`${Array.from({ length: UPLOAD_LIMITS.columns + 1 }, (_, k) => `c${k}`).join(',')}\n`);
    const e: unknown = await readUpload(csv, false, undefined, 'wide.csv').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KaopingError);
    expect((e as KaopingError).code).toBe('UPLOAD_LIMIT_EXCEEDED');
  });
});
