export { createApp } from './app.ts';
export type { AppDeps } from './deps.ts';
export { buildOpenApi } from './openapi/build-openapi.ts';
export { ALL_ROUTES } from './routes/all-routes.ts';
export { seedReferenceSchemes } from './services/seed/seed-reference-schemes.ts';
export { ensureAdmin } from './services/seed/ensure-admin.ts';
