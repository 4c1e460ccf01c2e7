import type { AppDeps } from '../deps.ts';

/** The faults KAOPING_TEST_FAULTS injects into a test server (never outside NODE_ENV=test). */
export type TestFault = 'hang-jobs' | 'die-after-commit';

/**
 * `hang-jobs`: every claimed job hangs before it starts (its process is then killed holding it).
 * `die-after-commit`: the process kills itself (SIGKILL) as soon as a job's effect has committed.
 */
export function testFaults(fault: TestFault | undefined): Pick<AppDeps, 'faults'> {
  if (fault === 'hang-jobs') return { faults: { beforeJob: () => new Promise<void>(() => undefined) } };
  if (fault === 'die-after-commit') return { faults: { afterCommit: () => void process.kill(process.pid, 'SIGKILL') } };
  return {};
}
