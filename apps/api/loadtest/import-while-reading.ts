import ExcelJS from 'exceljs';
import type { Client } from './client.ts';
import { postFile } from './post-file.ts';

const HEADER = 'project_id,unit_id,name,industry,real_estate,total_investment_wan,signed_on,started_on,completed_on,is_foreign';

/** Row i of the projects file: new project `${prefix}${i}` of one of the units. */
function projectRow(prefix: string, i: number, units: readonly string[]): string[] {
  const unit = units[i % units.length] ?? 'J01';
  return [`${prefix}${i}`, unit, `压测项目${i}`, i % 2 === 0 ? '二产' : '三产', 'false', String(10000 + (i % 50000)), '2021-01-15', '2021-03-20', '', 'false'];
}

/** A projects CSV of `rows` new rows spread over the given units (the 鼓楼 layout). */
export function projectsCsv(rows: number, units: readonly string[], prefix = 'LT'): Buffer {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(projectRow(prefix, i, units).join(','));
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** The same rows as an XLSX workbook of one sheet (other project ids, so both files can be appended). */
export async function projectsXlsx(rows: number, units: readonly string[], prefix = 'LX'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('项目');
  sheet.addRow(HEADER.split(','));
  for (let i = 0; i < rows; i++) sheet.addRow(projectRow(prefix, i, units));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Imports 100k project rows as XLSX while reading, and prints the figures (the CSV is measured by loadtest.ts). */
export async function importXlsxWhileReading(
  importer: Client,
  reader: Client,
  schemeId: string,
  units: readonly string[],
  readPath = '/schemes',
): Promise<void> {
  const xlsx = await projectsXlsx(100_000, units);
  const imported = await importWhileReading(importer, reader, schemeId, xlsx, readPath, XLSX);
  process.stdout.write(
    `import 100k project rows as XLSX (${Math.round(xlsx.length / 1024)} KB): ${imported.importMs} ms (HTTP ${imported.status}); ` +
      `concurrent GET ${readPath}: ${imported.reads} requests (${imported.failed} failed), max latency ${imported.maxReadMs} ms\n`,
  );
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Imports the file (CSV unless `type` says otherwise) while another client GETs `readPath` back to back; the import's time and that client's worst wait. */
export async function importWhileReading(
  importer: Client,
  reader: Client,
  schemeId: string,
  csv: Buffer,
  readPath: string,
  type = 'text/csv',
): Promise<{ importMs: number; status: number; reads: number; failed: number; maxReadMs: number }> {
  let done = false;
  let reads = 0;
  let maxReadMs = 0;
  let failed = 0;
  const readLoop = (async () => {
    while (!done) {
      const start = performance.now();
      const answer = await reader.get(readPath).catch(() => undefined);
      if (answer?.ok === true) await answer.arrayBuffer();
      else failed++;
      maxReadMs = Math.max(maxReadMs, performance.now() - start);
      reads++;
    }
  })();
  const start = performance.now();
  const url = `${importer.base}/api/v1/schemes/${schemeId}/imports/projects?mode=append`;
  const res = await postFile(url, importer.cookie, csv, type).catch((error: unknown) => ({ status: 0, text: String(error) }));
  const importMs = performance.now() - start;
  if (res.status !== 200) process.stderr.write(`import failed: ${res.status} ${res.text.slice(0, 300)}\n`);
  done = true;
  await readLoop;
  return { importMs: Math.round(importMs), status: res.status, reads, failed, maxReadMs: Math.round(maxReadMs) };
}
