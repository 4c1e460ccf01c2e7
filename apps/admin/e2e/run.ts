/**
 * End-to-end check of the admin SPA against the real API (playwright-core + Debian's Chromium).
 * Run after `pnpm --filter @kaoping/admin build`; screenshots go to e2e/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ADMIN_DIST, REPO, startServer, type StartedServer } from './server.ts';
import { scenario } from './scenario.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, 'artifacts');

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium\n`);
    return 1;
  }
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) {
    execFileSync('pnpm', ['--filter', '@kaoping/admin', 'exec', 'vite', 'build'], { cwd: REPO, stdio: 'inherit' });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  let server: StartedServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const results = await scenario(browser, server.url, ARTIFACTS);
    const failed = results.filter((r) => !r.ok);
    for (const r of results) process.stdout.write(`${r.ok ? '✓' : '✗'} ${r.name}${r.ok ? '' : `\n    ${r.error}`}\n`);
    process.stdout.write(`\n${results.length - failed.length} passed, ${failed.length} failed\n`);
    if (failed.length > 0) process.stdout.write(`\nThe API's output (its last 8,000 characters):\n${server.output() || '(none)'}\n`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
