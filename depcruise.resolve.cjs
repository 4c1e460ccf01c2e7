// Resolver aliases for dependency-cruiser (see .dependency-cruiser.cjs): the admin SPA's `@/` → apps/admin/src.
const { resolve } = require('node:path');

module.exports = { resolve: { alias: { '@': resolve(__dirname, 'apps/admin/src') } } };
