import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    conditions: ['kaoping-src'],
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'happy-dom',
    // Mounting Element Plus in happy-dom can take seconds on a loaded machine; this only catches hangs.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts'],
  },
});
