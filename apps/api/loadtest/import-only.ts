import { logIn } from './client.ts';
import { importWhileReading, importXlsxWhileReading, projectsCsv } from './import-while-reading.ts';
import { ADMIN, startTarget } from './start-target.ts';

/**
 * `pnpm loadtest:import`: only the import figures of `pnpm loadtest` (100k project rows as CSV, then as
 * XLSX, each while another client keeps reading /schemes), on PGlite and, when DATABASE_URL is set, on
 * PostgreSQL. LOADTEST_IMPORT=csv or xlsx measures one of the two. A measurement, not a test.
 */
const ONLY = process.env['LOADTEST_IMPORT'];

async function measure(databaseUrl: string | undefined): Promise<void> {
  const target = await startTarget(databaseUrl);
  try {
    process.stdout.write(`\n${target.label}, ${new Date().toISOString()}\n`);
    const admin = await logIn(target.base, ADMIN.username, ADMIN.password);
    const reader = await logIn(target.base, ADMIN.username, ADMIN.password);
    const units = ['J01', 'J02', 'J03', 'J04'];
    if (ONLY !== 'xlsx') {
      const imported = await importWhileReading(admin, reader, 'gulou-2021', projectsCsv(100_000, units), '/schemes');
      process.stdout.write(
        `import 100k project rows: ${imported.importMs} ms (HTTP ${imported.status}); ` +
          `concurrent GET /schemes: ${imported.reads} requests (${imported.failed} failed), max latency ${imported.maxReadMs} ms\n`,
      );
    }
    if (ONLY !== 'csv') await importXlsxWhileReading(admin, reader, 'gulou-2021', units);
  } finally {
    await target.stop();
  }
}

async function main(): Promise<void> {
  await measure(undefined);
  const url = process.env['DATABASE_URL'];
  if (url) await measure(url);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
