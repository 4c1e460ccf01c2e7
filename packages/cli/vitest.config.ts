import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['kaoping-src'] },
  ssr: { resolve: { conditions: ['kaoping-src'] } },
  // A hang detector, not a speed check: a loaded 2-core CI machine can be slow without anything being wrong.
  test: { testTimeout: 60_000 },
});
