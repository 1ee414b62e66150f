/**
 * The layout's rules (DESIGN.md §6), checked by `npm test`: no import circles, a pure core,
 * function entries that never import one another, and features that call each other's
 * operations, never each other's repositories.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle hides which module owns what; break it by moving the shared piece down.',
      severity: 'error',
      from: { path: '^(src|server)/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core is shared by client and server: it imports nothing of the project outside itself, and no Node builtin.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: '^(src/core/|node_modules/)' },
    },
    {
      name: 'core-no-platform',
      comment: 'src/core has no Taro, no SDK and no database.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: 'node_modules/(@tarojs|wx-server-sdk|pg|@electric-sql)/' },
    },
    {
      name: 'functions-stand-alone',
      comment: 'server/functions holds the deployable entries only: each parses, calls a feature and returns; none imports another.',
      severity: 'error',
      from: { path: '^server/functions/' },
      to: { path: '^server/functions/' },
    },
    {
      name: 'entries-call-operations',
      comment: 'An entry calls a feature’s operations, never its SQL.',
      severity: 'error',
      from: { path: '^server/functions/' },
      to: { path: '-repository\\.ts$' },
    },
    {
      name: 'repositories-are-private',
      comment: 'A feature reaches another feature through its operations, never its repository.',
      severity: 'error',
      from: { path: '^server/([^/]+)/' },
      to: { path: '^server/[^/]+/.*-repository\\.ts$', pathNot: '^server/$1/' },
    },
    {
      name: 'client-without-zod',
      comment: 'The mini-program reads types from core, never its schemas or the errors catalogue: zod and the server’s messages stay out of the bundle.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/core/' },
      to: { path: ['^src/core/[a-z]+/(schemas|payloads|plan|errors)\\.ts$', '^src/core/(fields|errors|domain-error)\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-never-reaches-server',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types is still a circle to read.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
}
