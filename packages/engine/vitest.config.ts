import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['kaoping-src'] },
  ssr: { resolve: { conditions: ['kaoping-src'] } },
  // Property tests run thousands of exact operations: on a loaded 2-core machine one can take well over
  // the default 5 s without anything being wrong. A timeout is a hang detector here, not a speed check.
  test: { testTimeout: 60_000 },
});
