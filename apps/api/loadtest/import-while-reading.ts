import type { Client } from './client.ts';
import { postFile } from './post-file.ts';

const HEADER = 'project_id,unit_id,name,industry,real_estate,total_investment_wan,signed_on,started_on,completed_on,is_foreign';

/** A projects CSV of `rows` new rows spread over the given units (the 鼓楼 layout). */
export function projectsCsv(rows: number, units: readonly string[]): Buffer {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const unit = units[i % units.length] ?? 'J01';
    lines.push(`LT${i},${unit},压测项目${i},${i % 2 === 0 ? '二产' : '三产'},false,${10000 + (i % 50000)},2021-01-15,2021-03-20,,false`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Imports the CSV while another client GETs `readPath` back to back; the import's time and that client's worst wait. */
export async function importWhileReading(
  importer: Client,
  reader: Client,
  schemeId: string,
  csv: Buffer,
  readPath: string,
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
  const res = await postFile(url, importer.cookie, csv, 'text/csv').catch((error: unknown) => ({ status: 0, text: String(error) }));
  const importMs = performance.now() - start;
  if (res.status !== 200) process.stderr.write(`import failed: ${res.status} ${res.text.slice(0, 300)}\n`);
  done = true;
  await readLoop;
  return { importMs: Math.round(importMs), status: res.status, reads, failed, maxReadMs: Math.round(maxReadMs) };
}
