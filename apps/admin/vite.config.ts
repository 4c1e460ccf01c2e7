import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { rulePackValidator } from './build/rule-pack-validator.ts';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defaultClientConditions, defineConfig } from 'vite';

const apiTarget = process.env.KAOPING_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    vue(),
    rulePackValidator(),
    // Element Plus components and directives (v-loading) are imported where templates use them, so the
    // main chunk carries only what the first screen needs. The stylesheet stays global (adapter/element-plus.ts).
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dirs: [], dts: false }),
  ],
  resolve: {
    // Workspace packages resolve to their TypeScript sources (see their package.json exports).
    conditions: ['kaoping-src', ...defaultClientConditions],
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The live simulation's worker (src/workers/simulate.worker.ts) is a module worker: an ES file of this origin.
  worker: { format: 'es' },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  preview: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
});
