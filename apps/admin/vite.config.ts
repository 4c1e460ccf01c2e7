import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { rulePackValidator } from './build/rule-pack-validator.ts';
import { defaultClientConditions, defineConfig } from 'vite';

const apiTarget = process.env.KAOPING_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [vue(), rulePackValidator()],
  resolve: {
    // Workspace packages resolve to their TypeScript sources (see their package.json exports).
    conditions: ['kaoping-src', ...defaultClientConditions],
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  preview: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  build: { chunkSizeWarningLimit: 2000 },
});
