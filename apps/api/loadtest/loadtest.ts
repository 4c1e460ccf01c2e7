import { logIn } from './client.ts';
import { importWhileReading, projectsCsv } from './import-while-reading.ts';
import { hammer, printHeader, printRow, settle } from './measure.ts';
import { seedRun } from './seed-run.ts';
import { ADMIN, startTarget } from './start-target.ts';

/**
 * `pnpm loadtest`: for PGlite (and PostgreSQL when DATABASE_URL is set) start the API, seed a run, then print
 * req/s and latency of reading the stored ranking and /schemes, and how long 100k project rows take to import
 * while another client keeps reading. A measurement, not a test: nothing here passes or fails.
 */
async function measureOne(databaseUrl: string | undefined): Promise<void> {
  const target = await startTarget(databaseUrl);
  try {
    const admin = await logIn(target.base, ADMIN.username, ADMIN.password);
    const run = await seedRun(admin);
    const runUrl = `${target.base}/api/v1/runs/${run.runId}`;
    const schemesUrl = `${target.base}/api/v1/schemes`;
    const label = `GET /runs/:rid (${run.schemeId}, ${Math.round(run.bytes / 1024)} KB)`;
    printHeader(`${target.label}, ${new Date().toISOString()}`);
    for (const [what, url, connections] of [[label, runUrl, 100], [label, runUrl, 1000], ['GET /schemes', schemesUrl, 100]] as const) {
      printRow(await hammer(what, url, admin.cookie, connections));
      const waited = await settle(schemesUrl, admin.cookie);
      if (waited === null || waited > 2000) {
        process.stdout.write(`  (afterwards the server ${waited === null ? 'did not answer within 180 s' : `took ${Math.round(waited / 1000)} s to answer again`})\n`);
      }
    }
    const reader = await logIn(target.base, ADMIN.username, ADMIN.password);
    const units = ['J01', 'J02', 'J03', 'J04'];
    const imported = await importWhileReading(admin, reader, 'gulou-2021', projectsCsv(100_000, units), '/schemes');
    process.stdout.write(
      `import 100k project rows: ${imported.importMs} ms (HTTP ${imported.status}); ` +
        `concurrent GET /schemes: ${imported.reads} requests (${imported.failed} failed), max latency ${imported.maxReadMs} ms\n`,
    );
    await (await import('./import-while-reading.ts')).importXlsxWhileReading(admin, reader, 'gulou-2021', units);
  } finally {
    await target.stop();
  }
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
