import { logIn } from './client.ts';
import { importWhileReading, importXlsxWhileReading, projectsCsv } from './import-while-reading.ts';
import { startFloor } from './floor.ts';
import { hammer, printComparison, printHeader, printRow, settle, type Row } from './measure.ts';
import { seedRun } from './seed-run.ts';
import { ADMIN, startTarget } from './start-target.ts';

/**
 * `pnpm loadtest`: for PGlite (and PostgreSQL when DATABASE_URL is set) start the API three times: with the read
 * caches off (KAOPING_READ_CACHE=0: every read asks the database), with the caches on but every request started
 * as soon as it is read (KAOPING_REQUESTS_PER_TURN=0, as before the server took turns), and as shipped; seed a run,
 * and print req/s and latency of reading the stored ranking, one unit of it and /schemes side by side; then, as
 * shipped, how long 100k project rows take to import while another client keeps reading. Each burst also prints
 * what the server saw (server-probe.ts: its own latency, event-loop delay, GC pauses, CPU per request), the
 * client's CPU and the machine's load; on PGlite the same stored answer is also read from a bare node:http server
 * (floor.ts), the best this machine allows. A measurement, not a test: nothing here passes or fails.
 * LOADTEST_SECONDS sets the length of each burst (default 10); LOADTEST_IMPORT=0 leaves out the imports;
 * LOADTEST_PROFILE=<dir> has the server write a CPU profile of each burst there; LOADTEST_BASELINE=<checkout>
 * first measures another clone's API (e.g. main) as `baseline`, so a change is compared in one run.
 */
const SECONDS = Number(process.env['LOADTEST_SECONDS'] ?? '10');
const IMPORT = process.env['LOADTEST_IMPORT'] !== '0';

interface Setting {
  label: string;
  env: Record<string, string>;
  andImport: boolean;
  /** Also measure the floor (floor.ts) with this setting's stored run (once: on PGlite). */
  andFloor: boolean;
  /** Another checkout whose API is measured instead of this one's. */
  checkout?: string;
}

/** LOADTEST_BASELINE=<root of another checkout, installed>: that code as shipped is measured first, as `baseline`. */
const BASELINE = process.env['LOADTEST_BASELINE'];

const SETTINGS: readonly Setting[] = [
  ...(BASELINE === undefined ? [] : [{ label: 'baseline', env: {}, andImport: false, andFloor: false, checkout: BASELINE }]),
  { label: 'caches off', env: { KAOPING_READ_CACHE: '0' }, andImport: false, andFloor: false },
  { label: 'no turns', env: { KAOPING_READ_CACHE: '1', KAOPING_REQUESTS_PER_TURN: '0' }, andImport: false, andFloor: false },
  { label: 'shipped', env: {}, andImport: IMPORT, andFloor: true },
];

/** The same answer from a bare node:http server: what this machine allows, whatever the API does. */
async function measureFloor(runUrl: string, cookie: string, label: string): Promise<void> {
  const floor = await startFloor(runUrl, cookie);
  try {
    printHeader(`floor: the same answer from a bare node:http server (no Express, no session), ${new Date().toISOString()}`);
    for (const connections of [100, 1000]) printRow(await hammer(`floor: ${label}`, floor.url, cookie, connections, SECONDS, floor.probe));
  } finally {
    await floor.stop();
  }
}

async function measureReads(databaseUrl: string | undefined, setting: Setting): Promise<{ label: string; rows: Row[] }> {
  const target = await startTarget(databaseUrl, setting.env, setting.checkout);
  const rows: Row[] = [];
  try {
    const admin = await logIn(target.base, ADMIN.username, ADMIN.password);
    const run = await seedRun(admin);
    const runUrl = `${target.base}/api/v1/runs/${run.runId}`;
    const schemesUrl = `${target.base}/api/v1/schemes`;
    const unitUrl = `${runUrl}/units/${run.unitId}`;
    const label = `GET /runs/:rid (${run.schemeId}, ${Math.round(run.bytes / 1024)} KB)`;
    const code = setting.checkout === undefined ? '' : ` from ${setting.checkout}`;
    printHeader(`${target.label}, ${setting.label}${code} (${JSON.stringify(setting.env)}), ${new Date().toISOString()}`);
    const bursts = [
      [label, runUrl, 100],
      [label, runUrl, 1000],
      ['GET /runs/:rid/units/:uid', unitUrl, 100],
      ['GET /schemes', schemesUrl, 100],
    ] as const;
    for (const [what, url, connections] of bursts) {
      const row = await hammer(what, url, admin.cookie, connections, SECONDS, target.probe);
      printRow(row);
      rows.push(row);
      const waited = await settle(schemesUrl, admin.cookie);
      if (waited === null || waited > 2000) {
        process.stdout.write(
          `  (afterwards the server ${waited === null ? 'did not answer within 180 s' : `took ${Math.round(waited / 1000)} s to answer again`})\n`,
        );
      }
    }
    if (setting.andFloor && databaseUrl === undefined) await measureFloor(runUrl, admin.cookie, label);
    if (setting.andImport) {
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
  const runs: { label: string; rows: Row[] }[] = [];
  let database = '';
  for (const setting of SETTINGS) {
    const measured = await measureReads(databaseUrl, setting);
    database = measured.label;
    runs.push({ label: setting.label, rows: measured.rows });
  }
  printComparison(`${database}: ${SETTINGS.map((s) => `${s.label} ${JSON.stringify(s.env)}`).join(' → ')}`, runs);
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
