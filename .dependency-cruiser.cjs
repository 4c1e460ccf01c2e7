/**
 * Dependency rules checked in CI (`pnpm check:deps`): no import cycles, and the layers of the monorepo.
 * contracts ← engine, ingest, report, store ← cli, api; the admin SPA never reaches the server side.
 */
const pkg = (name) => `^(packages|apps)/${name}/`;
/** The engine's evaluation stages in order (packages/engine/src/evaluate/stages/). */
const STAGES = ['facts', 'scores', 'ranks', 'outcomes', 'result'];
const stage = (names) => `^packages/engine/src/evaluate/stages/(${names.join('|')})\\.ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle: modules that import each other cannot be understood or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve (a workspace package the importing package does not declare, or a typo).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    {
      name: 'contracts-imports-no-package',
      severity: 'error',
      comment: '@kaoping/contracts is the bottom layer: it imports no other workspace package.',
      from: { path: pkg('contracts') },
      to: { path: '^(packages|apps)/', pathNot: pkg('contracts') },
    },
    {
      name: 'core-packages-import-only-contracts',
      severity: 'error',
      comment: 'engine, ingest, report and store depend on contracts only (not on each other, the CLI or the apps).',
      from: { path: '^packages/(engine|ingest|report|store)/' },
      to: { path: '^(packages|apps)/', pathNot: ['^packages/contracts/', '^packages/$1/'] },
    },
    {
      name: 'cli-stays-off-the-server',
      severity: 'error',
      comment: 'The CLI evaluates files; it does not use the store or the apps.',
      from: { path: pkg('cli') },
      to: { path: ['^packages/store/', '^apps/'] },
    },
    {
      name: 'admin-stays-in-the-browser',
      severity: 'error',
      comment: 'The SPA runs in the browser: no store, API, ingest or CLI code, and no Node built-ins.',
      from: { path: pkg('admin'), pathNot: '^apps/admin/(e2e|scripts)/|\\.config\\.|\\.test\\.ts$' },
      to: { path: ['^packages/(store|ingest|cli)/', '^apps/api/'] },
    },
    {
      name: 'admin-no-node-builtins',
      severity: 'error',
      from: { path: '^apps/admin/src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'api-not-from-admin',
      severity: 'error',
      from: { path: pkg('api') },
      to: { path: ['^apps/admin/', '^packages/cli/'] },
    },
    {
      name: 'engine-compile-before-evaluate',
      severity: 'error',
      comment: 'The engine compiles a pack without knowing how it is evaluated: compile/ imports nothing from evaluate/ or fast/.',
      from: { path: '^packages/engine/src/compile/' },
      to: { path: '^packages/engine/src/(evaluate|fast)/' },
    },
    // facts → scores → ranks → outcomes → result: a stage may import an earlier stage, never a later one.
    ...STAGES.slice(0, -1).map((name, k) => ({
      name: 'engine-stages-in-order',
      severity: 'error',
      comment: `The engine's stages run facts → scores → ranks → outcomes → result: ${name} imports no later stage.`,
      from: { path: stage([name]) },
      to: { path: stage(STAGES.slice(k + 1)) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.turbo|coverage)/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // The admin SPA's `@/` alias (apps/admin/tsconfig.json paths, vite.config.ts), in the resolver's own terms.
    webpackConfig: { fileName: 'depcruise.resolve.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['kaoping-src', 'import', 'types', 'default'],
      extensions: ['.ts', '.js', '.vue', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
