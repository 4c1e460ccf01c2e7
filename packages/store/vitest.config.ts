import { defineConfig } from 'vitest/config';

// Integration tests start an in-memory PGlite (or a PostgreSQL schema) per file: allow for slow starts.
export default defineConfig({
  resolve: { conditions: ['kaoping-src'] },
  ssr: { resolve: { conditions: ['kaoping-src'] } },
  test: { hookTimeout: 60_000, testTimeout: 60_000 },
});
