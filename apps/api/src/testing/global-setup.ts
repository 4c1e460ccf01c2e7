import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for on-disk test databases, removed after every test worker has exited. */
    scratchDir: string;
  }
}

/**
 * PGlite can still touch its data folder just after close() resolves, so folders that tests put on
 * disk are removed here, once the workers are gone, rather than in the tests.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-api-test-'));
  project.provide('scratchDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
