import { logIn } from './client.ts';
import { importWhileReading, importXlsxWhileReading, projectsCsv } from './import-while-reading.ts';
import { hammer, printComparison, printHeader, printRow, settle, type Row } from './measure.ts';
import { seedRun } from './seed-run.ts';
import { ADMIN, startTarget } from './start-target.ts';

/**
 * `pnpm loadtest`: for PGlite (and PostgreSQL when DATABASE_URL is set) start the API twice, first with the read
 * caches off (KAOPING_READ_CACHE=0: every read asks the database, as before) and then on, seed a run, and print
 * req/s and latency of reading the stored ranking and /schemes side by side; then, with the caches on, how long
 * 100k project rows take to import while another client keeps reading. A measurement, not a test: nothing here
 * passes or fails. LOADTEST_SECONDS sets the length of each burst (default 10).
 */
const SECONDS = Number(process.env['LOADTEST_SECONDS'] ?? '10');

async function measureReads(databaseUrl: string | undefined, cache: boolean, andImport: boolean): Promise<{ label: string; rows: Row[] }> {
  const target = await startTarget(databaseUrl, { KAOPING_READ_CACHE: cache ? '1' : '0' });
  const rows: Row[] = [];
  try {
    const admin = await logIn(target.base, ADMIN.username, ADMIN.password);
    const run = await seedRun(admin);
    const runUrl = `${target.base}/api/v1/runs/${run.runId}`;
    const schemesUrl = `${target.base}/api/v1/schemes`;
    const label = `GET /runs/:rid (${run.schemeId}, ${Math.round(run.bytes / 1024)} KB)`;
    printHeader(`${target.label}, read caches ${cache ? 'on' : 'off'}, ${new Date().toISOString()}`);
    for (const [what, url, connections] of [[label, runUrl, 100], [label, runUrl, 1000], ['GET /schemes', schemesUrl, 100]] as const) {
      const row = await hammer(what, url, admin.cookie, connections, SECONDS, target.cpuMs);
      printRow(row);
      rows.push(row);
      const waited = await settle(schemesUrl, admin.cookie);
      if (waited === null || waited > 2000) {
        process.stdout.write(`  (afterwards the server ${waited === null ? 'did not answer within 180 s' : `took ${Math.round(waited / 1000)} s to answer again`})\n`);
      }
    }
    if (andImport) {
      const reader = await logIn(target.base, ADMIN.username, ADMIN.password);
      const units = ['J01', 'J02', 'J03', 'J04'];
      const imported = await importWhileReading(admin, reader, 'gulou-2021', projectsCsv(100_000, units), '/schemes');
      process.stdout.write(
        `import 100k project rows: ${imported.importMs} ms (HTTP ${imported.status}); ` +
          `concurrent GET /schemes: ${imported.reads} requests (${imported.failed} failed), max latency ${imported.maxReadMs} ms\n`,
      );
      await importXlsxWhileReading(admin, reader, 'gulou-2021', units);
    }
    return { label: target.label, rows };
  } finally {
    await target.stop();
  }
}

async function measureOne(databaseUrl: string | undefined): Promise<void> {
  const off = await measureReads(databaseUrl, false, false);
  const on = await measureReads(databaseUrl, true, true);
  printComparison(`${on.label}: read caches off (KAOPING_READ_CACHE=0) → on (default)`, ['off', 'on'], off.rows, on.rows);
}

async function main(): Promise<void> {
  await measureOne(undefined);
  const url = process.env['DATABASE_URL'];
  if (url) await measureOne(url);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
