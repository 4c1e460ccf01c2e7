// Resolver aliases for dependency-cruiser (see .dependency-cruiser.cjs): the admin SPA's `@/` → apps/admin/src.
module.exports = { resolve: { alias: { '@': `${__dirname}/apps/admin/src` } } };
