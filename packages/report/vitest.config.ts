import { defineConfig } from 'vitest/config';

export default defineConfig({ resolve: { conditions: ['kaoping-src'] }, ssr: { resolve: { conditions: ['kaoping-src'] } } });
