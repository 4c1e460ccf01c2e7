/**
 * What an office checks in a downloaded ranking XLSX: a merged title per sheet, Chinese headers, scores as numbers
 * (not text), list reasons in Chinese (no internal codes), and LibreOffice printing it on at most one A4 page per group.
 * exceljs is the API's dependency (the SPA has no need of it), so it is loaded from there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

interface Cell {
  value: unknown;
  isMerged: boolean;
}
interface Sheet {
  name: string;
  rowCount: number;
  getCell(ref: string): Cell;
  getRow(n: number): { values: unknown[] };
}
interface Workbook {
  xlsx: { readFile(path: string): Promise<unknown> };
  worksheets: Sheet[];
}
const ExcelJS = createRequire(join(import.meta.dirname, '../../api/package.json'))('exceljs') as { Workbook: new () => Workbook };

/** Problems found in the export (empty when it is fine) and the number of printed pages. */
export async function checkExport(path: string, groups: number): Promise<{ problems: string[]; pages: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const problems: string[] = [];
  for (const sheet of workbook.worksheets) {
    if (!sheet.getCell('A1').isMerged || typeof sheet.getCell('A1').value !== 'string') problems.push(`${sheet.name}: no merged title`);
    const header = sheet.getRow(2).values.map(String);
    const total = header.indexOf('总分');
    if (!header.includes('排名') || total < 0) problems.push(`${sheet.name}: header ${header.join('|')}`);
    let numbers = 0;
    for (let r = 3; r <= sheet.rowCount; r += 1) {
      const values = sheet.getRow(r).values;
      if (typeof values[total] === 'number') numbers += 1;
      const code = values.find((v) => typeof v === 'string' && /\b(rank_top\d|bottom\d|veto)\b/.test(v));
      if (code !== undefined) problems.push(`${sheet.name} row ${r}: internal code ${String(code)}`);
    }
    if (numbers === 0) problems.push(`${sheet.name}: no numeric 总分 cell`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-export-'));
  execFileSync('/usr/bin/soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, path], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const info = execFileSync('pdfinfo', [join(dir, basename(path).replace(/\.xlsx$/, '.pdf'))], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1] ?? 0);
  if (pages < 1 || pages > groups) problems.push(`LibreOffice prints ${pages} pages for ${groups} groups`);
  return { problems, pages };
}
